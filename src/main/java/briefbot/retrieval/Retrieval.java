package briefbot.retrieval;

import java.util.List;

/**
 * The passages retrieved for a question, best first, and whether they hold evidence for it at all;
 * {@code concepts} are the question's key terms with the words that count as matching each.
 */
public record Retrieval(
    String question, String language, List<Passage> passages, boolean evidence, String reason, List<Concept> concepts) {

  public Retrieval {
    passages = List.copyOf(passages);
    concepts = List.copyOf(concepts);
  }

  /** A key term of the question: its word, whether it names something, its weight, and its stems in each field. */
  public record Concept(String word, boolean name, double weight, java.util.Map<String, java.util.Set<String>> stems) {}
}
