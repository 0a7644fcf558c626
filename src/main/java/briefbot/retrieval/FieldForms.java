package briefbot.retrieval;

import briefbot.corpus.LanguageDetector;
import briefbot.index.IndexFields;
import briefbot.index.ParagraphIndex;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Looks up a question's word in every body field: its translations, cognates and place names in each language,
 * analysed as the index analyses that field.
 */
final class FieldForms {

  /** The question's own word in another language's field, beside its translations: a cognate or a false friend. */
  private static final double UNTRANSLATED = 0.5;
  /** A spelling a word no dictionary lists may have in another language ({@link Cognates}), when the index holds it. */
  private static final double COGNATE = 0.6;

  private final ParagraphIndex index;
  private final Translations translations;

  FieldForms(ParagraphIndex index, Translations translations) {
    this.index = index;
    this.translations = translations;
  }

  /**
   * A word's stems in every body field: in its own language the word itself, in the others its translations (each
   * stem as trusted as the surest translation that gives it), or the word itself when it has none (a name); in the
   * neutral field the word as written.
   */
  ConceptForms of(String word, String language) {
    return of(word, language, false);
  }

  /**
   * As {@link #of(String, String)}; a name's word also in the forms other languages write a country's, territory's
   * or language's name in ({@link Translations#placeNames}: "Kyrgyzstan", Spanish Kirguistán), as surely as the word.
   */
  ConceptForms of(String word, String language, boolean name) {
    Map<String, Map<String, Double>> translated = translations.weighted(word, language);
    Map<String, Set<String>> places = name ? translations.placeNames(word, language) : Map.of();
    Map<String, Map<String, Double>> trust = new HashMap<>();
    for (String lang : LanguageDetector.SUPPORTED) {
      String field = IndexFields.body(lang);
      Map<String, Double> forms = new LinkedHashMap<>(translated.getOrDefault(lang, Map.of()));
      boolean untranslated = forms.isEmpty();
      if (untranslated && !lang.equals(language)) {
        Cognates.of(word, language, lang).forEach(c -> forms.put(c, COGNATE));
      }
      forms.merge(word, lang.equals(language) || untranslated ? 1.0 : UNTRANSLATED, Math::max);
      places.getOrDefault(lang, Set.of()).forEach(place -> forms.put(place, 1.0));
      Map<String, Double> stems = new LinkedHashMap<>();
      forms.forEach((form, weight) -> tokens(field, form).forEach(stem -> stems.merge(stem, weight, Math::max)));
      trust.put(field, stems);
    }
    Map<String, Double> neutral = new LinkedHashMap<>();
    tokens(IndexFields.BODY_NEUTRAL, word).forEach(t -> neutral.put(t, 1.0));
    trust.put(IndexFields.BODY_NEUTRAL, neutral);
    return new ConceptForms(trust);
  }

  private List<String> tokens(String field, String text) {
    return index.terms(field, text);
  }
}
