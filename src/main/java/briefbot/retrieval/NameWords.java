package briefbot.retrieval;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** Which words of a question name someone or something, by their spelling and their neighbours. */
final class NameWords {

  /** German capitalises every noun: after these words a capitalised word is a noun, not a name. */
  private static final Set<String> GERMAN_NOUN_MARKERS = Set.of("der", "die", "das", "den", "dem", "des", "ein",
      "eine", "einer", "eines", "einem", "einen", "kein", "keine", "keinen", "im", "am", "zum", "zur", "vom", "beim",
      "ins", "ans", "dieser", "diese", "dieses", "diesem", "diesen", "jeder", "jede", "jedes", "alle", "welche",
      "welcher", "welches", "welchem", "welchen", "viele", "wenige", "mehrere", "einige", "beiden", "beide", "sein",
      "seine", "seiner", "seinem", "seinen", "ihr", "ihre", "ihrer", "ihrem", "ihren", "unser", "unsere", "wie",
      "was", "wieviele");
  /** Endings of German common nouns ("Innenbezirken", "Regierung", "Kaltzeit" is caught by its article). */
  private static final Pattern GERMAN_NOUN_ENDING = Pattern.compile(
      "(?iu).*(ung|ungen|heit|heiten|keit|keiten|schaft|schaften|tion|tionen|tät|täten|nis|nisse|tum|tümer|chen|"
          + "lein|ismus|ik|ern|erin|erinnen|ler|ner|zeit|zeiten|bezirk|bezirken|gebiet|gebiete|land|länder|stadt|"
          + "städte|jahr|jahre|jahren)");

  /**
   * Temperature scales: units a figure is asked in ("in Celsius"), which articles write as a symbol ("14 °C"), not
   * someone or something a passage must name.
   */
  private static final Set<String> SCALES = Set.of("celsius", "fahrenheit", "kelvin");

  private NameWords() {}

  /**
   * Whether the word at {@code i} of a question's words names something, by its spelling and its neighbours; in
   * German also by {@code listedNoun}: a capitalised word the dictionary lists as a common noun is one
   * ("Berufszweig", "in Innenräumen", "Vesta Windkraftwerke"), whatever precedes it, unless a name follows.
   */
  static boolean isName(List<String> words, int i, String language, Predicate<String> listedNoun) {
    String word = words.get(i);
    if (SCALES.contains(word.toLowerCase(Locale.ROOT))) {
      return false;
    }
    boolean digits = word.chars().anyMatch(Character::isDigit);
    boolean allCaps = word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT)) && !digits;
    if (digits || allCaps) {
      return true;
    }
    if (!Character.isUpperCase(word.codePointAt(0)) || i == 0) {
      return false;
    }
    if (!language.equals("de")) {
      return true;
    }
    if (listedNoun.test(word)) {
      // unless a name follows: "Stone Cold Steve Austin", "König Georg" (a compound after a name is a noun: "Vesta
      // Windkraftwerke")
      return i + 1 < words.size() && Character.isUpperCase(words.get(i + 1).codePointAt(0))
          && isName(words, i + 1, language, listedNoun);
    }
    String before = words.get(i - 1).toLowerCase(Locale.ROOT);
    boolean nameBefore = i > 1 && Character.isUpperCase(words.get(i - 1).codePointAt(0)) && !isNoun(words, i - 1);
    return nameBefore || !(GERMAN_NOUN_MARKERS.contains(before) || adjectiveEnding(before)
        || GERMAN_NOUN_ENDING.matcher(word).matches());
  }

  /**
   * Whether the word at {@code i} of a German question is a common noun that names the kind of the name after it, not
   * a word of that name ("der Fluss Mono", "die Stadt Burgos", "König Sho Toku", "Hurrikan John"): a capitalised word
   * the dictionary lists as a common word that {@link #isName} reads as a name only because a name follows, either
   * after an article, a determiner or an inflected word, the cues that make an unlisted capitalised word a noun, or
   * opening the name as a word the dictionary has as an entry of its own ({@code german}'s headword), not joined to
   * the next by a hyphen ("West-Nimar", "Deutsch-Südwestafrika" are one name). Through its stems the dictionary also
   * lists first names it has no entry for ("Georg" through "georgisch", "Steve" through "Steven"): they stay words of
   * the name ("König Georg III.", "Stone Cold Steve Austin"). Asked only of a word {@link #isName} has read as a name.
   */
  static boolean kindOfName(List<String> words, int i, String language, GermanWords german) {
    if (!language.equals("de") || i < 1) {
      return false;
    }
    String word = words.get(i);
    if (!Character.isUpperCase(word.codePointAt(0)) || word.equals(word.toUpperCase(Locale.ROOT))
        || word.chars().anyMatch(Character::isDigit) || !german.listed().test(word)) {
      return false;
    }
    if (isNoun(words, i) || adjectiveEnding(words.get(i - 1))) {
      return true;
    }
    return !german.hyphenated().test(i) && opensName(words, i, german.listed()) && german.headword().test(word);
  }

  /**
   * What {@link #kindOfName} asks of a German question's words: whether the dictionary lists a word as common, has it
   * as an entry of its own, and whether the word at an index is joined to the next by a hyphen.
   */
  record GermanWords(Predicate<String> listed, Predicate<String> headword, IntPredicate hyphenated) {}

  /** No name stands right before the word at {@code i}: the question's first word, or one that is no name. */
  private static boolean opensName(List<String> words, int i, Predicate<String> listedNoun) {
    return i == 1 || !Character.isUpperCase(words.get(i - 1).codePointAt(0))
        || !isName(words, i - 1, "de", listedNoun);
  }

  private static boolean isNoun(List<String> words, int i) {
    return i > 0 && GERMAN_NOUN_MARKERS.contains(words.get(i - 1).toLowerCase(Locale.ROOT));
  }

  /** "letzte Kaltzeit", "großen Städten": an inflected adjective before a capitalised word makes it a noun. */
  private static boolean adjectiveEnding(String word) {
    return Character.isLowerCase(word.codePointAt(0)) && word.length() > 3
        && word.matches(".*(e|en|er|es|em)") && !Concepts.isStopWord(word);
  }
}
