package briefbot.answer;

import briefbot.retrieval.AnswerType;
import briefbot.retrieval.AskedNoun;
import briefbot.retrieval.Passage;
import briefbot.retrieval.Retrieval;
import briefbot.retrieval.Retriever;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * A news article's opening paragraph of one sentence, its standfirst ("US industrial production continued to rise in
 * November, albeit at a slower pace than the previous month."), goes on in the next paragraph, which tells what it
 * sums up ("The US Federal Reserve said output from factories, mines and utilities rose 0.3% ..."): an answer led by
 * it takes that paragraph's sentence that answers, which then comes first, or else its first sentence, next.
 */
final class Standfirst {

  /**
   * How many of the next paragraph's sentences are read for the one that answers: a BBC story's second paragraph tells
   * the facts its standfirst sums up in the order of their weight, and the asked one stood in its first three on
   * news-fit (a05, a09, a38 third).
   */
  private static final int READ = 3;
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
   * Adds the sentence of the paragraph after a standfirst lead that answers, or its first sentence where none is seen
   * to: the candidates where the retrieval returned that paragraph, else read from the index (the story goes on there
   * whether or not it shares the question's words: "Net profit came in at 1.4bn euros" after "Deutsche Telekom saw
   * strong fourth quarter profits ..."). A section under a heading starts another subject, so none is added from one.
   * The sentence that answers ({@link #answering}) leads the answer, before the standfirst: the user reads what was
   * asked for first, not the question restated.
   */
  static void addNext(Selection selection, List<Candidate> candidates, Retriever retriever, Retrieval retrieval) {
    Candidate lead = selection.best();
    if (!leads(lead, candidates)) {
      return;
    }
    List<Candidate> following = following(lead.passage(), candidates, retriever, retrieval);
    if (following.isEmpty() || LeadSentence.underAHeading(following.get(0).passage())) {
      return;
    }
    Optional<Candidate> answering = answering(lead, following, retrieval, retriever);
    if (answering.isPresent()) {
      selection.addBefore(answering.get(), lead, ExtractiveComposer.MAX_SENTENCES);
    } else {
      selection.add(following.get(0), ExtractiveComposer.MAX_SENTENCES);
    }
  }

  /**
   * The sentences of the paragraph after {@code p}, in their order: the candidates' where the retrieval returned its
   * opening, else read from the index (a later passage of an over-long paragraph does not stand for its opening).
   */
  private static List<Candidate> following(Passage p, List<Candidate> candidates, Retriever retriever,
      Retrieval retrieval) {
    List<Candidate> retrieved = candidates.stream()
        .filter(c -> c.passage().articleId().equals(p.articleId()) && c.passage().paragraph() == p.paragraph() + 1)
        .sorted(Comparator.comparingInt(Candidate::position))
        .toList();
    if (!retrieved.isEmpty() && retrieved.get(0).position() == 0) {
      return retrieved;
    }
    return retriever.nextParagraph(p).map(next -> {
      List<Retrieval.Sentence> sentences = retriever.sentences(retrieval, next);
      return IntStream.range(0, sentences.size())
          .mapToObj(i -> Candidate.of(next, i, sentences.get(i).text(), sentences.get(i).matched(), 0, false))
          .toList();
    }).orElse(List.of());
  }

  /**
   * The sentence of the next paragraph that answers the question the standfirst restates: of its first {@link #READ}
   * sentences that stand alone (none leaning on the one before) and hold the kind of answer asked
   * ({@link #holdsAsked}), the one saying the most of the question's key terms the standfirst lacks (its focus: "try"
   * of "Who scored Argentina's try against Ireland at Lansdowne Road?" after a standfirst on the match), the earliest
   * on a tie. Where none says any of them, the first sentence answers a figure or date asked when it holds one. Empty
   * where the standfirst holds the figure or date asked itself (it answers: "... growth will slow to 1.6% in the next
   * fiscal year") or names an instance of the noun a "which X" question asks ("Video game firm Bioware is to hold
   * ..."), and for a question asking no kind of answer (what, how): nothing then tells an answering sentence from
   * another. A key term the question says as a verb and the sentence only as a noun is no focus there
   * ({@link WordUse}: "A host of Hollywood stars" for "who is hosting"). A name is not enough for the standfirst to
   * answer "who": it names the story's people, rarely the one asked for ("An injury-time dropped goal by Ronan O'Gara
   * ..." for who scored the other side's try).
   */
  private static Optional<Candidate> answering(Candidate standfirst, List<Candidate> following, Retrieval retrieval,
      Retriever retriever) {
    Set<String> asked = Candidates.asked(retrieval.question());
    Optional<AskedFigure> figure = AskedFigure.of(retrieval.question(), retrieval.language());
    boolean figureAsked = figure.isPresent() || retrieval.type() == AnswerType.NUMBER
        || retrieval.type() == AnswerType.DATE;
    Optional<AskedNoun> noun = figure.isEmpty() && retrieval.type() == AnswerType.OTHER
        ? AskedNoun.of(retrieval.question(), retrieval.language()) : Optional.empty();
    if ((figure.isEmpty() && retrieval.type() == AnswerType.OTHER && noun.isEmpty())
        || ((figureAsked || noun.isPresent()) && holdsAsked(standfirst, retrieval, figure, noun, asked))) {
      return Optional.empty();
    }
    Candidate best = null;
    double bestFocus = 0;
    for (Candidate c : following.subList(0, Math.min(READ, following.size()))) {
      if ((c.position() > 0 && Neighbours.leansBack(c.sentence(), c.passage().language()))
          || !holdsAsked(c, retrieval, figure, noun, asked)) {
        continue;
      }
      BitSet focus = (BitSet) c.matched().clone();
      focus.andNot(standfirst.matched());
      focus = WordUse.sameUse(focus, c.sentence(), c.passage().language(), retrieval, retriever);
      double weight = Candidates.weight(retrieval.concepts(), focus);
      if (weight > bestFocus) {
        best = c;
        bestFocus = weight;
      }
    }
    if (best != null) {
      return Optional.of(best);
    }
    Candidate first = following.get(0);
    boolean firstAnswers = figureAsked && first.position() == 0 && holdsAsked(first, retrieval, figure, noun, asked);
    return firstAnswers ? Optional.of(first) : Optional.empty();
  }

  /**
   * Whether the candidate's sentence holds the kind of answer asked: a figure of the kind asked where the question asks
   * one ({@link AskedFigure}: a price for "how much ... worth", not any number), an instance of the noun a "which X"
   * question asks ({@link AskedNoun}: "the auction house Sotheby's"), else the answer type's (a name for "who").
   */
  private static boolean holdsAsked(Candidate c, Retrieval retrieval, Optional<AskedFigure> figure,
      Optional<AskedNoun> noun, Set<String> asked) {
    String sentence = c.sentence();
    String language = c.passage().language();
    if (figure.isPresent()) {
      return figure.get().heldBy(sentence);
    }
    return noun.map(n -> n.heldBy(sentence, language, Gazetteer::placeOrPeople))
        .orElseGet(() -> retrieval.type().presentIn(sentence, language, asked));
  }
}
