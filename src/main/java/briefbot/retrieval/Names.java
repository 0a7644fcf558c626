package briefbot.retrieval;

import briefbot.corpus.LanguageDetector;
import briefbot.text.EditDistance;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Which words of a question name someone or something, and whether a text names them too when spelled a little
 * differently ("Isjiba" for "Ishiba", "Maastrich", "Ghandi").
 */
final class Names {

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

  private Names() {}

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

  /** Words an abbreviation's letters skip inside the name it shortens ("United States of America": USA). */
  private static final Set<String> INSIDE_A_NAME = Set.of("of", "the", "and", "for", "de", "la", "del", "von", "van");
  private static final Pattern TEXT_WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  /** {@link #key}'s, compiled once: it runs for every token a respelling is looked for in. */
  private static final Pattern H_AFTER_CONSONANT = Pattern.compile("([^aeiouy])h");
  private static final Pattern DOUBLED = Pattern.compile("(.)\\1+");

  /**
   * The words of the name {@code word} abbreviates, as one of {@code texts} writes it in full: an abbreviation of two to
   * five capitals ("NYC", "NHL") whose letters are the first letters of capitalised words in a row there ("New York
   * City", "National Hockey League"; "of", "the", "and" inside are skipped), or the two words a longer word glues
   * together ({@link #glued}: "Superbowl"); empty when no text writes it so.
   */
  static List<String> expansion(String word, Collection<String> texts) {
    if (word.length() < 2 || word.length() > 5 || !word.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
      return glued(word, texts);
    }
    for (String text : texts) {
      List<String> words = TEXT_WORD.matcher(text).results().map(m -> m.group()).toList();
      for (int start = 0; start < words.size(); start++) {
        List<String> name = new ArrayList<>();
        int letter = 0;
        for (int i = start; i < words.size() && letter < word.length(); i++) {
          String w = words.get(i);
          if (!name.isEmpty() && INSIDE_A_NAME.contains(w)) {
            continue;
          }
          if (!Character.isUpperCase(w.charAt(0)) || w.charAt(0) != word.charAt(letter) || w.equals(word)) {
            break;
          }
          name.add(w);
          letter++;
        }
        if (letter == word.length()) {
          return name;
        }
      }
    }
    return List.of();
  }

  /**
   * The two words a text writes apart that {@code word} (six letters or more) glues together ("Superbowl": "Super
   * Bowl", each of three letters or more), or for a name of eight letters or more the run {@link #joined} finds; empty
   * when no text does.
   */
  static List<String> glued(String word, Collection<String> texts) {
    if (word.length() < 6) {
      return List.of();
    }
    for (String text : texts) {
      List<String> words = TEXT_WORD.matcher(text).results().map(m -> m.group()).toList();
      for (int i = 0; i + 1 < words.size(); i++) {
        String a = words.get(i);
        String b = words.get(i + 1);
        if (a.length() >= 3 && b.length() >= 3 && a.length() + b.length() == word.length()
            && (a + b).equalsIgnoreCase(word)) {
          return List.of(a, b);
        }
      }
    }
    return word.length() >= JOINED_NAME ? joined(word, texts) : List.of();
  }

  /** The fewest letters of a name {@link #joined} compares with a run of words. */
  private static final int JOINED_NAME = 8;

  /**
   * The two or three words in a row, the first capitalised, that {@code word} writes as one with a letter off in the
   * spelling {@link #key} compares ("Abdulaziz": "Abd al-Aziz"), a transliteration that joins a name's particles;
   * empty when no text writes it so.
   */
  private static List<String> joined(String word, Collection<String> texts) {
    String key = key(word);
    for (String text : texts) {
      List<String> words = TEXT_WORD.matcher(text).results().map(m -> m.group()).toList();
      for (int i = 0; i < words.size(); i++) {
        if (!Character.isUpperCase(words.get(i).codePointAt(0))) {
          continue;
        }
        StringBuilder run = new StringBuilder(words.get(i));
        for (int n = 2; n <= 3 && i + n <= words.size(); n++) {
          run.append(words.get(i + n - 1));
          if (Math.abs(run.length() - word.length()) > 2) {
            continue; // too far apart for one letter off, whatever the key folds
          }
          String other = key(run.toString());
          if (other.charAt(0) == key.charAt(0) && EditDistance.atMost(key, other, 1) <= 1) {
            return words.subList(i, i + n);
          }
        }
      }
    }
    return List.of();
  }

