package briefbot.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The citation markers of an answer or digest, written once: {@code [n]} as Briefbot renders them, the groups a
 * model writes ({@code [1, 3]}, {@code [2-4]}), and any short bracketed note a model puts where a marker goes.
 */
public final class CitationMarkers {

  /** A marker as Briefbot renders it: one number, {@code [3]}; group 1 is the number. */
  public static final Pattern RENDERED = Pattern.compile("\\[(\\d{1,4})]");
  /** A marker as a model writes it: {@code [1]}, {@code [1, 3]}, {@code [2-4]}; group 1 is what is inside. */
  public static final Pattern WRITTEN = Pattern.compile("\\[\\s*(\\d{1,4}(?:\\s*[,;\\-–]\\s*\\d{1,4})*)\\s*\\]");
  /** Any short bracketed text where a marker may stand ({@code [Source 2]}, {@code [1]}): no brackets inside. */
  public static final Pattern BRACKETED = Pattern.compile("\\[[^\\[\\]]{1,40}\\]");
  /** A range longer than this ({@code [1-400]}) is read as its two ends, not as every number between. */
  private static final int MAX_RANGE = 10;

  private CitationMarkers() {}

  /** The numbers a written marker's inside names: "1, 3" is 1 and 3, "2-4" is 2, 3 and 4. */
  public static List<Integer> numbers(String inside) {
    List<Integer> out = new ArrayList<>();
    for (String item : inside.split("\\s*[,;]\\s*")) {
      String[] ends = item.strip().split("\\s*[\\-–]\\s*");
      int from = Integer.parseInt(ends[0]);
      int to = Integer.parseInt(ends[ends.length - 1]);
      if (ends.length == 2 && from < to && to - from <= MAX_RANGE) {
        for (int n = from; n <= to; n++) {
          out.add(n);
        }
      } else {
        out.add(from);
        out.add(to);
      }
    }
    return out;
  }
}
