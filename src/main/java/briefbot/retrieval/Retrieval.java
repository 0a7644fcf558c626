package briefbot.retrieval;

import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The passages retrieved for a question, best first, and whether they hold evidence for it at all;
 * {@code concepts} are the question's key terms with the words that count as matching each; {@code signals} and
 * {@code confidence} are what the answerability verdict was made on; {@code sentences} are the sentences of the
 * passages the verdict read, with the concepts each holds, so the composer need not split and analyse them again;
 * {@code type} is the kind of answer the question asks for, read once for the verdict and the composer;
 * {@code doubted} are the passages the verdict judged and would not answer from on their own (their confidence under
 * the model's threshold), which an answer must not lead with; {@code sure}: the verdict is sure enough to give the
 * answer as the answer, not as the closest the articles come to one.
 */
public record Retrieval(String question, String language, List<Passage> passages, boolean evidence, String reason,
    List<Concept> concepts, Signals signals, double confidence, Map<Passage, List<Sentence>> sentences,
    AnswerType type, Set<Passage> doubted, boolean sure) {

  public Retrieval {
    passages = List.copyOf(passages);
    concepts = List.copyOf(concepts);
    sentences = Map.copyOf(sentences);
    doubted = Set.copyOf(doubted);
  }

  /** A retrieval whose verdict doubts none of its passages and is sure wherever it finds evidence. */
  public Retrieval(String question, String language, List<Passage> passages, boolean evidence, String reason,
      List<Concept> concepts, Signals signals, double confidence, Map<Passage, List<Sentence>> sentences,
      AnswerType type) {
    this(question, language, passages, evidence, reason, concepts, signals, confidence, sentences, type, Set.of(),
        evidence);
  }

  /** A retrieval judged without signals (composers' tests, a model's own judgement). */
  public Retrieval(String question, String language, List<Passage> passages, boolean evidence, String reason,
      List<Concept> concepts) {
    this(question, language, passages, evidence, reason, concepts, Signals.NONE, evidence ? 1 : 0, Map.of(),
        AnswerType.of(question, language));
  }

  /** A sentence of a passage and which of the question's concepts it holds (by index into {@code concepts}). */
  public record Sentence(String text, BitSet matched) {}

  /**
   * A key term of the question: its word, whether it names something, its weight, its stems in each field, and
   * (field -> stem -> trust) the stems that mean it less surely than the word itself: translations, less for an
   * ambiguous word or one translated through English; {@code titled}: an article's title in the index holds it (its
   * weight counts the paragraphs' own words alone); {@code forms}: words a text may write it in that no stemmer
   * brings back to its stems (an English verb's irregular past, "chose", where the question asks "did ... choose").
   */
  public record Concept(String word, boolean name, double weight, Map<String, Set<String>> stems,
      Map<String, Map<String, Double>> trusts, boolean titled, Set<String> forms) {

    public Concept {
      stems = Map.copyOf(stems);
      trusts = Map.copyOf(trusts);
      forms = Set.copyOf(forms);
    }

    /** A concept with no forms beyond its stems. */
    public Concept(String word, boolean name, double weight, Map<String, Set<String>> stems,
        Map<String, Map<String, Double>> trusts, boolean titled) {
      this(word, name, weight, stems, trusts, titled, Set.of());
    }

    /** A concept no article's title is known to hold. */
    public Concept(String word, boolean name, double weight, Map<String, Set<String>> stems,
        Map<String, Map<String, Double>> trusts) {
      this(word, name, weight, stems, trusts, false);
    }

    /** A concept whose stems all mean it fully (no translations). */
    public Concept(String word, boolean name, double weight, Map<String, Set<String>> stems) {
      this(word, name, weight, stems, Map.of());
    }

    /** This concept, also held by a text that writes one of {@code other} ({@link #forms}). */
    public Concept withForms(Set<String> other) {
      return new Concept(word, name, weight, stems, trusts, titled, other);
    }

    /** How surely a stem of a field means the concept: 1 for the word's own stems, less for a translation's. */
    public double trust(String field, String stem) {
      return trusts.getOrDefault(field, Map.of()).getOrDefault(stem, 1.0);
    }

    /** The stems of each field with their trust: what a BM25 clause searches. */
    public Map<String, Map<String, Double>> clause() {
      Map<String, Map<String, Double>> out = new HashMap<>();
      stems.forEach((field, forms) -> {
        Map<String, Double> terms = new LinkedHashMap<>();
        forms.forEach(f -> terms.put(f, trust(field, f)));
        out.put(field, terms);
      });
      return out;
    }
  }
}
