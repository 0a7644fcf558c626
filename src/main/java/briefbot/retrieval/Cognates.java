package briefbot.retrieval;

import briefbot.corpus.LanguageDetector;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Spellings a word no dictionary lists may have in another language: learned words are cognates that differ by a
 * suffix and a letter or two (Spanish "neuropatía", "investigación", "posibilidad", German "Neuropathie" are English
 * "neuropathy", "investigation", "possibility"). Only candidates: the caller keeps those the index holds.
 */
final class Cognates {

  /** Suffix rewrites by language pair, longest first: {from ending, to ending}. */
  private static final Map<String, List<String[]>> SUFFIXES = Map.of(
      "es>en", pairs("cciones", "ctions", "nciones", "nctions", "ccion", "ction", "ncion", "nction", "ciones",
          "tions", "cion", "tion", "siones", "sions", "dades", "ties", "dad", "ty", "icos", "ics", "icas", "ics",
          "ico", "ic", "ica", "ic", "osos", "ous", "osas", "ous", "oso", "ous", "osa", "ous",
          "mente", "ly", "ismo", "ism", "istas", "ists", "ista", "ist", "encia", "ence", "ancia", "ance", "ivos",
          "ives", "ivas", "ives", "ivo", "ive", "iva", "ive", "ia", "y", "ales", "als", "al", "al", "ente", "ent",
          "ante", "ant", "ar", "ate", "os", "s", "as", "s", "o", "", "a", "", "e", ""),
      "de>en", pairs("ionen", "ions", "ion", "ion", "itaten", "ities", "itat", "ity", "ien", "ies", "ie", "y",
          "ischen", "ic", "ische", "ic", "isch", "ic", "ismus", "ism", "isten", "ists", "ist", "ist", "iker", "ician",
          "ik", "ics", "ieren", "ate", "iert", "ated", "enz", "ence", "anz", "ance", "iv", "ive", "al", "al", "en", "",
          "e", ""),
      "en>es", pairs("ctions", "cciones", "nctions", "nciones", "ction", "ccion", "nction", "ncion", "tions",
          "ciones", "tion", "cion", "ties", "dades", "ty", "dad", "ics", "icos", "ic", "ico",
          "ical", "ico", "ous", "oso", "ly", "mente", "ism", "ismo", "ists", "istas", "ist", "ista", "ence", "encia",
          "ance", "ancia", "ive", "ivo", "y", "ia", "ate", "ar"),
      "en>de", pairs("tions", "tionen", "tion", "tion", "ities", "itaten", "ity", "itat", "ies", "ien", "y", "ie",
          "ical", "isch", "ic", "isch", "ics", "ik", "ism", "ismus", "ists", "isten", "ist", "ist", "ence", "enz",
          "ance", "anz", "ive", "iv", "ate", "ieren"));
  /** Letters that are spelled differently in learned words: each candidate tries one of these. */
  private static final Map<String, List<String[]>> LETTERS = Map.of(
      "en", pairs("t", "th", "i", "y", "f", "ph", "qu", "ch", "k", "c", "z", "c", "s", "z", "c", "ch"),
      "es", pairs("th", "t", "y", "i", "ph", "f", "ch", "qu", "k", "c", "mm", "m", "ss", "s", "ll", "l", "tt", "t",
          "pp", "p", "ff", "f"),
      "de", pairs("c", "k", "c", "z", "ti", "zi", "ph", "f"));
  private static final String DOUBLING = "bcdfglmnprst";
  /**
   * Spanish verb endings, longest first, with the infinitive's class (-ar, or -er/-ir) and the English form they map
   * to (past, -ing, or the plain verb).
   */
  private static final List<String[]> VERB_ENDINGS = List.of(
      new String[] {"ándose", "ar", "ing"}, new String[] {"iéndose", "er", "ing"}, new String[] {"aron", "ar", "past"},
      new String[] {"ieron", "er", "past"}, new String[] {"yeron", "er", "past"}, new String[] {"ados", "ar", "past"},
      new String[] {"adas", "ar", "past"}, new String[] {"idos", "er", "past"}, new String[] {"idas", "er", "past"},
      new String[] {"aban", "ar", "past"}, new String[] {"ando", "ar", "ing"}, new String[] {"iendo", "er", "ing"},
      new String[] {"yendo", "er", "ing"}, new String[] {"arse", "ar", "verb"}, new String[] {"erse", "er", "verb"},
      new String[] {"irse", "er", "verb"}, new String[] {"ado", "ar", "past"}, new String[] {"ada", "ar", "past"},
      new String[] {"ido", "er", "past"}, new String[] {"ida", "er", "past"}, new String[] {"aba", "ar", "past"},
      new String[] {"ían", "er", "past"}, new String[] {"ió", "er", "past"}, new String[] {"yó", "er", "past"},
      new String[] {"ó", "ar", "past"}, new String[] {"an", "ar", "verb"}, new String[] {"en", "er", "verb"},
      new String[] {"ar", "ar", "verb"}, new String[] {"er", "er", "verb"}, new String[] {"ir", "er", "verb"});
  private static final String ADVERB = "mente";
  private static final int MIN_ROOT = 4;
  /** Past this many a word's candidates stop: enough for a suffix and one letter each. */
  private static final int MAX = 48;

  private Cognates() {}

