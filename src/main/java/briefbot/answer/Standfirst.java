package briefbot.answer;

import briefbot.retrieval.Passage;
import briefbot.retrieval.Retrieval;
import briefbot.retrieval.Retriever;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A news article's opening paragraph of one sentence, its standfirst ("US industrial production continued to rise in
 * November, albeit at a slower pace than the previous month."), goes on in the next paragraph, which tells what it
 * sums up ("The US Federal Reserve said output from factories, mines and utilities rose 0.3% ..."): an answer led by
 * it takes that paragraph's first sentence next, as it takes the next sentence of a longer paragraph.
 */
final class Standfirst {

  /**
   * A standfirst is a whole sentence, opening with a capital and ending in a stop: an opening line without a stop is a
   * list entry or a caption ("1998: Nominated – Daytime Emmy Award ..."), and text in lower case only is no sentence
   * of a written article (a page's text flattened: "voor particulieren geldt geen wettelijke bewaarplicht. maar ...").
   */
  private static final Pattern WHOLE_SENTENCE = Pattern.compile("(?s)^[\"'‘“„(]*[\\p{Lu}\\d].*[.!?][\"'’”“»)]*\\s*$");

  private Standfirst() {}

  /**
   * The lead is a standfirst: a whole sentence that is all of its article's first paragraph, under no heading. It sums
   * the story up in the words a question about it uses, so it covers the question best, while the figure or name asked
   * for stands in the paragraph after it (news-fit, main 2e84fc0: 19 of the 53 English answers led with one, and 4 of
   * them lacked the gold span that the next paragraph's first sentence held).
   */
  static boolean leads(Candidate lead, List<Candidate> candidates) {
    return lead.passage().paragraph() == 1 && WHOLE_SENTENCE.matcher(lead.sentence()).matches()
        && !LeadSentence.underAHeading(lead.passage())
        && candidates.stream().filter(c -> c.passage() == lead.passage()).count() == 1;
  }

  /**
   * Adds the first sentence of the paragraph after a standfirst lead: the candidate where the retrieval returned that
   * paragraph, else read from the index (the story goes on there whether or not it shares the question's words:
   * "Net profit came in at 1.4bn euros" after "Deutsche Telekom saw strong fourth quarter profits ..."). A section
   * under a heading starts another subject, so none is added from one.
   */
  static void addNext(Selection selection, List<Candidate> candidates, Retriever retriever, Retrieval retrieval) {
    Candidate lead = selection.best();
    if (!leads(lead, candidates)) {
      return;
    }
    Passage p = lead.passage();
    Optional<Candidate> next = candidates.stream()
        .filter(c -> c.passage().articleId().equals(p.articleId()) && c.passage().paragraph() == p.paragraph() + 1
            && c.position() == 0)
        .findFirst();
    if (next.isEmpty()) {
      next = retriever.nextParagraph(p).flatMap(following -> retriever.sentences(retrieval, following).stream()
          .findFirst()
          .map(s -> Candidate.of(following, 0, s.text(), s.matched(), 0, false)));
    }
    next.filter(c -> !LeadSentence.underAHeading(c.passage()))
        .ifPresent(c -> selection.add(c, ExtractiveComposer.MAX_SENTENCES));
  }
}
