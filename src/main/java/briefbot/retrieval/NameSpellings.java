package briefbot.retrieval;

import briefbot.corpus.LanguageDetector;
import briefbot.text.EditDistance;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a text names a question's name spelled otherwise: a letter or two off ("Isjiba" for "Ishiba", "Maastrich",
 * "Ghandi"), with another ending, two letters swapped, an abbreviation written in full, a name glued together.
 */
final class NameSpellings {

  private NameSpellings() {}

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