  /** Candidate spellings in {@code to} of a word of {@code from}, the word itself left out; none for other pairs. */
  static Set<String> of(String word, String from, String to) {
    List<String[]> suffixes = SUFFIXES.get(from + ">" + to);
    Set<String> out = new LinkedHashSet<>();
    String folded = LanguageDetector.fold(word).toLowerCase(Locale.ROOT);
    if (suffixes == null || folded.length() < 6 || !folded.chars().allMatch(Character::isLetter)) {
      return out;
    }
    Set<String> stems = new LinkedHashSet<>();
    for (String[] s : suffixes) {
      if (folded.endsWith(s[0]) && folded.length() - s[0].length() >= 4) {
        stems.add(folded.substring(0, folded.length() - s[0].length()) + s[1]);
        if (stems.size() >= 2) {
          break;
        }
      }
    }
    if (from.equals("es") && to.equals("en")) {
      stems.addAll(spanishVerb(word.toLowerCase(Locale.ROOT)));
      stems.addAll(spanishAdverb(folded));
    }
    for (String stem : stems) { // only a learned ending makes a cognate likely: "Hamburg" gets none
      out.add(stem);
      letters(stem, to, out);
    }
    out.remove(folded);
    return out.stream().limit(MAX).collect(Collectors.toCollection(LinkedHashSet::new));
  }

  /**
   * English cognates of a Spanish verb form no dictionary lists: its root with the English verb ending the
   * infinitive's class takes ("crear", "utilizar", "clasificar", "incluir" as "create", "utilize", "classify",
   * "include"; "formar", "convertir" as "form", "convert"), in the form's tense ("utilizado", "expandió" as "utilized",
   * "expanded"; "incluyendo" as "including"), and for a verb made from a noun, the noun ("relacionada": relation).
   */
  static List<String> spanishVerb(String word) {
    for (String[] e : VERB_ENDINGS) {
      String root = LanguageDetector.fold(word.substring(0, Math.max(0, word.length() - e[0].length())));
      if (!word.endsWith(e[0]) || root.length() < MIN_ROOT - 1) {
        continue;
      }
      List<String> bases = new ArrayList<>();
      if (root.length() < MIN_ROOT) { // a short root only with a learned ending: "crear", "creado" (create)
        bases.addAll(e[1].equals("ar") ? List.of(root + "ate") : List.of());
      } else if (e[1].equals("ar")) {
        if (root.endsWith("iz")) {
          bases.add(root + "e");
        } else if (root.endsWith("ific")) {
          bases.add(root.substring(0, root.length() - 3) + "y");
        }
        bases.addAll(List.of(root + "ate", root + "e", root));
      } else {
        if (root.endsWith("u")) {
          bases.addAll(List.of(root + "de", root + "te"));
        }
        bases.addAll(List.of(root, root + "e"));
      }
      List<String> out = new ArrayList<>();
      for (String base : bases) {
        switch (e[2]) {
          case "past" -> out.add(base.endsWith("y") ? base.substring(0, base.length() - 1) + "ied"
              : base + (base.endsWith("e") ? "d" : "ed"));
          case "ing" -> out.add((base.endsWith("e") ? base.substring(0, base.length() - 1) : base) + "ing");
          default -> { }
        }
      }
      out.addAll(bases);
      for (String[] s : SUFFIXES.get("es>en")) { // relacion(ar) -> relation
        if (root.endsWith(s[0]) && s[0].length() >= 3) {
          out.add(root.substring(0, root.length() - s[0].length()) + s[1]);
          break;
        }
      }
      return out;
    }
    return List.of();
  }

  /**
   * English cognates of a Spanish adverb in -mente no dictionary lists: its adjective's cognate with -ly
   * ("rápidamente", "respectivamente", "posiblemente" as "rapidly", "respectively", "possibly"), then the adjective.
   */
  static List<String> spanishAdverb(String folded) {
    if (!folded.endsWith(ADVERB) || folded.length() - ADVERB.length() < MIN_ROOT) {
      return List.of();
    }
    String adjective = folded.substring(0, folded.length() - ADVERB.length());
    Set<String> adjectives = new LinkedHashSet<>();
    if (adjective.endsWith("a")) {
      adjectives.add(adjective.substring(0, adjective.length() - 1));
    }
    adjectives.add(adjective);
    adjectives.addAll(of(adjective, "es", "en"));
    List<String> out = new ArrayList<>();
    for (String a : adjectives) {
      out.add(a.endsWith("ble") ? a.substring(0, a.length() - 1) + "y" : a.endsWith("ic") ? a + "ally" : a + "ly");
    }
    out.addAll(adjectives);
    return out;
  }

  /** The stem with one letter group respelled, or one consonant doubled (English "possibility", "additional"). */
  private static void letters(String stem, String to, Set<String> out) {
    for (String[] l : LETTERS.getOrDefault(to, List.of())) {
      for (int i = stem.indexOf(l[0]); i >= 0; i = stem.indexOf(l[0], i + 1)) {
        out.add(stem.substring(0, i) + l[1] + stem.substring(i + l[0].length()));
      }
    }
    if (to.equals("en")) {
      for (int i = 1; i < stem.length() - 1; i++) {
        char c = stem.charAt(i);
        if (DOUBLING.indexOf(c) >= 0 && stem.charAt(i - 1) != c && stem.charAt(i + 1) != c) {
          out.add(stem.substring(0, i + 1) + c + stem.substring(i + 1));
        }
      }
    }
  }

  private static List<String[]> pairs(String... ends) {
    List<String[]> out = new ArrayList<>();
    for (int i = 0; i < ends.length; i += 2) {
      out.add(new String[] {ends[i], ends[i + 1]});
    }
    return out;
  }
}
