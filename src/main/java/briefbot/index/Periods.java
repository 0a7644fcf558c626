package briefbot.index;

import static briefbot.index.NumberWords.UNITS;
import static briefbot.index.Quantities.allDigits;
import static briefbot.index.Quantities.digits;

import briefbot.index.Quantities.Found;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decades and centuries as one term whatever the language or numerals: "1980s", "1980er", "años 1980", "the
 * eighties" are {@code 1980s}; "18th century", "18. Jahrhundert", "siglo XVIII", "XVIIIe siècle" are {@code 18c}.
 */
final class Periods {

  /** A decade as one token: "1980s", "1980's", "1980er", "1980ern", "1980erjahre". */
  private static final Pattern DECADE = Pattern.compile("(1\\d\\d0|20[0-9]0)(?:s|'s|er|ern|erjahre|erjahren)");
  /** Words before a decade written as a number: "años 1980", "los años ochenta", "jaren tachtig", "années 80". */
  static final Set<String> YEARS = Set.of("anos", "jaren", "annees");
  /**
   * Words for a century, after its ordinal ("18th century", "18. Jahrhundert", "18e eeuw") or before it ("siglo
   * XVIII").
   */
  static final Set<String> CENTURIES = Set.of("century", "centuries", "jahrhundert", "jahrhunderts",
      "jahrhunderte", "jahrhunderten", "eeuw", "eeuwen", "siecle", "siecles", "siglo", "siglos");
  private static final Pattern ROMAN = Pattern.compile("([xvi]+)(?:e|eme|er)?");
  /** Ordinals written as words, 1-21, beside a century word: "eighteenth", "achtzehnten", "decimoctavo". */
  private static final Map<String, Integer> ORDINAL_WORDS = new HashMap<>();
  /** German ordinals' endings: "achtzehnte", "achtzehnten", "achtzehnter", "achtzehntes", "achtzehntem". */
  private static final List<String> GERMAN_ORDINAL_ENDINGS = List.of("e", "en", "er", "es", "em");
  /**
   * A decade as a plural of its tens: "the eighties", "die achtziger Jahre", "die Achtzigerjahre", "den Achtzigern".
   */
  static final Map<String, Integer> DECADE_WORDS = new HashMap<>();
  /** German words after a decade's tens that make it one ("achtziger Jahre", "Achtzigerjahren"). */
  private static final Set<String> GERMAN_YEARS = Set.of("jahre", "jahren");

  static {
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
  }

  private Periods() {}

  private static void ordinals(String words, String ending) {
    String[] w = words.split(" ");
    for (int i = 0; i < w.length; i++) {
      ORDINAL_WORDS.put(w[i] + ending, i + 1);
    }
  }

  /**
   * A decade or century starting at token {@code i}, as one term whatever the language or numerals: "1980s", "1980er",
   * "años 1980" and "los años ochenta" are {@code 1980s}; "18th century", "18. Jahrhundert", "siglo XVIII" and
   * "XVIIIe siècle" are {@code 18c}. Else null.
   */
  static Found period(List<String> tokens, int i) {
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
          || Quantities.ORDINAL.matcher(t).matches()) ? d.intValue() : -1;
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
}
