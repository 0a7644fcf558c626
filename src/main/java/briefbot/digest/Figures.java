package briefbot.digest;

import briefbot.retrieval.Passage;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Figures of one thing that differ between the sources of a story ("about 10,000 troops" vs "up to 12,000 troops"). */
final class Figures {

  /** One figure as a source wrote it, with the paragraph that says it. */
  record Mention(Passage passage, String phrase, BigDecimal value) {}

  private static final String QUALIFIER = "(?:(?iu:about|around|approximately|nearly|almost|roughly|some|over|"
      + "more than|at least|up to|fewer than|less than|ruim|bijna|ongeveer|circa|tot|meer dan|minstens|"
      + "etwa|rund|mehr als|bis zu|environ|plus de|jusqu'à|unos|más de|hasta)\\s+)?";
  private static final Pattern FIGURE = Pattern.compile("\\b(" + QUALIFIER
      + "(\\d{1,3}(?:[.,]\\d{3})+|\\d+(?:[.,]\\d+)?)"
      + "(?:\\s*(%|(?iu:percent|per cent|procent|prozent|pour cent|por ciento)))?"
      + "(?:\\s+(?:\\p{Lu}[\\p{L}-]*|\\p{Ll}[\\p{L}-]*-[\\p{L}-]+)){0,2}\\s+(\\p{L}{3,}))");
  private static final Pattern THOUSANDS = Pattern.compile("\\d{1,3}(?:[.,]\\d{3})+");

  private Figures() {}

  /** The mentions of the one thing whose figure differs most widely between articles, or none. */
  static List<Mention> differing(List<Passage> passages) {
    Map<String, Map<String, Mention>> byUnit = new LinkedHashMap<>();
    for (Passage p : passages) {
      Matcher m = FIGURE.matcher(p.text());
      while (m.find()) {
        String unit = unit(m.group(4), m.group(3));
        BigDecimal value = value(m.group(2));
        if (value.compareTo(BigDecimal.TEN) >= 0 || m.group(3) != null) {
          byUnit.computeIfAbsent(unit, u -> new LinkedHashMap<>())
              .putIfAbsent(p.articleId(), new Mention(p, m.group(1).strip(), value));
        }
      }
    }
    List<Mention> best = List.of();
    for (Map<String, Mention> mentions : byUnit.values()) {
      long distinct = mentions.values().stream().map(x -> x.value().stripTrailingZeros()).distinct().count();
      if (mentions.size() >= 2 && distinct >= 2 && mentions.size() > best.size()) {
        best = new ArrayList<>(mentions.values());
      }
    }
    return best.size() > 3 ? best.subList(0, 3) : best;
  }

  /** "troops" and "troop" are one thing; a percentage is its own unit whatever follows. */
  private static String unit(String word, String percent) {
    if (percent != null) {
      return "%";
    }
    String w = word.toLowerCase(Locale.ROOT);
    return w.endsWith("s") && w.length() > 3 ? w.substring(0, w.length() - 1) : w;
  }

  private static BigDecimal value(String number) {
    if (THOUSANDS.matcher(number).matches()) {
      return new BigDecimal(number.replaceAll("[.,]", ""));
    }
    return new BigDecimal(number.replace(',', '.'));
  }
}
