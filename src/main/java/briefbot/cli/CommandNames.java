package briefbot.cli;

import java.util.Collection;
import java.util.Comparator;

/** The command a mistyped one was meant to be: one or two letters off, a swapped pair counting once. */
final class CommandNames {

  private static final int MAX_EDITS = 2;

  private CommandNames() {}

  /** " (did you mean ask?)" for "aks", or nothing when no command is that near. */
  static String guess(String typed, Collection<String> commands) {
    return commands.stream().filter(c -> edits(typed, c) <= MAX_EDITS)
        .min(Comparator.comparingInt(c -> edits(typed, c)))
        .map(c -> " (did you mean " + c + "?)").orElse("");
  }

  /** Letters inserted, deleted, replaced or swapped with the next to turn {@code a} into {@code b}. */
  static int edits(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
