package briefbot.retrieval;

import briefbot.corpus.LanguageDetector;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Words of other languages that translate a question's word, each with how far it can be trusted: what lets an
 * English question match a German paragraph without a multilingual model. Bilingual dictionaries are the source;
 * a small built-in news lexicon stands in when none are installed.
 */
public interface Translations {

  /** No translations: every word matches only itself (and its stems). */
  Translations NONE = (word, language) -> Map.of();

  /**
   * The translations of {@code word}, a word of a text in {@code language}, by target language code, each with a
   * weight in (0, 1]: 1 for a translation both directions of a dictionary agree on, less for an ambiguous word.
   */
  Map<String, Map<String, Double>> weighted(String word, String language);

  /** The translations of {@code word} into one language, {@code target}: what {@link #weighted} gives for it. */
  default Map<String, Double> weighted(String word, String language, String target) {
    return weighted(word, language).getOrDefault(target, Map.of());
  }

  /**
   * Whether a dictionary of {@code language} has {@code word}, as written, as an entry of its own ("König", "Kaiser"),
   * not only through its stem, a verb form or a compound's parts ("Georg" through "georgisch", "Steve" through
   * "Steven"): what tells a common noun from a name the dictionary knows only by a look-alike.
   */
  default boolean headword(String word, String language) {
    return false;
  }

  /**
   * A word of a country's, territory's or language's name as the other languages write it, by target language
   * ("Kyrgyzstan": es Kirguistán, de Kirgisistan); none here. Apart from {@link #weighted}, which the gloss ingest
   * embeds and the test that tells a listed noun from a name read: a question's name alone is searched in these forms.
   */
  default Map<String, Set<String>> placeNames(String word, String language) {
    return Map.of();
  }

  /**
   * Whether a word's {@code translations} into English name something other than the word itself: the dictionary lists
   * it as a common word ("Innenräumen": interiors), not as a name under its own spelling ("Berlin", "Mercedes"). What
   * tells a capitalised German word from a name, in a question and in the claim check alike.
   */
  static boolean translatedAsAnother(String word, Collection<String> translations) {
    String folded = LanguageDetector.fold(word);
    return !translations.isEmpty() && translations.stream().noneMatch(t -> LanguageDetector.fold(t).equals(folded));
  }

  /** The translations of {@code word} by target language, without their weights. */
  default Map<String, Set<String>> translate(String word, String language) {
    Map<String, Set<String>> out = new LinkedHashMap<>();
    weighted(word, language).forEach((lang, forms) -> out.put(lang, forms.keySet()));
    return out;
  }

  /**
   * This source's translations and {@code other}'s together, the surer weight where both give a word: a general
   * dictionary beside the news lexicon, which knows what dictionaries lack ("NAVO" for "NATO", "Teheran").
   */
  default Translations and(Translations other) {
    Translations first = this;
    return new Translations() {
      @Override
      public Map<String, Map<String, Double>> weighted(String word, String language) {
        Map<String, Map<String, Double>> out = new LinkedHashMap<>();
        for (Translations source : List.of(first, other)) {
          source.weighted(word, language).forEach((lang, forms) -> forms.forEach(
              (form, weight) -> out.computeIfAbsent(lang, k -> new LinkedHashMap<>()).merge(form, weight, Math::max)));
        }
        return out;
      }

      @Override
      public boolean headword(String word, String language) {
        return first.headword(word, language) || other.headword(word, language);
      }

      @Override
      public Map<String, Set<String>> placeNames(String word, String language) {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        for (Translations source : List.of(first, other)) {
          source.placeNames(word, language).forEach(
              (lang, forms) -> out.computeIfAbsent(lang, k -> new LinkedHashSet<>()).addAll(forms));
        }
        return out;
      }

      @Override
      public Map<String, Double> weighted(String word, String language, String target) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (Translations source : List.of(first, other)) {
          source.weighted(word, language, target).forEach((form, weight) -> out.merge(form, weight, Math::max));
        }
        return out;
      }
    };
  }

  /**
   * The FreeDict dictionaries in {@code folder} (Debian's {@code /usr/share/dictd}), converted once into a compact
   * table cached in {@code cache}, with the built-in news lexicon beside them; the lexicon alone, with one log line,
   * when the folder holds none.
   */
  static Translations load(Path folder, Path cache) {
    return Dictionaries.open(folder, cache);
  }

  /**
   * As {@link #load(Path, Path)}, with the country, territory and language names of Debian's iso-codes in
   * {@code isoCodes} ({@code /usr/share/iso-codes}, its translations in the {@code locale} folder beside it) as
   * {@link #placeNames}; none when it holds none.
   */
  static Translations load(Path folder, Path cache, Path isoCodes) {
    PlaceNames places = PlaceNames.load(isoCodes, cache);
    Translations dictionaries = load(folder, cache);
    return places.size() == 0 ? dictionaries : places.beside(dictionaries);
  }
  /**
   * The files {@link #load(Path, Path, Path)} keeps in {@code cache} for the dictionaries in {@code folder} and the
   * place names in {@code isoCodes} (none for what is not installed): what a cache folder that cannot be written must
   * already hold.
   */
  static List<Path> kept(Path folder, Path cache, Path isoCodes) {
    List<Path> out = new ArrayList<>();
    DictionaryTables.kept(folder, cache).ifPresent(out::add);
    KeptPlaceNames.kept(isoCodes, cache).ifPresent(out::add);
    return out;
  }

}
