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
  private static final int PASSAGES_CONSIDERED = 5;

  /** The verdict and its reason (shown in logs and the JSON's debug fields). */
  record Verdict(boolean evidence, String reason) {}

  private final Concepts concepts;

  Evidence(Concepts concepts) {
    this.concepts = concepts;
  }

  Verdict judge(List<Concept> question, List<Passage> passages, int paragraphCount) {
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
    double best = 0;
    for (Passage p : passages.subList(0, Math.min(PASSAGES_CONSIDERED, passages.size()))) {
      best = Math.max(best, covered(question, p) / total);
    }
    if (best < MIN_COVERAGE) {
      return new Verdict(false, "no passage covers the question's key terms (best %.2f)".formatted(best));
    }
    return new Verdict(true, "coverage %.2f".formatted(best));
  }

  /** The weight of the question's concepts that a passage (or a sentence of it) contains. */
  double covered(List<Concept> question, Passage p) {
    return covered(question, p.text(), p.language());
  }

  double covered(List<Concept> question, String text, String language) {
    Set<String> own = new HashSet<>(concepts.tokens(IndexFields.body(language), text));
    Set<String> neutral = new HashSet<>(concepts.tokens(IndexFields.BODY_NEUTRAL, text));
    double sum = 0;
    for (Concept c : question) {
      if (matches(c, own, neutral, language)) {
        sum += c.weight();
      }
    }
    return sum;
  }

  static boolean matches(Concept c, Set<String> own, Set<String> neutral, String language) {
    for (String stem : c.stems().getOrDefault(IndexFields.body(language), Set.of())) {
      if (own.contains(stem)) {
        return true;
      }
    }
    for (String stem : c.stems().getOrDefault(IndexFields.BODY_NEUTRAL, Set.of())) {
      if (neutral.contains(stem)) {
        return true;
      }
    }
    return false;
  }
}
