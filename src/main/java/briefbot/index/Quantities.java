package briefbot.index;

import static briefbot.index.NumberWords.ARTICLES;
import static briefbot.index.NumberWords.HUNDREDS;
import static briefbot.index.NumberWords.SCALES;
import static briefbot.index.NumberWords.UNITS;

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
  static final Pattern ORDINAL = Pattern.compile("(\\d+)(?:st|nd|rd|th|e|de|ste|er|eme|o|a)");
  private static final Pattern SUFFIXED = Pattern.compile("(\\d+(?:[.,]\\d+)?)(k|m|mln|bn|mrd)");
  private static final Map<String, String> MONTHS = new HashMap<>();
  /**
   * The words {@link #startsNumber} and {@link #candidate} accept, one set each instead of the four and eight they
   * are the union of: every token of every indexed paragraph is asked.
   */
  private static final Set<String> STARTS = new HashSet<>();
  private static final Set<String> CANDIDATES = new HashSet<>();

  static {
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
    CANDIDATES.addAll(Periods.YEARS);
    CANDIDATES.addAll(Periods.CENTURIES);
    CANDIDATES.addAll(Periods.DECADE_WORDS.keySet());
    CANDIDATES.addAll(MONTHS.keySet());
  }

  private Quantities() {}

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
    return Character.isDigit(token.charAt(0)) || CANDIDATES.contains(token)
        || (token.length() > 6 && NumberWords.glues(token));
  }

  /** The numbers and months among a text's tokens, in order; tokens must be lower-cased and accent-folded. */
  static List<Found> find(List<String> tokens) {
    List<Found> out = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      Found period = Periods.period(tokens, i);
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
      Found number = startsNumber(tokens.get(i)) ? NumberOverTokens.number(tokens, i) : null;
      if (number != null) {
        out.add(number);
        i = number.last();
      }
    }
    return out;
  }

  /**
   * Whether {@link NumberOverTokens#number} can accept this token first: a digit, an article before a scale, a number
   * word or a glued one. The rest (most words) cannot start a number, and parsing each of them cost a tenth of a
   * question's analysis.
   */
  private static boolean startsNumber(String t) {
    return !t.isEmpty() && (Character.isDigit(t.charAt(0)) || STARTS.contains(t) || NumberWords.glues(t));
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

  static boolean allDigits(String t) {
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
