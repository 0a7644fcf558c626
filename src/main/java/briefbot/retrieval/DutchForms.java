package briefbot.retrieval;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The forms a dictionary lists a Dutch word under when the word is inflected: a plural noun by its singular
 * ("huizen", "leden": huis, lid), a regular verb's present or past by its infinitive ("daalt", "kostte", "gedaald":
 * dalen, kosten), a superlative by its adjective ("grootste": groot). FreeDict's Dutch dictionaries list lemmas, Dutch
 * spelling doubles or halves a vowel and a consonant between them, and the stemmer makes none of these meet: until now
 * "daalt" had no translation and "leden" only "party, supporters".
 */
final class DutchForms {

  /** Plurals that change the vowel or add -eren: no ending rule undoes them. */
  private static final Map<String, String> PLURALS = Map.ofEntries(Map.entry("leden", "lid"),
      Map.entry("steden", "stad"), Map.entry("schepen", "schip"), Map.entry("smeden", "smid"),
      Map.entry("kinderen", "kind"), Map.entry("eieren", "ei"), Map.entry("bladeren", "blad"),
      Map.entry("liederen", "lied"), Map.entry("volkeren", "volk"), Map.entry("kalveren", "kalf"),
      Map.entry("lammeren", "lam"), Map.entry("runderen", "rund"), Map.entry("goederen", "goed"),
      Map.entry("beenderen", "been"), Map.entry("gelederen", "gelid"));
  /** The shortest root an ending is taken off to leave ("open" is no plural of "op"). */
  private static final int MIN_ROOT = 3;
  private static final String VOWELS = "aeiou";

  private DutchForms() {}

  /** The singular of a plural that changes its vowel or adds -eren ("leden": lid), null for any other word. */
  static String irregularPlural(String word) {
    return PLURALS.get(word);
  }

  /**
   * The lemmas a lower-case Dutch word may be a form of, likeliest first (the word itself excluded); none for a word
   * too short to be inflected.
   */
  static List<String> of(String word) {
    Set<String> out = new LinkedHashSet<>();
    String irregular = PLURALS.get(word);
    if (irregular != null) {
      out.add(irregular);
    }
    if (word.endsWith("ën") && word.length() > MIN_ROOT + 1) {
      out.add(word.substring(0, word.length() - 2) + "e"); // ideeën, knieën
    }
    if (word.endsWith("en")) {
      singulars(word.substring(0, word.length() - 2), out); // huizen, bedden, brieven, boeken
    }
    if (word.endsWith("'s") || word.endsWith("’s")) {
      out.add(word.substring(0, word.length() - 2)); // auto's
    } else if (word.endsWith("s") && !word.endsWith("ss") && word.length() > MIN_ROOT + 1) {
      out.add(word.substring(0, word.length() - 1)); // tickets, zetels
    }
    if (word.endsWith("t") || word.endsWith("d")) {
      infinitives(word, out); // kost, wordt
      infinitives(word.substring(0, word.length() - 1), out); // daalt, wint, gebeurt
      if (word.startsWith("ge") && word.length() > 2 + MIN_ROOT) {
        String stem = word.substring(2);
        infinitives(stem, out); // gekost
        infinitives(stem.substring(0, stem.length() - 1), out); // gedaald
      }
    }
    for (String past : List.of("te", "de", "ten", "den")) {
      if (word.endsWith(past)) {
        infinitives(word.substring(0, word.length() - past.length()), out); // kostte, daalde
      }
    }
    if (word.endsWith("ste") && word.length() - 3 >= MIN_ROOT) {
      out.add(word.substring(0, word.length() - 3)); // grootste, hoogste
    }
    return finish(word, out);
  }

  private static List<String> finish(String word, Set<String> out) {
    out.remove(word);
    out.removeIf(form -> form.length() < MIN_ROOT);
    return new ArrayList<>(out);
  }

  /** A noun's singular from its plural's root: "ban" (banen) baan, "bedd" bed, "huiz" huis, "briev" brief. */
  private static void singulars(String root, Set<String> out) {
    int n = root.length();
    if (n < MIN_ROOT - 1) {
      return;
    }
    char last = root.charAt(n - 1);
    if (n >= 2 && last == root.charAt(n - 2) && !isVowel(last)) {
      out.add(root.substring(0, n - 1));
      return;
    }
    String voiceless = last == 'z' ? root.substring(0, n - 1) + "s" : last == 'v' ? root.substring(0, n - 1) + "f"
        : root;
    if (openSyllable(root)) {
      out.add(voiceless.substring(0, n - 2) + root.charAt(n - 2) + voiceless.substring(n - 2));
    }
    out.add(voiceless);
  }

  /** A verb's infinitives from its stem: "daal" dalen, "win" winnen, "leef" leven, "reis" reizen, "kost" kosten. */
  private static void infinitives(String stem, Set<String> out) {
    int n = stem.length();
    if (n < MIN_ROOT) {
      return;
    }
    char last = stem.charAt(n - 1);
    if (isVowel(last)) {
      return;
    }
    String voiced = last == 'f' ? stem.substring(0, n - 1) + "v" : last == 's' ? stem.substring(0, n - 1) + "z"
        : stem;
    boolean doubled = n >= 3 && isVowel(stem.charAt(n - 2)) && stem.charAt(n - 2) == stem.charAt(n - 3)
        && (n == 3 || !isVowel(stem.charAt(n - 4)));
    if (doubled) {
      out.add(voiced.substring(0, n - 2) + voiced.substring(n - 1) + "en"); // daal: dalen, leef: leven
    } else if (n >= 2 && isVowel(stem.charAt(n - 2)) && (n == 2 || !isVowel(stem.charAt(n - 3)))) {
      out.add(stem + last + "en"); // win: winnen, zet: zetten
    }
    out.add(stem + "en"); // kost: kosten, werk: werken
    if (!voiced.equals(stem)) {
      out.add(voiced + "en"); // reis: reizen (a stem with two vowels before s or f)
    }
  }

  /**
   * Whether a plural's root ends in one vowel and one consonant, after a consonant: "ban" of banen, "jar" of jaren
   * (an "i" is never doubled: a long i is written "ie" or "ij").
   */
  private static boolean openSyllable(String root) {
    int n = root.length();
    return n >= 2 && !isVowel(root.charAt(n - 1)) && isVowel(root.charAt(n - 2)) && root.charAt(n - 2) != 'i'
        && (n == 2 || !isVowel(root.charAt(n - 3)));
  }

  private static boolean isVowel(char c) {
    return VOWELS.indexOf(c) >= 0;
  }
}
