package briefbot.retrieval;

import briefbot.corpus.LanguageDetector;
import briefbot.index.IndexFields;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;

/** A word's stems in each field with their trust (see {@link Retrieval.Concept#trusts}): 1 for the word's own. */
record ConceptForms(Map<String, Map<String, Double>> trust) {

  /** How surely the first or last word of a name stands for another of its words. */
  private static final double NAME_PART = 0.5;

  Map<String, Set<String>> stems() {
    Map<String, Set<String>> out = new HashMap<>();
    trust.forEach((field, stems) -> out.put(field, new LinkedHashSet<>(stems.keySet())));
    return out;
  }

  Map<String, Map<String, Double>> trusts() {
    Map<String, Map<String, Double>> out = new HashMap<>();
    trust.forEach((field, stems) -> {
      Map<String, Double> below = new LinkedHashMap<>(stems);
      below.values().removeIf(w -> w >= 1);
      if (!below.isEmpty()) {
        out.put(field, below);
      }
    });
    return out;
  }

  /** A number's forms: its canonical term in the neutral field, whatever the format or language. */
  static ConceptForms number(String term) {
    Map<String, Map<String, Double>> trust = new HashMap<>();
    LanguageDetector.SUPPORTED.forEach(lang -> trust.put(IndexFields.body(lang), Map.of()));
    trust.put(IndexFields.BODY_NEUTRAL, Map.of(term, 1.0));
    return new ConceptForms(trust);
  }

  /**
   * An abbreviation that is a stop word in lower case ("IS", "US"): the word in the neutral field alone, since each
   * language's field drops it as a stop word and a dictionary translates the stop word, not the name.
   */
  static ConceptForms asWritten(String word) {
    Map<String, Map<String, Double>> trust = new HashMap<>();
    LanguageDetector.SUPPORTED.forEach(lang -> trust.put(IndexFields.body(lang), Map.of()));
    trust.put(IndexFields.BODY_NEUTRAL, new LinkedHashMap<>(Map.of(LanguageDetector.fold(word), 1.0)));
    return new ConceptForms(trust);
  }

  /**
   * A name of several words is often written by its first or last one alone ("Yoon" for "Yoon Suk Yeol", "Biden"
   * for "Joe Biden"): each word of the name also matches those, half as surely as its own.
   */
  static void shortForms(List<Integer> name, List<ConceptForms> forms) {
    shortForms(name, forms, (part, standIn) -> true);
  }

  /**
   * As {@link #shortForms(List, List)}, where a word of the name stands for another only as {@code standsFor} lets it
   * (the word at {@code standIn} of {@code forms} for the word at {@code part}).
   */
  static void shortForms(List<Integer> name, List<ConceptForms> forms, BiPredicate<Integer, Integer> standsFor) {
    String neutral = IndexFields.BODY_NEUTRAL;
    int first = name.get(0);
    int last = name.get(name.size() - 1);
    // in the stems' own order: Set.copyOf's is salted anew in every JVM, and where two stems tie at the six kept, the
    // order they were added in decides which stay, so an answer could differ from one run to the next
    Set<String> firstStems = new LinkedHashSet<>(forms.get(first).trust().get(neutral).keySet());
    Set<String> lastStems = new LinkedHashSet<>(forms.get(last).trust().get(neutral).keySet());
    for (int part : name) {
      Map<String, Double> stems = forms.get(part).trust().get(neutral);
      // the first word's stems before the last's, as they were always added
      if (part != first && standsFor.test(part, first)) {
        firstStems.forEach(s -> stems.merge(s, NAME_PART, Math::max));
      }
      if (part != last && standsFor.test(part, last)) {
        lastStems.forEach(s -> stems.merge(s, NAME_PART, Math::max));
      }
    }
  }
}
