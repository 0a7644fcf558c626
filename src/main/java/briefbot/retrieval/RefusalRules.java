package briefbot.retrieval;

import briefbot.retrieval.Retrieval.Concept;
import briefbot.retrieval.Retrieval.Sentence;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * The rules beside the answerability model, each for a case its signals cannot see: a name no article or no answering
 * passage holds, or one the passage gives to someone else.
 */
final class RefusalRules {

  /**
   * How far ({@link OtherNames}) the passage that would answer an English question may give one of its names of
   * several words to someone else before the verdict refuses. Read off the fit parts (threshold-0 runs of MLQA, SQuAD
   * and four English left-out draws; English questions on English passages answered at the model's threshold): right
   * answers at most 0.22, wrong answers and unanswerable questions one at 0.25, five at 0.33 and over; 0.3 stands
   * clear of the right ones.
   */
  static final double GIVEN_AWAY = 0.3;

  private final Concepts concepts;
  private final ConceptMatches matches;

  RefusalRules(Concepts concepts, ConceptMatches matches) {
    this.concepts = concepts;
    this.matches = matches;
  }

  /**
   * A name of the question that no paragraph writes and an article's title holds ({@code titled}, weight 0), which
   * the passage neither writes nor has in its own article's title: the corpus has an article about it, and this
   * passage is about something else. Null when there is none, so the model decides.
   */
  String titledElsewhere(WeighedQuestion q, Passage p, BitSet[] bySentence) {
    List<Concept> concepts = q.concepts();
    BitSet onlyTitled = new BitSet();
    for (int i = 0; i < concepts.size(); i++) {
      onlyTitled.set(i, concepts.get(i).name() && concepts.get(i).titled() && concepts.get(i).weight() == 0);
    }
    if (onlyTitled.isEmpty()) {
      return null;
    }
    for (BitSet b : bySentence) {
      onlyTitled.andNot(b);
    }
    if (!onlyTitled.isEmpty() && p.title() != null && !p.title().isBlank()) {
      onlyTitled.andNot(matches.matches(concepts, p.title(), p.language()));
    }
    return onlyTitled.isEmpty() ? null : concepts.get(onlyTitled.nextSetBit(0)).word();
  }

  /**
   * The sentences, each without the concepts of a name of several words of the question where the sentence writes the
   * name's last word only as another person's ({@link OtherNames#otherFirstName}: "former coach Steve Hansen" for "Who
   * coaches Ashia Hansen?", where "Hansen" stood for the whole name): an answer must not quote another person's
   * sentence for the one asked about. For a passage in the question's language.
   */
  List<Sentence> ownNames(String text, String language, List<Concept> question, Passage p, List<Sentence> sentences) {
    List<List<Concept>> names = language != null && language.equals(p.language())
        ? OtherNames.names(text, question) : List.of();
    if (names.isEmpty()) {
      return sentences;
    }
    List<Sentence> out = new ArrayList<>(sentences.size());
    for (Sentence s : sentences) {
      BitSet matched = (BitSet) s.matched().clone();
      for (List<Concept> name : names) {
        if (matched.get(question.indexOf(name.get(name.size() - 1)))
            && OtherNames.otherFirstName(name, s.text(), language, concepts::entry)) {
          name.forEach(c -> matched.clear(question.indexOf(c)));
        }
      }
      out.add(matched.equals(s.matched()) ? s : new Sentence(s.text(), matched));
    }
    return out;
  }

  /** The word of a {@link Concepts#fuzzy} concept none of a passage's sentences holds; null when there is none. */
  static String unheld(List<Concept> question, List<Sentence> sentences) {
    for (int i = 0; i < question.size(); i++) {
      if (Concepts.fuzzy(question.get(i)) && !held(i, sentences)) {
        return question.get(i).word();
      }
    }
    return null;
  }

  private static boolean held(int concept, List<Sentence> sentences) {
    for (Sentence s : sentences) {
      if (s.matched().get(concept)) {
        return true;
      }
    }
    return false;
  }

  /** The question's concepts the titles of the judged passages' articles hold. */
  BitSet titled(List<Concept> question, List<Passage> judged) {
    BitSet out = new BitSet();
    for (Passage p : judged) {
      if (p.title() != null && !p.title().isBlank()) {
        out.or(matches.matches(question, p.title(), p.language()));
      }
    }
    return out;
  }

  /**
   * The question's first name of several words that the passage gives to someone else by {@link #GIVEN_AWAY} or more,
   * as the question writes it; null when there is none (the passage's terms are analysed only for a question with
   * such a name).
   */
  String givenAway(String text, List<Concept> question, Passage p) {
    List<List<Concept>> names = OtherNames.names(text, question);
    if (names.isEmpty()) {
      return null;
    }
    ConceptMatches.Terms terms = matches.terms(question, p.text(), p.language());
    List<Double> shares = OtherNames.shares(names, text, p.text(), p.language(), terms.own(), terms.neutral(),
        OtherNames.withTitles(concepts::entry));
    for (int i = 0; i < names.size(); i++) {
      if (shares.get(i) >= GIVEN_AWAY) {
        return String.join(" ", names.get(i).stream().map(Concept::word).toList());
      }
    }
    return null;
  }
}
