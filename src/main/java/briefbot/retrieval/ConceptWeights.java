package briefbot.retrieval;

import briefbot.index.Analyzers;
import briefbot.index.IndexFields;
import briefbot.index.ParagraphIndex;
import briefbot.index.ParagraphIndex.FieldTerm;
import briefbot.retrieval.Retrieval.Concept;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Weighs a question's words by how rare the index holds them: how many paragraphs hold each form, which translations
 * are kept, and whether an article's title holds the word.
 */
final class ConceptWeights {

  /** Translations kept per concept and language for the query: the surest, weighed by how often each occurs. */
  static final int TRANSLATIONS_SEARCHED = 6;
  /** How much a translation's trust falls with its rarity beside the word's commonest translation: (df/max)^0.25. */
  private static final double FREQUENCY_EXPONENT = 0.25;

  private final ParagraphIndex index;

  ConceptWeights(ParagraphIndex index) {
    this.index = index;
  }

  /**
   * How many paragraphs hold each term: in its body field, or for a German or Dutch word no paragraph writes whole,
   * inside their compounds (its parts field), so that "Armut" is weighed by the paragraphs of *Armutsgrenze* and a
   * translation only compounds hold is kept. A word written whole keeps its own frequency, as before the split.
   */
  Map<FieldTerm, Integer> docFreqs(Set<FieldTerm> terms) {
    Set<FieldTerm> asked = new LinkedHashSet<>(terms);
    terms.forEach(t -> partsTerm(t).ifPresent(asked::add));
    Map<FieldTerm, Integer> found = index.docFreqs(asked);
    Map<FieldTerm, Integer> out = new HashMap<>();
    for (FieldTerm t : terms) {
      int df = found.getOrDefault(t, 0);
      out.put(t, df > 0 ? df : partsTerm(t).map(p -> found.getOrDefault(p, 0)).orElse(0));
    }
    return out;
  }

  private static Optional<FieldTerm> partsTerm(FieldTerm t) {
    String parts = IndexFields.parts(t.field());
    return parts == null ? Optional.empty() : Optional.of(new FieldTerm(parts, t.term()));
  }

  /** Each body field's stems of the forms as terms, in order. */
  static Set<FieldTerm> terms(ConceptForms forms) {
    Set<FieldTerm> terms = new LinkedHashSet<>();
    forms.stems().forEach((field, stems) -> stems.forEach(f -> terms.add(new FieldTerm(field, f))));
    return terms;
  }

  /**
   * A concept of these forms, weighted by the paragraphs' own words and titled when an article's title holds the word
   * as the neutral field analyses it. The titles tell whether the index holds a name at all ("the articles never
   * mention X"), and a concept only titles hold searches them ({@code Retriever.clause}); for every concept, as a
   * weaker BM25 clause (0.5 of a paragraph's own word), they moved one of 1,246 answerable fit questions and no
   * left-out one (docs/answerability.md), for a term more in every clause.
   */
  static Concept concept(String word, boolean name, ConceptForms forms, Map<FieldTerm, Integer> docFreqs,
      int documents) {
    ConceptForms f = settle(forms, docFreqs);
    boolean titled = titleTerms(forms).stream().anyMatch(t -> docFreqs.getOrDefault(t, 0) > 0);
    return new Concept(word, name, weight(f, docFreqs, documents), f.stems(), f.trusts(), titled);
  }

  /** A word's own terms in the titles: its terms in the neutral field, which the titles are analysed as. */
  static List<FieldTerm> titleTerms(ConceptForms forms) {
    return forms.trust().getOrDefault(IndexFields.BODY_NEUTRAL, Map.of()).entrySet().stream()
        .filter(e -> e.getValue() >= 1 && !Analyzers.mayBeQuantity(e.getKey())).map(Map.Entry::getKey)
        .map(t -> new FieldTerm(IndexFields.TITLE_SEARCHED, t)).toList();
  }

  /**
   * A word's translations as the index holds them: those it never holds are dropped (they match nothing and cost
   * query time), and of the others the {@link #TRANSLATIONS_SEARCHED} surest are kept, each trusted less the rarer
   * it is beside the commonest: a dictionary lists a word's main sense and its rare ones alike, a corpus does not.
   */
  private static ConceptForms settle(ConceptForms forms, Map<FieldTerm, Integer> docFreqs) {
    Map<String, Map<String, Double>> out = new HashMap<>();
    forms.trust().forEach((field, stems) -> {
      Map<String, Integer> held = new LinkedHashMap<>();
      stems.forEach((stem, w) -> {
        int df = docFreqs.getOrDefault(new FieldTerm(field, stem), 0);
        if (df > 0 || w >= 1) {
          held.put(stem, df);
        }
      });
      int commonest = held.values().stream().mapToInt(Integer::intValue).max().orElse(0);
      Map<String, Double> kept = new LinkedHashMap<>();
      held.entrySet().stream()
          .map(e -> Map.entry(e.getKey(), stems.get(e.getKey()) >= 1 ? 1.0
              : stems.get(e.getKey()) * Math.pow((double) e.getValue() / commonest, FREQUENCY_EXPONENT)))
          .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
          .limit(TRANSLATIONS_SEARCHED)
          .forEach(e -> kept.put(e.getKey(), e.getValue()));
      held.keySet().stream().filter(s -> stems.get(s) >= 1).forEach(s -> kept.put(s, 1.0));
      out.put(field, kept);
    });
    return new ConceptForms(out);
  }

  /** Inverse document frequency of the concept's commonest form; a concept found nowhere weighs 0. */
  private static double weight(ConceptForms forms, Map<FieldTerm, Integer> docFreqs, int documents) {
    int df = 0;
    for (var e : forms.stems().entrySet()) {
      for (String stem : e.getValue()) {
        df = Math.max(df, docFreqs.getOrDefault(new FieldTerm(e.getKey(), stem), 0));
      }
    }
    if (df == 0) {
      return 0;
    }
    int n = Math.max(1, documents);
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }
}
