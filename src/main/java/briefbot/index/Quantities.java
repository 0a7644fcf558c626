package briefbot.index;

import briefbot.corpus.LanguageDetector;
import briefbot.text.DateNames;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers as the five languages write them, to one canonical form: "10,000", "10.000", "10 000", "ten thousand",
 * "tienduizend", "zehntausend" and "diez mil" are all 10000; "1,5 miljard" is 1500000000. Months become one token
 * in any language ("Nov." and "november" are {@code @m11}). Works on the neutral field's tokens (lower-cased,
 * accents folded), so a question and a paragraph in different languages meet on the same terms.
 */
final class Quantities {

  /** A number or month found over tokens {@code first..last} (inclusive), and its canonical term. */
  record Found(int first, int last, String term) {}

  private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(?:([.,])\\d{3})(?:\\1\\d{3})*");
  private static final Pattern DECIMAL = Pattern.compile("(\\d+)[.,](\\d+)");
  private static final Pattern ORDINAL = Pattern.compile("(\\d+)(?:st|nd|rd|th|e|de|ste|er|eme|o|a)");
  private static final Pattern SUFFIXED = Pattern.compile("(\\d+(?:[.,]\\d+)?)(k|m|mln|bn|mrd)");
  private static final Pattern THREE_DIGITS = Pattern.compile("\\d{3}");
  private static final Pattern SHORT_NUMBER = Pattern.compile("\\d{1,3}");

  private static final Map<String, Integer> UNITS = new HashMap<>();
  private static final Map<String, Integer> HUNDREDS = new HashMap<>();
  private static final Map<String, Long> SCALES = new HashMap<>();
  /** "een", "ein", "un" and "one" are numbers only before a scale ("een miljoen"); alone they are articles. */
  private static final Set<String> ARTICLES = Set.of("a", "an", "one", "een", "ein", "eine", "einer", "un", "une",
      "una", "uno");
  /** Words joining the parts of a written number: "hundred and five", "treinta y dos", "vingt et un". */
  private static final Set<String> JOINS = Set.of("and", "y", "et", "und", "en");
  /** Pieces a Dutch or German number word is glued from ("vier|en|twintig", "zehn|tausend"). */
  private static final Map<Character, List<String>> PIECES = new HashMap<>();
  private static final Map<String, String> MONTHS = new HashMap<>();
  /** A decade as one token: "1980s", "1980's", "1980er", "1980ern", "1980erjahre". */
  private static final Pattern DECADE = Pattern.compile("(1\\d\\d0|20[0-9]0)(?:s|'s|er|ern|erjahre|erjahren)");
  /** Words before a decade written as a number: "años 1980", "los años ochenta", "jaren tachtig", "années 80". */
  private static final Set<String> YEARS = Set.of("anos", "jaren", "annees");
  /** Words for a century, after its ordinal ("18th century", "18. Jahrhundert", "18e eeuw") or before it ("siglo XVIII"). */
  private static final Set<String> CENTURIES = Set.of("century", "centuries", "jahrhundert", "jahrhunderts",
      "jahrhunderte", "jahrhunderten", "eeuw", "eeuwen", "siecle", "siecles", "siglo", "siglos");
  private static final Pattern ROMAN = Pattern.compile("([xvi]+)(?:e|eme|er)?");
  /** Ordinals written as words, 1-21, beside a century word: "eighteenth", "achtzehnten", "decimoctavo". */
  private static final Map<String, Integer> ORDINAL_WORDS = new HashMap<>();
  /** German ordinals' endings: "achtzehnte", "achtzehnten", "achtzehnter", "achtzehntes", "achtzehntem". */
  private static final List<String> GERMAN_ORDINAL_ENDINGS = List.of("e", "en", "er", "es", "em");
  /** A decade as a plural of its tens: "the eighties", "die achtziger Jahre", "die Achtzigerjahre", "den Achtzigern". */
  private static final Map<String, Integer> DECADE_WORDS = new HashMap<>();
  /** German words after a decade's tens that make it one ("achtziger Jahre", "Achtzigerjahren"). */
  private static final Set<String> GERMAN_YEARS = Set.of("jahre", "jahren");

