package briefbot.retrieval;

import briefbot.corpus.LanguageDetector;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What the dictionaries say of a question's word beyond its translations: whether they list it as a common word or
 * as an entry of its own, which tells a German noun from a name.
 */
final class DictionaryEntries {

  private final Translations translations;

  DictionaryEntries(Translations translations) {
    this.translations = translations;
  }

  /**
   * Whether the dictionary translates a German word into English as something other than itself: a common noun
   * ("Innenräumen": interiors) rather than a name it lists under its own spelling ("Berlin", "Mercedes").
   */
  boolean listedNoun(String word) {
    return Translations.translatedAsAnother(word, translations.weighted(word, "de", "en").keySet());
  }

  /**
   * Whether the dictionary has a German word as an entry of its own ("König": king, "Hurrikan": hurricane), not one
   * whose English translations are made from it: "George" is there as a noun, "Georgian", and stays the name.
   */
  boolean entryOfItsOwn(String word) {
    if (!translations.headword(word, "de")) {
      return false;
    }
    String stem = LanguageDetector.fold(word).replaceFirst("e$", "");
    return translations.weighted(word, "de", "en").keySet().stream()
        .noneMatch(t -> LanguageDetector.fold(t).startsWith(stem));
  }

  /** {@link Concepts.Entry} of a word of a language. */
  Concepts.Entry entry(String word, String language) {
    String folded = LanguageDetector.fold(word);
    boolean common = false;
    Set<String> renderings = new HashSet<>();
    for (Map<String, Double> found : translations.weighted(word, language).values()) {
      common |= found.keySet().stream().anyMatch(t -> !LanguageDetector.fold(t).equals(folded));
      renderings.addAll(found.keySet());
    }
    return new Concepts.Entry(common, renderings);
  }
}
