package briefbot.answer;

import static briefbot.answer.Names.TITLES;

import briefbot.answer.Names.Token;
import briefbot.corpus.LanguageDetector;
import briefbot.retrieval.Translations;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a capitalised word of a check's texts is a noun rather than a name, by what the glossary translates it as
 * and what the texts write in lower case: a noun is no part of a name ("Nachfolger Paul", "Labour-voorzitter").
 */
final class Nouns {

  private final Glossary glossary;
  /** The words the check's texts write in lower case (the vocabulary's, filled before the first question here). */
  private final Set<String> lowercase;

  Nouns(Glossary glossary, Set<String> lowercase) {
    this.glossary = glossary;
    this.lowercase = lowercase;
  }

  /**
   * Whether the dictionary translates a German word into English as something other than itself: a common noun
   * ("Arbeitsplätze": jobs), not a name it lists under its own spelling ("Berlin").
   */
  private boolean listedNoun(String word) {
    return listedWord(word, "de");
  }

  /** Whether the dictionary translates a word of {@code language} into English as something other than itself. */
  boolean listedWord(String word, String language) {
    return Translations.translatedAsAnother(word, translations(word, language, "en"));
  }

  /**
   * Whether a capitalised word of a German sentence is a noun rather than a name: one the dictionary translates as
   * another word ({@link #listedNoun}), one German writes as English does ("Dollar", "Hotel": the dictionary translates
   * it as itself and English dictionaries as another word), or a compound whose head the texts write in English
   * ("Salicylsäure" where the paragraph says "acid").
   */
  boolean germanNoun(String word) {
    return listedNoun(word) || writtenAsEnglish(word) || compoundOfNoun(word);
  }

  private boolean writtenAsEnglish(String word) {
    String folded = LanguageDetector.fold(word);
    return translations(word, "de", "en").contains(folded) && glossary.knows(folded, "en");
  }

  /**
   * Whether a capitalised word is a noun that breaks a run of name parts: any German noun, and a Dutch word whose
   * hyphenated head is a title or a listed word in lower case ("Labour-voorzitter").
   */
  boolean noun(Token t, String language) {
    return "de".equals(language) ? germanNoun(t.text()) : "nl".equals(language) && dutchNounHead(t.text());
  }

  /** Whether a hyphenated Dutch word ends in a title or listed word written in lower case ("Tory-leider"). */
  boolean dutchNounHead(String word) {
    int hyphen = word.lastIndexOf('-');
    String head = word.substring(hyphen + 1);
    return hyphen > 0 && head.length() >= 2 && Character.isLowerCase(head.charAt(0))
        && (TITLES.contains(LanguageDetector.fold(head)) || listedWord(head, "nl"));
  }

  /** The head of a compound is at least this long: shorter ones end too many names ("Hamburg", "Zimmermann"). */
  private static final int COMPOUND_HEAD = 5;
  private static final int COMPOUND_MODIFIER = 3;

  private boolean compoundOfNoun(String word) {
    for (int i = COMPOUND_MODIFIER; i <= word.length() - COMPOUND_HEAD; i++) {
      String head = word.substring(i, i + 1).toUpperCase(Locale.ROOT) + word.substring(i + 1);
      if (translations(head, "de", "en").stream().anyMatch(lowercase::contains)) {
        return true;
      }
    }
    return false;
  }

  /** A word's translations into {@code to} through the glossary (else through its lemmas'), folded. */
  Set<String> translations(String word, String from, String to) {
    Set<String> out = new HashSet<>();
    Words.translations(word, from, to, glossary).forEach(w -> out.add(LanguageDetector.fold(w)));
    return out;
  }
}