  /**
   * The words {@link #startsNumber} and {@link #candidate} accept, one set each instead of the four and eight they
   * are the union of: every token of every indexed paragraph is asked.
   */
  private static final Set<String> STARTS = new HashSet<>();
  private static final Set<String> CANDIDATES = new HashSet<>();

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
    ordinals("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
        + "fifteenth sixteenth seventeenth eighteenth nineteenth twentieth", "");
    for (String ending : GERMAN_ORDINAL_ENDINGS) {
      ordinals("erst zweit dritt viert funft sechst siebt acht neunt zehnt elft zwolft dreizehnt vierzehnt funfzehnt "
          + "sechzehnt siebzehnt achtzehnt neunzehnt zwanzigst einundzwanzigst", ending);
    }
    ordinals("primero segundo tercero cuarto quinto sexto septimo octavo noveno decimo undecimo duodecimo "
        + "decimotercero decimocuarto decimoquinto decimosexto decimoseptimo decimoctavo decimonoveno vigesimo "
        + "vigesimoprimero", "");
    ORDINAL_WORDS.put("primer", 1);
    ORDINAL_WORDS.put("tercer", 3);
    ORDINAL_WORDS.put("decimotercer", 13);
    ORDINAL_WORDS.put("decimonono", 19);
    String[] english = "twenties thirties forties fifties sixties seventies eighties nineties".split(" ");
    String[] german = "zwanzig dreissig vierzig funfzig sechzig siebzig achtzig neunzig".split(" ");
    for (int i = 0; i < english.length; i++) {
      DECADE_WORDS.put(english[i], 1920 + 10 * i);
      DECADE_WORDS.put(german[i] + "er", 1920 + 10 * i);
      DECADE_WORDS.put(german[i] + "ern", 1920 + 10 * i);
      DECADE_WORDS.put(german[i] + "erjahre", 1920 + 10 * i);
      DECADE_WORDS.put(german[i] + "erjahren", 1920 + 10 * i);
    }
    for (int m = 0; m < DateNames.MONTHS.size(); m++) {
      for (String name : DateNames.MONTHS.get(m)) {
        String folded = LanguageDetector.fold(name);
        if (!folded.equals("mars") && !folded.equals("may")) { // the planet; the English verb is far commoner
          months(m + 1, folded);
        }
      }
    }
    months(2, "feb");
    months(4, "apr");
    months(8, "aug");
    months(9, "setiembre sept sep");
    months(10, "oct okt");
    months(11, "nov");
    months(12, "dec dez");
    STARTS.addAll(ARTICLES);
    STARTS.addAll(UNITS.keySet());
    STARTS.addAll(HUNDREDS.keySet());
    STARTS.addAll(SCALES.keySet());
    CANDIDATES.addAll(STARTS);
    CANDIDATES.addAll(YEARS);
    CANDIDATES.addAll(CENTURIES);
    CANDIDATES.addAll(DECADE_WORDS.keySet());
    CANDIDATES.addAll(MONTHS.keySet());
  }

  private Quantities() {}

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

  private static void ordinals(String words, String ending) {
    String[] w = words.split(" ");
    for (int i = 0; i < w.length; i++) {
      ORDINAL_WORDS.put(w[i] + ending, i + 1);
    }
  }

  private static void scales(long value, String... words) {
    for (String w : words) {
      SCALES.put(w, value);
    }
  }

  private static void months(int month, String names) {
    for (String n : names.split(" ")) {
      MONTHS.put(n, "@m" + (month < 10 ? "0" : "") + month);
    }
  }

  /** Whether a token may start or continue a number or name a month: the filter's cheap first check. */
  static boolean candidate(String token) {
    if (token.isEmpty()) {
      return false;
    }
    return Character.isDigit(token.charAt(0)) || CANDIDATES.contains(token) || (token.length() > 6 && glues(token));
  }

  /** The numbers and months among a text's tokens, in order; tokens must be lower-cased and accent-folded. */
  static List<Found> find(List<String> tokens) {
    List<Found> out = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      Found period = period(tokens, i);
      if (period != null) {
        out.add(period);
        i = period.last();
        continue;
      }
      String month = MONTHS.get(tokens.get(i));
      if (month != null) {
        out.add(new Found(i, i, month));
        continue;
      }
      Found number = startsNumber(tokens.get(i)) ? number(tokens, i) : null;
      if (number != null) {
        out.add(number);
        i = number.last();
      }
    }
    return out;
  }

  /**
   * A decade or century starting at token {@code i}, as one term whatever the language or numerals: "1980s", "1980er",
   * "años 1980" and "los años ochenta" are {@code 1980s}; "18th century", "18. Jahrhundert", "siglo XVIII" and
   * "XVIIIe siècle" are {@code 18c}. Else null.
   */
  private static Found period(List<String> tokens, int i) {
    String t = tokens.get(i);
    Matcher m = t.startsWith("1") || t.startsWith("2") ? DECADE.matcher(t) : null; // all a decade can start with
    if (m != null && m.matches()) {
      return new Found(i, i, m.group(1) + "s");
    }
    Integer tens = DECADE_WORDS.get(t);
    if (tens != null) {
      String before = i > 0 ? tokens.get(i - 1) : "";
      String after = i + 1 < tokens.size() ? tokens.get(i + 1) : "";
      if (t.endsWith("er") && GERMAN_YEARS.contains(after)) {
        return new Found(i, i + 1, tens + "s"); // "die achtziger Jahre"
      }
      // "the eighties", "den Achtzigern", "die Achtzigerjahre"; not "in her eighties" (an age), "die Achtziger"
      boolean decade = t.endsWith("jahre") || t.endsWith("jahren") || t.endsWith("ies") && before.equals("the")
          || t.endsWith("ern") && before.equals("den");
      return decade ? new Found(i, i, tens + "s") : null;
    }
    if (i + 1 >= tokens.size()) {
      return null;
    }
    String next = tokens.get(i + 1);
    if (UNITS.getOrDefault(t, 0) == 20 && i + 2 < tokens.size() && ORDINAL_WORDS.getOrDefault(next, 0) == 1
        && CENTURIES.contains(tokens.get(i + 2))) {
      return new Found(i, i + 2, "21c"); // "twenty-first century"
    }
    if (next.equals("s") && t.length() == 4 && decade(t) > 0) {
      return new Found(i, i + 1, t + "s"); // "1980's", which the tokenizer splits
    }
    if (YEARS.contains(t)) {
      int decade = decade(next);
      return decade < 0 ? null : new Found(i, i + 1, decade + "s");
    }
    if (CENTURIES.contains(next)) {
      int century = century(t);
      return century < 0 ? null : new Found(i, i + 1, century + "c");
    }
    if (t.startsWith("sigl") && CENTURIES.contains(t)) {
      Integer cardinal = UNITS.get(next); // "siglo dieciocho"; a cardinal before a century word counts them
      int century = cardinal != null && cardinal >= 1 && cardinal <= 21 ? cardinal : century(next);
      return century < 0 ? null : new Found(i, i + 1, century + "c");
    }
    return null;
  }

  /** The decade a token after "años"/"jaren" names: "1980", "80" and "ochenta" are 1980; else -1. */
  private static int decade(String t) {
    if (allDigits(t) && t.length() == 4 && t.endsWith("0") && (t.startsWith("1") || t.startsWith("20"))) {
      return Integer.parseInt(t);
    }
    Integer tens = allDigits(t) && t.length() == 2 ? Integer.valueOf(t) : UNITS.get(t);
    return tens != null && tens >= 20 && tens <= 90 && tens % 10 == 0 ? 1900 + tens : -1;
  }

  /** The century an ordinal names: "18th", "18", "18e", "xviii", "xviiie"; else -1. */
  private static int century(String t) {
    Integer written = ORDINAL_WORDS.get(t);
    if (written != null) {
      return written;
    }
    if (!t.isEmpty() && Character.isDigit(t.charAt(0))) {
      BigDecimal d = digits(t);
      return d != null && d.scale() <= 0 && d.signum() > 0 && d.intValue() <= 21 && (allDigits(t)
          || ORDINAL.matcher(t).matches()) ? d.intValue() : -1;
    }
    Matcher m = ROMAN.matcher(t);
    if (!m.matches()) {
      return -1;
    }
    int value = 0;
    String r = m.group(1);
    for (int k = 0; k < r.length(); k++) {
      int v = r.charAt(k) == 'x' ? 10 : r.charAt(k) == 'v' ? 5 : 1;
      int after = k + 1 < r.length() ? (r.charAt(k + 1) == 'x' ? 10 : r.charAt(k + 1) == 'v' ? 5 : 1) : 0;
      value += v < after ? -v : v;
    }
    return value >= 1 && value <= 21 ? value : -1;
  }

  /**
   * Whether {@link #number} can accept this token first: a digit, an article before a scale, a number word or a glued
   * one. The rest (most words) cannot start a number, and parsing each of them cost a tenth of a question's analysis.
   */
  private static boolean startsNumber(String t) {
    return !t.isEmpty() && (Character.isDigit(t.charAt(0)) || STARTS.contains(t) || glues(t));
  }

  /** The longest number starting at token {@code i}, or null. */
  private static Found number(List<String> tokens, int i) {
    Parse p = new Parse();
    int last = -1;
    boolean pendingArticle = false;
    boolean joined = false;
    for (int j = i; j < tokens.size(); j++) {
      String t = tokens.get(j);
      if (j == i && ARTICLES.contains(t) && !UNITS.containsKey(t)) {
        pendingArticle = true;
        continue;
      }
      if (j > i && JOINS.contains(t) && last == j - 1 && j + 1 < tokens.size() && p.accepts(tokens.get(j + 1))) {
        joined = true;
        continue;
      }
      boolean adjacent = j == i || last == j - 1 || (joined && last == j - 2) || pendingArticle;
      if (!p.add(t, adjacent)) {
        break;
      }
      if (pendingArticle && !p.scaled) {
        return null; // "a two" is no number; "a hundred", "een miljoen" are
      }
      pendingArticle = false;
      joined = false;
      last = j;
    }
    if (last < 0 || p.value == null) {
      return null;
    }
    if (ARTICLES.contains(tokens.get(i)) && last == i) {
      return null; // "one" alone, "un", "een": an article or pronoun far more often than a number
    }
    return new Found(i, last, canonical(p.total()));
  }

  /** Adds up a number over its tokens: digits, words, glued words, scales. */
  private static final class Parse {
    BigDecimal value;
    BigDecimal total = BigDecimal.ZERO;
    BigDecimal current = BigDecimal.ZERO;
    boolean digits;
    boolean scaled;
    boolean words;

    boolean accepts(String t) {
      return UNITS.containsKey(t) || HUNDREDS.containsKey(t) || SCALES.containsKey(t) || glues(t);
    }

    BigDecimal total() {
      return total.add(current);
    }

    boolean add(String t, boolean adjacent) {
      if (!adjacent) {
        return false;
      }
      if (value == null) {
        BigDecimal d = digits(t);
        if (d != null) {
          digits = true;
          value = d;
          current = d;
          return true;
        }
      } else if (digits && !scaled && !words && THREE_DIGITS.matcher(t).matches()
          && SHORT_NUMBER.matcher(current.toPlainString()).matches() && current.scale() == 0) {
        current = current.multiply(BigDecimal.valueOf(1000)).add(new BigDecimal(t)); // "10 000"
        return true;
      }
      if (digits && !SCALES.containsKey(t)) {
        return false; // digits take only a scale after them: "10 million", not "10 two"
      }
      List<String> pieces = UNITS.containsKey(t) || HUNDREDS.containsKey(t) || SCALES.containsKey(t)
          ? List.of(t) : glued(t);
      if (pieces == null) {
        return false;
      }
      for (String piece : pieces) {
        apply(piece);
      }
      value = total();
      return true;
    }

    private void apply(String piece) {
      if (UNITS.containsKey(piece)) {
        current = current.add(BigDecimal.valueOf(UNITS.get(piece)));
        words = true;
      } else if (HUNDREDS.containsKey(piece)) {
        int times = HUNDREDS.get(piece);
        BigDecimal base = times > 1 ? BigDecimal.valueOf(times) : current.signum() == 0 ? BigDecimal.ONE : current;
        current = base.multiply(BigDecimal.valueOf(100));
        words = true;
        scaled = true;
      } else if (SCALES.containsKey(piece)) {
        BigDecimal base = current.signum() == 0 ? BigDecimal.ONE : current;
        BigDecimal scale = BigDecimal.valueOf(SCALES.get(piece));
        if (total.signum() > 0 && total.compareTo(scale) < 0 && current.signum() == 0) {
          total = total.multiply(scale); // "mil millones": a thousand millions
        } else {
          total = total.add(base.multiply(scale));
        }
        current = BigDecimal.ZERO;
        scaled = true;
      } // "en", "und" inside a glued word join; they add nothing
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

  /** The value of a digit token: grouped thousands, a decimal comma or point, an ordinal, "5bn"; else null. */
  static BigDecimal digits(String t) {
    if (t.isEmpty() || !Character.isDigit(t.charAt(0))) {
      return null;
    }
    if (allDigits(t)) {
      return new BigDecimal(t);
    }
    if (GROUPED.matcher(t).matches()) {
      return new BigDecimal(t.replaceAll("[.,]", ""));
    }
    Matcher m = DECIMAL.matcher(t);
    if (m.matches()) {
      return new BigDecimal(m.group(1) + "." + m.group(2));
    }
    m = ORDINAL.matcher(t);
    if (m.matches()) {
      return new BigDecimal(m.group(1));
    }
    m = SUFFIXED.matcher(t);
    if (m.matches()) {
      BigDecimal base = new BigDecimal(m.group(1).replace(',', '.'));
      long scale = switch (m.group(2)) {
        case "k" -> 1_000L;
        case "m", "mln" -> 1_000_000L;
        default -> 1_000_000_000L;
      };
      return base.multiply(BigDecimal.valueOf(scale));
    }
    return null;
  }

  private static boolean allDigits(String t) {
    for (int i = 0; i < t.length(); i++) {
      if (!Character.isDigit(t.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Plain digits, a point before any decimals, no trailing zeros: "10000", "1.5". */
  static String canonical(BigDecimal value) {
    BigDecimal v = value.stripTrailingZeros();
    return v.scale() <= 0 ? v.toBigInteger().toString() : v.toPlainString();
  }
}
