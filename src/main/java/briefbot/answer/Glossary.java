package briefbot.answer;

import java.util.Set;

/**
 * What the claim check knows of words across languages: the words of a language that translate (or mean the same
 * as) a word, and whether a word is an ordinary word rather than a name.
 */
public interface Glossary {

  /**
   * The words of language {@code to} that translate {@code word}, a word of language {@code from} (its synonyms when
   * the two are the same); empty when unknown.
   */
  Set<String> translations(String word, String from, String to);

  /** Whether {@code word} is an ordinary word of {@code language} (so a capital letter does not make it a name). */
  boolean knows(String word, String language);

  /** This glossary with its answers remembered, for one check that asks about the same words many times. */
  default Glossary remembering() {
    Glossary inner = this;
    java.util.Map<String, Set<String>> translations = new java.util.HashMap<>();
    java.util.Map<String, Boolean> known = new java.util.HashMap<>();
    return new Glossary() {
      @Override
      public Set<String> translations(String word, String from, String to) {
        return translations.computeIfAbsent(from + ">" + to + ":" + word, k -> inner.translations(word, from, to));
      }

      @Override
      public boolean knows(String word, String language) {
        return known.computeIfAbsent(language + ":" + word, k -> inner.knows(word, language));
      }
    };
  }

  /** No dictionary: only identical words, stems, cognates and names match across languages. */
  Glossary NONE = new Glossary() {
    @Override
    public Set<String> translations(String word, String from, String to) {
      return Set.of();
    }

    @Override
    public boolean knows(String word, String language) {
      return false;
    }
  };
}
