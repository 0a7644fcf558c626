package briefbot.answer;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A number as a text writes it, in digits (grouped, decimal, ordinal) or as a number word, and the day it may be. */
final class WrittenNumbers {

  static final Pattern GROUPED = Pattern.compile("\\d{1,3}(?:[,.\\u00a0\\u202f ]\\d{3})+");
  /**
   * Grouped thousands with decimals after the last separator ("10,385.48", "8.850,34", "10 385,48"), which {@link
   * Figures}' tokens read as one number.
   */
  private static final Pattern GROUPED_DECIMAL = Pattern.compile("(" + GROUPED.pattern() + ")[.,](\\d+)");
  static final Pattern ORDINAL_SUFFIX = Pattern.compile("(\\d+)(?:st|nd|rd|th|ste|de|e|er|ème)");

  private WrittenNumbers() {}

  /** The day of the month a token writes ("7", "7th"), or null. */
  static Integer dayOf(String token) {
    Matcher ordinal = ORDINAL_SUFFIX.matcher(token);
    String digits = ordinal.matches() ? ordinal.group(1) : token;
    if (!digits.matches("\\d{1,2}")) {
      return null;
    }
    int day = Integer.parseInt(digits);
    return day >= 1 && day <= 31 ? day : null;
  }

  /** Whether a number could be a day of the month. */
  static boolean day(BigDecimal value) {
    return value.scale() <= 0 && value.compareTo(BigDecimal.ONE) >= 0 && value.compareTo(BigDecimal.valueOf(31)) <= 0;
  }

  /** A number written in digits (grouped, decimal or ordinal) or as a word; null for anything else. */
  static BigDecimal number(String token, Map<String, Long> words, Map<String, Long> ordinals) {
    String word = token.toLowerCase(Locale.ROOT);
    if (words.containsKey(word)) {
      return BigDecimal.valueOf(words.get(word));
    }
    if (ordinals.containsKey(word)) {
      return BigDecimal.valueOf(ordinals.get(word));
    }
    if (word.contains("-")) {
      String[] parts = word.split("-");
      if (parts.length == 2 && words.containsKey(parts[0]) && words.containsKey(parts[1])
          && words.get(parts[0]) >= 20 && words.get(parts[1]) < 10) {
        return BigDecimal.valueOf(words.get(parts[0]) + words.get(parts[1]));
      }
      if (words.containsKey(parts[0]) && !words.containsKey(parts[parts.length - 1])) {
        return BigDecimal.valueOf(words.get(parts[0])); // "three-day", "twelve-minute"
      }
      return null;
    }
    if (!Character.isDigit(token.charAt(0))) {
      return null;
    }
    Matcher ordinal = ORDINAL_SUFFIX.matcher(token);
    String digits = ordinal.matches() ? ordinal.group(1) : token;
    if (GROUPED.matcher(digits).matches()) {
      return new BigDecimal(digits.replaceAll("[^\\d]", ""));
    }
    Matcher decimals = GROUPED_DECIMAL.matcher(digits);
    if (decimals.matches()) {
      // "10,385.48" or "8.850,34": with one separator for decimals the two would be no number at all
      return new BigDecimal(decimals.group(1).replaceAll("[^\\d]", "") + "." + decimals.group(2));
    }
    return new BigDecimal(digits.replace(',', '.'));
  }
}
