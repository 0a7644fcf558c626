package briefbot.retrieval;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The forms a dictionary may list an English word under when it lists the word itself under none: a superlative or
 * comparative by its adjective ("largest", "longer": large, long), an irregular plural by its singular ("children",
 * "gentlemen"), a third person in -es by its verb ("goes"), an American spelling by the British one ("color",
 * "behavior", "center": colour, behaviour, centre) and the other way round, a verb with "re-" by the verb ("remarry").
 * FreeDict's and Apertium's English-Spanish dictionaries list lemmas, and the stemmer makes none of these.
 */
final class EnglishForms {

  /** Plurals no ending rule undoes. */
  private static final Map<String, String> PLURALS = Map.of("children", "child", "men", "man", "women", "woman",
      "feet", "foot", "teeth", "tooth", "mice", "mouse", "geese", "goose", "people", "person");
  /** American spellings and the British ones FreeDict's English-Spanish dictionary writes, by their ending. */
  private static final List<String[]> SPELLINGS = List.of(new String[] {"or", "our"}, new String[] {"ors", "ours"},
      new String[] {"ize", "ise"}, new String[] {"ized", "ised"}, new String[] {"izes", "ises"},
      new String[] {"ization", "isation"}, new String[] {"yze", "yse"}, new String[] {"er", "re"},
      new String[] {"ers", "res"}, new String[] {"ense", "ence"}, new String[] {"og", "ogue"});
  /** The shortest word an ending or prefix is taken off to leave ("best" is no superlative of "b"). */
  private static final int MIN_BASE = 3;

  private EnglishForms() {}

  /** The forms to look a lower-case English word up by, likeliest first; none for a word too short to have any. */
  static List<String> of(String word) {
    Set<String> out = new LinkedHashSet<>();
    String plural = PLURALS.get(word);
    if (plural != null) {
      out.add(plural);
    }
    if (word.endsWith("men") && word.length() > "men".length() + MIN_BASE) {
      out.add(word.substring(0, word.length() - 3) + "man"); // gentlemen, fishermen
    }
    degrees(word, "est", out);
    degrees(word, "er", out);
    if (word.endsWith("oes") && word.length() >= 4) {
      out.add(word.substring(0, word.length() - 2)); // goes, does
    }
    for (String[] pair : SPELLINGS) {
      respell(word, pair[0], pair[1], out);
      respell(word, pair[1], pair[0], out);
    }
    if (word.startsWith("re") && word.length() - 2 >= MIN_BASE + 1) {
      out.add(word.substring(2));
    }
    out.remove(word);
    return new ArrayList<>(out);
  }

  /**
   * The word and the verbs it may be a form of, by its regular ending: "received" (receive, receiv), "living" (live),
   * "planned" (plan), "studies" (study), "believes" (believe), "used" (use): what a dictionary labels as a verb or not.
   */
  static List<String> verbBases(String word) {
    Set<String> out = new LinkedHashSet<>();
    out.add(word);
    for (String ending : List.of("ing", "ed", "ies", "es", "s")) {
      if (!word.endsWith(ending)) {
        continue;
      }
      String base = word.substring(0, word.length() - ending.length());
      if (base.length() < MIN_BASE) {
        // a short verb's silent e: "used", "died", "aged", "using" (use, die, age); "red" and "bed" leave one
        // letter, "shed" no vowel, and "seed" and "need" are no forms of "see" and "nee"
        if (base.length() + 1 >= MIN_BASE && (ending.equals("ed") || ending.equals("ing")) && hasVowel(base)
            && !base.endsWith("e")) {
          out.add(base + "e");
        }
        continue;
      }
      int n = base.length();
      if (ending.equals("ies")) {
        out.add(base + "y");
      } else if (ending.equals("ed") || ending.equals("ing")) {
        out.add(base + "e");
        out.add(base);
        if (base.charAt(n - 1) == base.charAt(n - 2)) {
          out.add(base.substring(0, n - 1));
        }
        if (ending.equals("ed") && base.endsWith("i")) {
          out.add(base.substring(0, n - 1) + "y");
        }
      } else {
        out.add(base);
      }
    }
    return new ArrayList<>(out);
  }

  private static boolean hasVowel(String s) {
    return s.chars().anyMatch(c -> "aeiouy".indexOf(c) >= 0);
  }

  /** "largest" -> large, "longest" -> long, "biggest" -> big, "earliest" -> early (the same for -er). */
  private static void degrees(String word, String ending, Set<String> out) {
    if (!word.endsWith(ending) || word.length() - ending.length() < MIN_BASE) {
      return;
    }
    String base = word.substring(0, word.length() - ending.length());
    out.add(base);
    out.add(base + "e");
    int n = base.length();
    if (base.charAt(n - 1) == base.charAt(n - 2)) {
      out.add(base.substring(0, n - 1));
    }
    if (base.endsWith("i")) {
      out.add(base.substring(0, n - 1) + "y");
    }
  }

  private static void respell(String word, String from, String to, Set<String> out) {
    if (word.endsWith(from) && word.length() - from.length() >= MIN_BASE) {
      out.add(word.substring(0, word.length() - from.length()) + to);
    }
  }
}
