package briefbot.index;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words of numbers in the five languages: units and tens, hundreds, scales, the articles that count as one only
 * before a scale, the words joining a number's parts, and the pieces a Dutch or German number word is glued from.
 */
final class NumberWords {

  static final Map<String, Integer> UNITS = new HashMap<>();
  static final Map<String, Integer> HUNDREDS = new HashMap<>();
  static final Map<String, Long> SCALES = new HashMap<>();
  /** "een", "ein", "un" and "one" are numbers only before a scale ("een miljoen"); alone they are articles. */
  static final Set<String> ARTICLES = Set.of("a", "an", "one", "een", "ein", "eine", "einer", "un", "une",
      "una", "uno");
  /** Words joining the parts of a written number: "hundred and five", "treinta y dos", "vingt et un". */
  static final Set<String> JOINS = Set.of("and", "y", "et", "und", "en");
  /** Pieces a Dutch or German number word is glued from ("vier|en|twintig", "zehn|tausend"). */
  private static final Map<Character, List<String>> PIECES = new HashMap<>();

  static {
    units("en", "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
        + "sixteen seventeen eighteen nineteen", "twenty thirty forty fifty sixty seventy eighty ninety");
    units("nl", "nul een twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien vijftien zestien "
        + "zeventien achttien negentien", "twintig dertig veertig vijftig zestig zeventig tachtig negentig");
    units("de", "null eins zwei drei vier funf sechs sieben acht neun zehn elf zwolf dreizehn vierzehn funfzehn "
        + "sechzehn siebzehn achtzehn neunzehn", "zwanzig dreissig vierzig funfzig sechzig siebzig achtzig neunzig");
    units("fr", "zero un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize",
        "vingt trente quarante cinquante soixante");
    units("es", "cero uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince dieciseis "
        + "diecisiete dieciocho diecinueve veinte veintiuno veintidos veintitres veinticuatro veinticinco veintiseis "
        + "veintisiete veintiocho veintinueve", "veinte treinta cuarenta cincuenta sesenta setenta ochenta noventa");
    UNITS.put("ein", 1);
    UNITS.put("eine", 1);
    UNITS.put("una", 1);
    UNITS.remove("sept"); // "Sept." is September far more often in news than the French seven
    for (String w : List.of("hundred", "honderd", "hundert", "cien", "ciento")) { // not "cent": "per cent"
      HUNDREDS.put(w, 1);
    }
    String[] spanish = {"doscientos", "trescientos", "cuatrocientos", "quinientos", "seiscientos", "setecientos",
        "ochocientos", "novecientos"};
    for (int i = 0; i < spanish.length; i++) {
      HUNDREDS.put(spanish[i], i + 2);
      HUNDREDS.put(spanish[i].replace("os", "as"), i + 2);
    }
    scales(1_000L, "thousand", "thousands", "duizend", "tausend", "mille", "mil");
    scales(1_000_000L, "million", "millions", "miljoen", "miljoenen", "millionen", "millon", "millones", "mln");
    scales(1_000_000_000L, "billion", "billions", "miljard", "miljarden", "milliarde", "milliarden", "milliard",
        "milliards", "mrd", "bn");
    List<String> pieces = new ArrayList<>(UNITS.keySet());
    pieces.addAll(HUNDREDS.keySet());
    pieces.addAll(SCALES.keySet());
    pieces.addAll(List.of("en", "und"));
    pieces.sort((a, b) -> b.length() - a.length()); // longest first: "achttien" before "acht"
    pieces.forEach(p -> PIECES.computeIfAbsent(p.charAt(0), c -> new ArrayList<>()).add(p));
  }

  private NumberWords() {}

  private static void units(String language, String ones, String tens) {
    String[] o = ones.split(" ");
    for (int i = 0; i < o.length; i++) {
      UNITS.putIfAbsent(o[i], i);
    }
    String[] t = tens.split(" ");
    for (int i = 0; i < t.length; i++) {
      UNITS.putIfAbsent(t[i], 20 + 10 * i);
    }
  }

  private static void scales(long value, String... words) {
    for (String w : words) {
      SCALES.put(w, value);
    }
  }

  /**
   * Whether {@link #glued} finds a number in this word, without collecting the pieces (every word of an indexed
   * paragraph is asked, and the list made for each was a tenth of the neutral field's analysis).
   */
  static boolean glues(String word) {
    return split(word, null) >= 2;
  }

  /** A Dutch or German number glued into one word ("vierentwintig", "zehntausend"), as its pieces, or null. */
  static List<String> glued(String word) {
    List<String> pieces = new ArrayList<>();
    return split(word, pieces) >= 2 ? pieces : null; // "achten" (to respect) is not "acht" and "en"
  }

  /**
   * Splits a word greedily into number pieces, adding them to {@code pieces} when it is not null: how many of them
   * are numbers (not "en"/"und"), or -1 when some part of the word is no piece.
   */
  private static int split(String word, List<String> pieces) {
    if (word.isEmpty() || !PIECES.containsKey(word.charAt(0))) {
      return -1;
    }
    int numbers = 0;
    int i = 0;
    outer:
    while (i < word.length()) {
      for (String piece : PIECES.getOrDefault(word.charAt(i), List.of())) {
        if (word.startsWith(piece, i)) {
          if (pieces != null) {
            pieces.add(piece);
          }
          numbers += piece.equals("en") || piece.equals("und") ? 0 : 1;
          i += piece.length();
          continue outer;
        }
      }
      return -1;
    }
    return numbers;
  }
}
