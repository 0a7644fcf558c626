package briefbot.retrieval;

import briefbot.corpus.LanguageDetector;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Country, territory and language names as each language writes them ("Kyrgyzstan": Kirguistán, Kirgisistan;
 * "Solomon Islands": Islas Salomón), word by word, from Debian's iso-codes: the English names of ISO 3166-1, 3166-3
 * and 639-2 and their translations in gettext catalogs. Dictionaries list few of them, and no spelling rule makes
 * "Kirguistán" of "Kyrgyzstan". Read from the system, never shipped (iso-codes is LGPL-2.1).
 */
final class PlaceNames {

  private static final Logger LOG = LoggerFactory.getLogger(PlaceNames.class);

  /** Nothing known: what a machine without iso-codes gets. */
  static final PlaceNames NONE = new PlaceNames(Map.of());

  /** "language:folded word" to its forms in every other language. */
  private final Map<String, Map<String, Set<String>>> forms;

  PlaceNames(Map<String, Map<String, Set<String>>> forms) {
    this.forms = forms;
  }

  /**
   * {@link #load(Path)}, its word pairs kept in {@code cache} (Briefbot's cache folder) once made: reading the
   * catalogs and pairing the names' words cost a fresh process about 0.4 s of CPU on its way to its first answer;
   * reading the kept pairs a few milliseconds. A new iso-codes version (its files' sizes and dates) pairs again.
   */
  static PlaceNames load(Path folder, Path cache) {
    return KeptPlaceNames.load(folder, cache);
  }

  /**
   * The names in iso-codes' {@code folder} (Debian's {@code /usr/share/iso-codes}: {@code json/} holds the English
   * names), translated by the catalogs in the {@code locale} folder beside it; {@link #NONE} when it holds none.
   */
  static PlaceNames load(Path folder) {
    List<Map<String, List<String>>> entries;
    try {
      entries = IsoCodeNames.entries(folder);
    } catch (IOException e) {
      LOG.warn("cannot read iso-codes' names in {} ({}): place names are not translated", folder, e.getMessage());
      return NONE;
    }
    if (entries.isEmpty()) {
      LOG.info("no iso-codes in {}: place names are not translated (install iso-codes, or set BRIEFBOT_ISO_CODES)",
          folder);
      return NONE;
    }
    return of(entries);
  }

  /**
   * The word-by-word forms of some entries, each the names of one place or language by language code (each name as
   * iso-codes writes it: "Korea, Republic of", "Kirghiz; Kyrgyz"), in the same order in every language, null where a
   * language lacks one.
   */
  static PlaceNames of(List<Map<String, List<String>>> entries) {
    return new PlaceNames(NamePairs.of(entries));
  }

  /**
   * The forms of a word of a place's or language's name in the other languages, by language code ("Kyrgyzstan",
   * "en": es Kirguistán, de Kirgisistan, nl Kirgizië); empty for any other word.
   */
  Map<String, Set<String>> of(String word, String language) {
    return forms.getOrDefault(language + ":" + LanguageDetector.fold(word), Map.of());
  }

  /** {@code dictionaries}, with these names as its {@link Translations#placeNames}. */
  Translations beside(Translations dictionaries) {
    return new ForwardingTranslations(dictionaries) {
      @Override
      public Map<String, Set<String>> placeNames(String word, String language) {
        return of(word, language);
      }
    };
  }

  /** How many words of names it knows, in every language: a log line's figure. */
  int size() {
    return forms.size();
  }

  /** "language:folded word" to its forms in every other language (a kept file's lines). */
  Map<String, Map<String, Set<String>>> forms() {
    return forms;
  }
}
