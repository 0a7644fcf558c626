package briefbot.answer;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Amounts written with their scale glued on, as English news writes money ("$3.5m", "£1.8m", "$16.6bn", "151m euros",
 * "2.5tn"): the amount, not a code ("5m") beside a "3". A claim that says "$3.5 million" or "3,5 miljoen dollar" gives
 * the figure a paragraph's "$3.5m" gives. "m" and "k" are million and thousand only after a currency sign or before a
 * currency's name: "the 100m" and "a 5m wall" are metres, read as codes as before.
 */
final class GluedAmounts {

  private static final String AMOUNT = "(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)";
  private static final String CURRENCY_NAME = "(?:dollars?|euros?|pounds?|yen|yuan|francs?|roubles?|rubles?|rupees?"
      + "|kronor|kroner|krona)\\b";
  private static final Pattern GLUED = Pattern.compile("(?i)(?<![\\p{L}\\d.,])(?:[$£€¥]\\s?)?" + AMOUNT
      + "(bn|tn)(?![\\p{L}\\d])|[$£€¥]\\s?" + AMOUNT + "(m|k)(?![\\p{L}\\d])|(?<![\\p{L}\\d.,])" + AMOUNT
      + "(m)(?=\\s+" + CURRENCY_NAME + ")");
  private static final Map<String, Long> SCALES = Map.of("k", 1_000L, "m", 1_000_000L, "bn", 1_000_000_000L,
      "tn", 1_000_000_000_000L);

  private GluedAmounts() {}

  /**
   * Adds the figure of every glued amount in {@code text} to {@code out}, and the positions of its digits and scale to
   * {@code read}, which the other readings then skip.
   */
  static void read(String text, Set<Figures.Figure> out, Set<Integer> read) {
    Matcher m = GLUED.matcher(text);
    while (m.find()) {
      int group = m.group(1) != null ? 1 : m.group(3) != null ? 3 : 5;
      BigDecimal value = new BigDecimal(m.group(group).replace(",", ""))
          .multiply(BigDecimal.valueOf(SCALES.get(m.group(group + 1).toLowerCase(Locale.ROOT))));
      out.add(new Figures.Figure("n:" + value.stripTrailingZeros().toPlainString(), m.group().strip()));
      for (int i = m.start(group); i < m.end(group + 1); i++) {
        read.add(i);
      }
    }
  }
}
