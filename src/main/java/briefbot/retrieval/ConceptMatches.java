package briefbot.retrieval;

import briefbot.index.IndexFields;
import briefbot.retrieval.Retrieval.Concept;
import briefbot.retrieval.Retrieval.Sentence;
import briefbot.text.Sentences;
import briefbot.text.WholeWords;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which of a question's concepts a text holds, and how surely: its terms in its language's field and the neutral one,
 * a concept found only through a translation counting as far as that translation is trusted.
 */
final class ConceptMatches {

  private final Concepts concepts;

  ConceptMatches(Concepts concepts) {
    this.concepts = concepts;
  }

  /** A passage's sentences, each with the question's concepts it holds. */
  List<Sentence> sentences(List<Concept> question, Passage p) {
    return Sentences.of(p.text(), p.language()).stream()
        .map(s -> new Sentence(s, matches(question, s, p.language()))).toList();
  }

  /**
   * The weight of the question's concepts that a text (a passage or a sentence of it) contains; a concept found
   * only through a translation counts as far as that translation is trusted.
   */
  double covered(List<Concept> question, String text, String language) {
    Terms terms = terms(question, text, language);
    double sum = 0;
    for (Concept c : question) {
      sum += c.weight() * trust(c, terms.own(), terms.neutral(), language);
    }
    return sum;
  }

  BitSet matches(List<Concept> question, String text, String language) {
    Terms terms = terms(question, text, language);
    BitSet matched = new BitSet();
    for (int i = 0; i < question.size(); i++) {
      if (matches(question.get(i), terms.own(), terms.neutral(), language)) {
        matched.set(i);
      }
    }
    return matched;
  }

  /** A text's terms as the question's concepts are matched: in its language's field and in the neutral one. */
  record Terms(Set<String> own, Set<String> neutral) {}

  Terms terms(List<Concept> question, String text, String language) {
    // "Die Gestirne" holds no English "die" the question kept
    String read = TitleArticles.blanked(text, question, word -> concepts.entry(word, language).common());
    Set<String> neutral = new HashSet<>(concepts.tokens(IndexFields.BODY_NEUTRAL, read, question));
    for (Concept c : question) {
      // "IS" the question names is in a text only as written in capitals: its lower-case "is" is the stop word; a text
      // written all in lower case (PolicyQA's "ce-markering" for the question's "CE") cannot tell them apart
      if (Concepts.writtenAbbreviation(c) && !WholeWords.in(text, c.word()) && !lowerCaseOnly(text)) {
        neutral.removeAll(c.stems().getOrDefault(IndexFields.BODY_NEUTRAL, Set.of()));
      }
    }
    return new Terms(own(read, language), neutral);
  }

  private static boolean lowerCaseOnly(String text) {
    return text.chars().noneMatch(Character::isUpperCase);
  }

  /** A text's terms in its language's field, with the words its birth and death signs stand for ({@link LifeDates}). */
  private Set<String> own(String text, String language) {
    Set<String> own = new HashSet<>(concepts.tokens(IndexFields.body(language), text));
    String life = LifeDates.words(text, language, word -> concepts.entry(word, language).common());
    if (!life.isEmpty()) {
      own.addAll(concepts.tokens(IndexFields.body(language), life));
    }
    return own;
  }

  static boolean matches(Concept c, Set<String> own, Set<String> neutral, String language) {
    return trust(c, own, neutral, language) > 0;
  }

  /** How surely a text's terms hold a concept: the trust of its best matching stem, 0 when none matches. */
  static double trust(Concept c, Set<String> own, Set<String> neutral, String language) {
    double found = Math.max(trust(c, IndexFields.BODY_NEUTRAL, neutral), trust(c, IndexFields.body(language), own));
    return found > 0 ? found : WordFamilies.trust(c, own, language);
  }

  private static double trust(Concept c, String field, Set<String> terms) {
    double best = 0;
    for (String stem : c.stems().getOrDefault(field, Set.of())) {
      if (terms.contains(stem)) {
        best = Math.max(best, c.trust(field, stem));
      }
    }
    return best;
  }
}
