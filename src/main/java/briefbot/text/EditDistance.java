package briefbot.text;

/**
 * How many letters two words are apart: inserted, deleted, replaced, or two neighbours swapped counting once (optimal
 * string alignment), as a name misspelt ("Maastrich", "Landsdowne") or a command mistyped ("aks") is.
 */
public final class EditDistance {

  private EditDistance() {}

  /** The edits between {@code a} and {@code b}, or {@code max + 1} as soon as they are sure to be more than {@code max}. */
  public static int atMost(String a, String b, int max) {
    if (Math.abs(a.length() - b.length()) > max) {
      return max + 1;
    }
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      int rowMin = Integer.MAX_VALUE;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
        rowMin = Math.min(rowMin, d[i][j]);
      }
      if (rowMin > max) {
        return max + 1;
      }
    }
    return Math.min(d[a.length()][b.length()], max + 1);
  }
}
