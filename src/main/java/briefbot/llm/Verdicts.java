package briefbot.llm;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The verify call's reply ("1: yes", "2: no", one line per sentence) as one answer per sentence; anything else, and a
 * sentence answered twice, is a no.
 */
final class Verdicts {

  private static final Pattern LINE = Pattern.compile("(?im)^\\W*(\\d+)\\s*[:.)\\-]\\s*\\**\\s*(yes|no|ja|nee)\\b");

  private Verdicts() {}

  static List<Boolean> parse(String reply, int count) {
    List<Boolean> out = new ArrayList<>(Collections.nCopies(count, false));
    Set<Integer> seen = new HashSet<>();
    Matcher m = LINE.matcher(reply == null ? "" : reply);
    while (m.find()) {
      int n = Integer.parseInt(m.group(1));
      if (n >= 1 && n <= count) {
        String word = m.group(2).toLowerCase(Locale.ROOT);
        // a model that answers a sentence twice has not judged it
        out.set(n - 1, seen.add(n) && (word.equals("yes") || word.equals("ja")));
      }
    }
    return out;
  }
}
