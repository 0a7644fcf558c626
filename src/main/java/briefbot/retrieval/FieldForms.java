package briefbot.retrieval;

import briefbot.corpus.LanguageDetector;
import briefbot.index.IndexFields;
import briefbot.index.ParagraphIndex;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
  /**
   * The languages whose questions also search, in their own field, the words their English translations translate
   * back into ({@link #roundTrip}): German, whose two large FreeDict dictionaries give a word's senses back; through
   * the small Spanish ones the words that came back were other senses, and Spanish questions lost answers
   * (docs/cross-language.md, thirtieth session). English and Dutch questions were not measured with it.
   */
  private static final Set<String> ROUND_TRIP = Set.of("de");
  /** How far a word the round trip gives holds the question's, times both translations' weights. */
  private static final double ROUND = 0.5;
  /** A translation either way weaker than this is no way back: a rare sense's words are another sense. */
  private static final double ROUND_MIN = 0.5;
  /** The most words a question's word gains by the round trip, the surest first. */
  private static final int ROUND_KEPT = 6;

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
    // the English stemmer keeps "die", "lie", "tie" whole but reads "died" and "dies" as "di": the -s form's stem finds
    // the question's verb where the text writes its past
    String lower = word.toLowerCase(Locale.ROOT);
    String inflected = !name && "en".equals(language) && lower.endsWith("ie") ? lower + "s" : null;
    for (String lang : LanguageDetector.SUPPORTED) {
      String field = IndexFields.body(lang);
      Map<String, Double> forms = new LinkedHashMap<>(translated.getOrDefault(lang, Map.of()));
      boolean untranslated = forms.isEmpty();
      if (untranslated && !lang.equals(language)) {
        Cognates.of(word, language, lang).forEach(c -> forms.put(c, COGNATE));
      }
      forms.merge(word, lang.equals(language) || untranslated ? 1.0 : UNTRANSLATED, Math::max);
      places.getOrDefault(lang, Set.of()).forEach(place -> forms.put(place, 1.0));
      if (lang.equals(language) && !name && ROUND_TRIP.contains(language)) {
        roundTrip(word, language, translated.getOrDefault("en", Map.of()))
            .forEach((back, weight) -> forms.merge(back, weight, Math::max));
      }
      if (lang.equals(language) && inflected != null) {
        forms.merge(inflected, 1.0, Math::max);
      }
      Map<String, Double> stems = new LinkedHashMap<>();
      forms.forEach((form, weight) -> tokens(field, form).forEach(stem -> stems.merge(stem, weight, Math::max)));
      trust.put(field, stems);
    }
    Map<String, Double> neutral = new LinkedHashMap<>();
    tokens(IndexFields.BODY_NEUTRAL, word).forEach(t -> neutral.put(t, 1.0));
    trust.put(IndexFields.BODY_NEUTRAL, neutral);
    return new ConceptForms(trust);
  }

  /**
   * The words of the question's own language that its word's English translations translate back into, other than
   * itself ("Weise": tune, melody: "Melodie"), each at {@link #ROUND} times both translations' weights: a German
   * paragraph says "die Melodie stammt von Reutter" where the question asks for his "Weise".
   */
  private Map<String, Double> roundTrip(String word, String language, Map<String, Double> english) {
    Map<String, Double> back = new LinkedHashMap<>();
    english.forEach((en, there) -> {
      if (there >= ROUND_MIN) {
        translations.weighted(en, "en", language).forEach((w, again) -> {
          if (again >= ROUND_MIN && !w.equalsIgnoreCase(word) && !w.contains(" ")) {
            back.merge(w, ROUND * there * again, Math::max);
          }
        });
      }
    });
    Map<String, Double> kept = new LinkedHashMap<>();
    back.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(ROUND_KEPT)
        .forEach(e -> kept.put(e.getKey(), e.getValue()));
    return kept;
  }

  private List<String> tokens(String field, String text) {
    return index.terms(field, text);
  }
}
