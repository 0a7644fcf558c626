package briefbot.answer;

import briefbot.retrieval.Numerals;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The years a question names ("Who won the Jesse Owens Awards in 2003?") and whether an answer's sentences give
 * another year instead: a near miss for a year the articles never reach is answered with the same event in the year
 * they do ("The 2004 awards will be presented on 3 December").
 */
final class NamedYears {

  /**
   * A year of four digits, or a decade ("the 1990s"), not part of a longer number ("1,500", "2003.5", "20045"): the
   * form {@link FiguresOfKind} reads a year in too.
   */
  static final String YEAR_FORM = "(?<![\\d.,])(" + Numerals.YEAR_DIGITS + ")(s)?(?![\\d.,]\\d|\\d)";
  private static final Pattern YEAR = Pattern.compile(YEAR_FORM);

  private record Year(String digits, boolean decade) {
    /** Whether {@code other}, a year of the answer, is this one or falls in this decade. */
    boolean holds(Year other) {
      return other.digits.equals(digits) || decade && other.digits.startsWith(digits.substring(0, 3));
    }
  }

  private NamedYears() {}

  /**
   * Whether the question ({@code question}) names a year and {@code sentences} (an answer's, without citation markers)
   * hold none of the years it names but hold another: an answer about another year than the one asked.
   */
  static boolean givenForAnother(String question, String sentences) {
    List<Year> asked = years(question);
    if (asked.isEmpty()) {
      return false;
    }
    List<Year> given = years(sentences);
    return !given.isEmpty() && given.stream().noneMatch(g -> asked.stream().anyMatch(a -> a.holds(g)));
  }

  private static List<Year> years(String text) {
    List<Year> out = new ArrayList<>();
    Matcher m = YEAR.matcher(text);
    while (m.find()) {
      out.add(new Year(m.group(1), m.group(2) != null));
    }
    return out;
  }
}
