package briefbot.llm;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The verify call's reply ("1: yes", "2: no", one line per sentence) as one answer per sentence; anything else is a no. */
final class Verdicts {

  private static final Pattern LINE = Pattern.compile("(?im)^\\W*(\\d+)\\s*[:.)\\-]\\s*\\**\\s*(yes|no|ja|nee)\\b");

  private Verdicts() {}

  static List<Boolean> parse(String reply, int count) {
    List<Boolean> out = new ArrayList<>(Collections.nCopies(count, false));
    List<Integer> seen = new ArrayList<>();
    Matcher m = LINE.matcher(reply == null ? "" : reply);
    while (m.find()) {
      int n = Integer.parseInt(m.group(1));
      if (n >= 1 && n <= count && !seen.contains(n)) {
        seen.add(n);
        String word = m.group(2).toLowerCase(java.util.Locale.ROOT);
        out.set(n - 1, word.equals("yes") || word.equals("ja"));
      }
    }
    return out;
  }
}
