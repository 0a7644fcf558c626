package briefbot.retrieval;

import briefbot.index.IndexFields;
import briefbot.retrieval.Retrieval.Concept;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Decides whether retrieved passages address the question at all: a name the articles never mention, or
 * passages that cover too little of the question's weighted key terms, mean there is no evidence.
 */
final class Evidence {

  /** Share of the question's weight that one passage must cover. */
  static final double MIN_COVERAGE = 0.5;

  /** The verdict and its reason (shown in logs and the JSON's debug fields). */
  record Verdict(boolean evidence, String reason) {}

  private final Concepts concepts;

  Evidence(Concepts concepts) {
    this.concepts = concepts;
  }

  /** The weight of the question each passage covers, analysed once for both the rerank and the verdict. */
  java.util.Map<Passage, Double> coverage(List<Concept> question, List<Passage> passages) {
    java.util.Map<Passage, Double> covered = new java.util.IdentityHashMap<>();
    passages.forEach(p -> covered.put(p, covered(question, p.text(), p.language())));
    return covered;
  }

  Verdict judge(List<Concept> question, java.util.Map<Passage, Double> covered, int paragraphCount) {
    if (question.isEmpty()) {
      return new Verdict(false, "the question has no words to search for");
    }
    for (Concept c : question) {
      if (c.name() && c.weight() == 0) {
        return new Verdict(false, "the articles never mention '" + c.word() + "'");
      }
    }
    double missingWeight = Math.log(1 + (paragraphCount + 0.5) / 0.5);
    double total = question.stream().mapToDouble(c -> c.weight() == 0 ? missingWeight : c.weight()).sum();
    double best = covered.values().stream().mapToDouble(Double::doubleValue).max().orElse(0) / total;
    if (best < MIN_COVERAGE) {
      return new Verdict(false, "no passage covers the question's key terms (best %.2f)".formatted(best));
    }
    return new Verdict(true, "coverage %.2f".formatted(best));
  }

  /**
   * Orders passages by their fused rank and by how much of the question they cover, half each: fusion finds
   * candidates across languages and meanings, coverage puts the one that answers the question first.
   */
  List<Passage> rerank(List<Concept> question, List<Passage> passages, java.util.Map<Passage, Double> covered) {
    double total = question.stream().mapToDouble(Concept::weight).sum();
    double top = passages.stream().mapToDouble(Passage::score).max().orElse(1);
    if (total == 0 || passages.isEmpty()) {
      return passages;
    }
    java.util.Map<Passage, Double> scores = new java.util.IdentityHashMap<>();
    for (Passage p : passages) {
      scores.put(p, 0.5 * p.score() / top + 0.5 * covered.get(p) / total);
    }
    return passages.stream().sorted((a, b) -> Double.compare(scores.get(b), scores.get(a))).toList();
  }

  /**
   * The weight of the question's concepts that a text (a passage or a sentence of it) contains; a concept found
   * only through a translation counts as far as that translation is trusted.
   */
  double covered(List<Concept> question, String text, String language) {
    Set<String> own = new HashSet<>(concepts.tokens(IndexFields.body(language), text));
    Set<String> neutral = new HashSet<>(concepts.tokens(IndexFields.BODY_NEUTRAL, text));
    double sum = 0;
    for (Concept c : question) {
      sum += c.weight() * trust(c, own, neutral, language);
    }
    return sum;
  }

  java.util.BitSet matches(List<Concept> question, String text, String language) {
    Set<String> own = new HashSet<>(concepts.tokens(IndexFields.body(language), text));
    Set<String> neutral = new HashSet<>(concepts.tokens(IndexFields.BODY_NEUTRAL, text));
    java.util.BitSet matched = new java.util.BitSet();
    for (int i = 0; i < question.size(); i++) {
      if (matches(question.get(i), own, neutral, language)) {
        matched.set(i);
      }
    }
    return matched;
  }

  static boolean matches(Concept c, Set<String> own, Set<String> neutral, String language) {
    return trust(c, own, neutral, language) > 0;
  }

  /** How surely a text's terms hold a concept: the trust of its best matching stem, 0 when none matches. */
  static double trust(Concept c, Set<String> own, Set<String> neutral, String language) {
    return Math.max(trust(c, IndexFields.BODY_NEUTRAL, neutral), trust(c, IndexFields.body(language), own));
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
