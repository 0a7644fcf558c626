package briefbot.retrieval;

import briefbot.index.Analyzers;
import briefbot.index.IndexFields;
import briefbot.index.ParagraphIndex;
import briefbot.retrieval.Retrieval.Concept;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The BM25 clauses of a question's concepts: each concept's stems in the paragraphs' fields (and the title for a
 * word only titles hold), a German or Dutch word's compound parts and other forms as weaker terms, and the German and
 * Dutch stems also among the paragraphs' compounds' parts.
 */
final class LexicalClauses {

  /** How much a compound's part counts in BM25 beside the compound itself, as a name's single word beside the name. */
  static final double PART = 0.5;
  /**
   * How much another inflected form of a German question word counts beside the word's own stem ("verkauft" for
   * "verkaufen"): the dictionary lists forms of every word the question's may be a form of.
   */
  static final double FORM = 0.5;
  /** How much a stem found among a paragraph's compounds' parts counts beside the same stem written whole. */
  static final double IN_COMPOUND = 0.5;

  private final ParagraphIndex index;

  LexicalClauses(ParagraphIndex index) {
    this.index = index;
  }

  /**
   * The BM25 clauses of the question's concepts: each German or Dutch stem also searched among the parts of the
   * paragraphs' compounds, and in a German or Dutch question ({@code language}; null: none) each word's own compound
   * parts as weaker terms.
   */
  List<Map<String, Map<String, Double>>> of(List<Concept> question, String language) {
    return question.stream().map(c -> inCompounds(withParts(clause(c), c, language))).toList();
  }

  /**
   * A clause with its word's compound parts at {@link #PART} in the question's own field ("Berufszweig": beruf,
   * zweig): a paragraph that writes only "Beruf" is found. BM25 only: read as evidence that the paragraph holds the
   * question's word, a part answered near misses ("Prozentsatz der alleinlebenden Bevölkerung" from a paragraph of
   * percentages) on left-out articles. Its other inflected forms likewise at {@link #FORM} ("verkaufen": verkauft).
   */
  private Map<String, Map<String, Double>> withParts(Map<String, Map<String, Double>> clause, Concept c,
      String language) {
    if (language == null) {
      return clause;
    }
    String field = IndexFields.body(language);
    List<String> parts = index.analysis().parts(field, c.word());
    List<String> forms = index.analysis().forms(field, c.word());
    if (parts.isEmpty() && forms.isEmpty()) {
      return clause;
    }
    Map<String, Double> terms = new LinkedHashMap<>(clause.getOrDefault(field, Map.of()));
    parts.forEach(p -> terms.putIfAbsent(p, PART));
    forms.forEach(f -> terms.putIfAbsent(f, FORM));
    Map<String, Map<String, Double>> out = new HashMap<>(clause);
    out.put(field, terms);
    return out;
  }

  /**
   * A clause with its German and Dutch stems also in the parts fields beside their body fields, at {@link #IN_COMPOUND}
   * of their trust: "Armut" (or "poverty" translated) finds the paragraph that writes only *Armutsgrenze*. A field of
   * its own, so the words written whole score and weigh as before; an index without the parts matches nothing there.
   */
  private static Map<String, Map<String, Double>> inCompounds(Map<String, Map<String, Double>> clause) {
    Map<String, Map<String, Double>> out = new HashMap<>(clause);
    clause.forEach((field, terms) -> {
      String parts = IndexFields.parts(field);
      if (parts != null && !terms.isEmpty()) {
        Map<String, Double> held = new LinkedHashMap<>();
        terms.forEach((term, trust) -> held.put(term, trust * IN_COMPOUND));
        out.put(parts, held);
      }
    });
    return out;
  }

  /**
   * A concept's BM25 clause: its stems in the paragraphs' fields, and for a word only titles hold (weight 0: no
   * paragraph writes it, an article's title does) the title too, so that article's paragraphs are found ("Auf
   * welchem Kanal hatte Quantico seine Premiere?" on the article "Quantico", whose paragraphs never repeat the
   * name). Every other concept searches the paragraphs' own words only: the title as a weaker clause for every
   * concept moved one of 1,246 fit questions (docs/answerability.md).
   */
  private static Map<String, Map<String, Double>> clause(Concept c) {
    Map<String, Map<String, Double>> clause = c.clause();
    if (c.weight() == 0 && c.titled()) {
      Map<String, Double> title = new LinkedHashMap<>();
      c.stems().getOrDefault(IndexFields.BODY_NEUTRAL, Set.of()).stream()
          .filter(t -> c.trust(IndexFields.BODY_NEUTRAL, t) >= 1 && !Analyzers.mayBeQuantity(t))
          .forEach(t -> title.put(t, 1.0));
      if (!title.isEmpty()) {
        clause.put(IndexFields.TITLE_SEARCHED, title);
      }
    }
    return clause;
  }
}