  /**
   * A spelling that compares names across transliterations: folded, "sj"/"sch" as "sh", an "h" after a consonant
   * dropped ("Ghandi", "Gandhi"), doubled letters single.
   */
  static String key(String word) {
    String k = LanguageDetector.fold(word).replace("tsj", "ch").replace("sch", "sh").replace("sj", "sh")
        .replace("dzj", "j").replace("ph", "f").replace("oe", "u").replace("ij", "y");
    return DOUBLED.matcher(H_AFTER_CONSONANT.matcher(k).replaceAll("$1")).replaceAll("$1");
  }

  /**
   * The word of {@code tokens} (a text's words) that is {@code word} spelled a little differently: same first letter,
   * one edit from five letters, two from eight; null when there is none. Shorter words are left alone ("Pope" is not
   * "hope").
   */
  static String respelling(String word, Collection<String> tokens) {
    String key = key(word);
    if (key.length() < 5) {
      return null;
    }
    int allowed = key.length() >= 8 ? 2 : 1;
    for (String token : tokens) {
      if (token.length() < 4 || Math.abs(token.length() - word.length()) > allowed + 1) {
        continue;
      }
      String other = key(token);
      if (other.charAt(0) == key.charAt(0) && EditDistance.atMost(key, other, allowed) <= allowed) {
        return token;
      }
    }
    return null;
  }

  /**
   * The word of {@code tokens} that is {@code word} with another ending ("Sowjets": "sowjetischen", "Assyria":
   * "Assyrien", "Macedon": "Macedonia"): the shorter of the two, less its last letter, starts the other, that shared
   * start has five letters or more ("Austria" is not "Australien"), and when the passage's word is the shorter, the
   * name goes at most two letters past it ("Sowjets": "Sowjet", not "Anandibai": "Anandis"); else {@link #respelling};
   * null when neither.
   */
  static String otherEnding(String word, Collection<String> tokens) {
    String key = key(word);
    if (key.length() >= STEM + 1) {
      for (String token : tokens) {
        String other = key(token);
        String shorter = other.length() < key.length() ? other : key;
        String longer = shorter == other ? key : other;
        int stem = shorter.length() - 1;
        // the passage may write more than the name ("sowjet-ischen"), but not less than all but an ending of it:
        // "Anandis" says less than "Anandibai"
        if (stem >= STEM && longer.startsWith(shorter.substring(0, stem))
            && (shorter == key || key.length() - stem <= ENDING)) {
          return token;
        }
      }
    }
    return respelling(word, tokens);
  }

  /**
   * The code a plural writes with an "s" after it ("WLANs": WLAN, "5Bs": 5B, "MMORPGs": MMORPG): two or more capitals
   * and digits, a capital among them; null for any other word. A plural names a kind of thing, not one thing.
   */
  static String singularCode(String word) {
    if (word.length() < 3 || word.charAt(word.length() - 1) != 's') {
      return null;
    }
    String code = word.substring(0, word.length() - 1);
    boolean capital = code.chars().anyMatch(c -> c >= 'A' && c <= 'Z');
    return capital && code.chars().allMatch(c -> (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) ? code : null;
  }

  /**
   * The capitalised word of {@code tokens} that is a short name of three or four letters with two neighbouring
   * letters swapped ("Ria": Rai, "JWTC": JTWC), the typo {@link #respelling} leaves to longer words; null when none is.
   * Same length, same first letter: a short word differs from too many others by any other edit.
   */
  static String swapped(String word, Collection<String> tokens) {
    if (word.length() < 3 || word.length() > 4 || !word.chars().allMatch(Character::isLetter)) {
      return null;
    }
    String w = word.toLowerCase(Locale.ROOT);
    for (String token : tokens) {
      String t = token.toLowerCase(Locale.ROOT);
      if (t.length() != w.length() || t.charAt(0) != w.charAt(0) || t.equals(w)
          || !Character.isUpperCase(token.codePointAt(0))) {
        continue;
      }
      int first = 0;
      while (t.charAt(first) == w.charAt(first)) {
        first++;
      }
      if (first + 1 < w.length() && t.charAt(first) == w.charAt(first + 1) && t.charAt(first + 1) == w.charAt(first)
          && t.substring(first + 2).equals(w.substring(first + 2))) {
        return token;
      }
    }
    return null;
  }

  /** The fewest letters two words of {@link #otherEnding} share at their start. */
  private static final int STEM = 5;
  /** The most letters of a name's spelling {@link #otherEnding} leaves past a shorter passage word's stem. */
  private static final int ENDING = 2;
}
