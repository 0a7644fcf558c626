package briefbot.answer;

import briefbot.answer.Figures.Figure;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Whether the sources' figures back a claim's: the same figure, or a vaguer one they make true. */
final class FigureBacking {

  /** How many orders of magnitude a vague quantity spans: its own and the next ("thousands" for 1,000 to 99,999). */
  private static final int VAGUE_ORDERS = 2;

  private FigureBacking() {}

  /** The figures of a claim that none of the sources' figures backs. */
  static List<Figure> unsupported(Set<Figure> claim, Set<Figure> sources) {
    Set<String> keys = new HashSet<>();
    sources.forEach(f -> keys.add(f.key()));
    List<Figure> out = new ArrayList<>();
    Set<String> claimed = new HashSet<>();
    claim.forEach(f -> claimed.add(f.key()));
    for (Figure f : claim) {
      String n = f.key().substring(2);
      boolean span = f.key().startsWith("y:") && keys.contains("n:" + n)
          || f.key().startsWith("n:") && claimed.contains("y:" + n) && keys.contains("y:" + n);
      if (!span && !keys.contains(f.key()) && !vaguelyBacked(f, keys)) {
        out.add(f);
      }
    }
    return out;
  }

  /**
   * "thousands" is backed by a figure of that order of magnitude or the next ("12,000"), never two orders up: "hundreds
   * of troops" is not "more than 10,000 troops"; a month by a date in it.
   */
  private static boolean vaguelyBacked(Figure f, Set<String> keys) {
    if (f.key().startsWith("q:")) {
      int magnitude = Integer.parseInt(f.key().substring(2));
      return keys.stream().filter(k -> k.startsWith("n:")).map(k -> new BigDecimal(k.substring(2)))
          .anyMatch(v -> v.precision() - v.scale() - 1 >= magnitude
              && v.precision() - v.scale() - 1 < magnitude + VAGUE_ORDERS);
    }
    if (f.key().startsWith("m:")) {
      return keys.stream().anyMatch(k -> k.startsWith("d:" + f.key().substring(2) + "-"));
    }
    if (f.key().startsWith("n:")) {
      String n = f.key().substring(2);
      // a day of a date in the sources ("on the 7th")
      return keys.stream().anyMatch(k -> k.startsWith("d:") && k.endsWith("-" + n));
    }
    return false;
  }
}
