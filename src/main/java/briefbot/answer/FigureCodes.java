package briefbot.answer;

import briefbot.answer.Figures.Figure;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Codes among a text's figures: runs that mix letters and digits ("B-1B", "G7", "F-16") and the named groups. */
final class FigureCodes {

  /** A run of letters and digits joined by hyphens: a code when it mixes both ("B-1B", "G7", "F-16"). */
  private static final Pattern CODE = Pattern.compile("(?<![\\p{L}\\d])[\\p{L}\\d]+(?:-[\\p{L}\\d]+)*");
  private static final Pattern GROUP_OF = Pattern.compile(
      "(?i)group of (seven|twenty)|groep van (zeven|twintig)|gruppe der (sieben|zwanzig)|groupe des (sept|vingt)");

  private FigureCodes() {}

  /**
   * Adds the codes of a (normalised) text, its amounts with their scale glued on ({@link GluedAmounts}) and the groups
   * it names ("Group of Seven" is G7) to {@code out}; returns the positions of the codes' and amounts' characters,
   * which are no other figure.
   */
  static Set<Integer> read(String s, Set<Figure> out) {
    Set<Integer> inCodes = new HashSet<>();
    // "$3.5m" is an amount, not a code "5m" beside a 3
    GluedAmounts.read(s, out, inCodes);
    Matcher code = CODE.matcher(s);
    while (code.find()) {
      String c = inCodes.contains(code.start()) ? null : code(code.group());
      if (c != null) {
        out.add(new Figure("c:" + c.toLowerCase(Locale.ROOT).replace("-", ""), c));
        for (int i = code.start(); i < code.start() + c.length(); i++) {
          inCodes.add(i);
        }
      }
    }
    Matcher group = GROUP_OF.matcher(s);
    while (group.find()) {
      String n = group.group().toLowerCase(Locale.ROOT);
      boolean seven = n.endsWith("seven") || n.endsWith("zeven") || n.endsWith("sieben") || n.endsWith("sept");
      out.add(new Figure(seven ? "c:g7" : "c:g20", group.group()));
    }
    return inCodes;
  }

  /**
   * The code in a hyphenated run, without the words joined after it ("B-1B-bommenwerper" is B-1B), or null when it
   * is no code: letters and digits both, and no ordinal ("75th").
   */
  private static String code(String run) {
    String[] parts = run.split("-");
    int end = parts.length;
    while (end > 1 && parts[end - 1].length() >= 3 && parts[end - 1].chars().allMatch(Character::isLetter)) {
      end--;
    }
    String c = String.join("-", Arrays.copyOf(parts, end));
    boolean letters = c.chars().anyMatch(Character::isLetter);
    boolean digits = c.chars().anyMatch(Character::isDigit);
    return letters && digits && !WrittenNumbers.ORDINAL_SUFFIX.matcher(c).matches() ? c : null;
  }
}
