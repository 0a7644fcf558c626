package briefbot.retrieval;

import briefbot.index.Analyzers;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbers a question names that its answer's passage must write: a near miss changes one ("What began at Pinewood
 * on 8 December 2004?" where the passage says 2014, "Kodak 45 mm" for 35 mm). A plain number of two to four digits
 * counts (a year, a day, a size), not part of "10,000" or "14.6", and not a year that only sets the question's time
 * ("in 2014", "en 2008", "since 2010", "in the late 1600s", "in mid-2010"): the passage often gives that year once, elsewhere, or
 * not at all ("What record label did Shawn Mendes sign with in 2014?"). A year after a month or a day ("in November
 * 2004", "on 8 December 2004") or naming a thing ("what 2015 film") still counts. The passage may write it as the index's
 * number filter reads numbers ({@link Analyzers#quantities}): "1500" stands in "1.500" and "1,500", "18" in
 * "eighteen-day". A decade ("the 1960s", "den 1960er Jahren") is written by any year of it ("1969"), and a century
 * ("the 18th century", "im 18. Jahrhundert") by any year of it ("1776"): "In welchen beiden Ländern gab es im 18.
 * Jahrhundert eine Revolution?" is answered by a passage on 1776 and 1789 that never writes 18.
 */
final class QuestionNumbers {

  private static final Pattern NUMBER = Pattern.compile("(?<![\\d.,])\\d{2,4}(?![\\d]|[.,]\\d)");
  /**
   * What stands before a year given as the question's time: a preposition of time ("in", "during", "since", "until"
   * and their Dutch, German and Spanish forms), maybe "the", "early", "mid-", "late".
   */
  private static final Pattern CONTEXT = Pattern.compile("(?iU)\\b(?:in|en|im|during|durante|während|tijdens|since"
      + "|sinds|seit|desde|until|tot|bis|hasta)\\s+"
      + "(?:(?:the|el|los|las|het|de|dem|den|das|year|año|jahr|jaar)\\s+)*(?:(?:early|mid|late)[- ]?)?$");

  /** What follows a decade's first year: "1960s", "1960's", "1960er", "1960ern". */
  private static final Pattern DECADE = Pattern.compile("^(?:s|'s|’s|ern?)(?!\\p{L})");
  /** What follows a century's number: "18th century", "18. Jahrhundert", "18. Jh.", "18e eeuw", "18e siècle". */
  private static final Pattern CENTURY = Pattern.compile("(?iU)^(?:st|nd|rd|th|\\.|e|de|ste)?\\s*(?:century|centuries"
      + "|jahrhunderts?|jh\\b|eeuw|siècle)");
  private static final Pattern YEAR = Pattern.compile("(?<!\\d)\\d{3,4}(?!\\d)");

  private QuestionNumbers() {}

  /** The first number the question names that must stand in the passage and does not, or null. */
  static String unsaid(String question, String passage) {
    Matcher m = NUMBER.matcher(question);
    Set<String> written = null; // the passage's numbers in the filter's terms, read once a number is not as written
    while (m.find()) {
      if (contextYear(question, m)) {
        continue;
      }
      if (Pattern.compile("(?<!\\d)" + m.group() + "(?!\\d)").matcher(passage).find()
          || yearWithin(question, m, passage)) {
        continue;
      }
      if (written == null) {
        written = Set.copyOf(Analyzers.quantities(passage).stream().map(Analyzers.Quantity::term).toList());
      }
      if (!written.contains(canonical(m.group()))) {
        return m.group();
      }
    }
    return null;
  }

  /** A number's term in the index's number filter ("0800" and "800" alike), or its digits. */
  private static String canonical(String digits) {
    List<Analyzers.Quantity> found = Analyzers.quantities(digits);
    return found.size() == 1 ? found.get(0).term() : digits;
  }

  /** Whether the number names a decade or a century and the passage writes a year of it. */
  private static boolean yearWithin(String question, Matcher m, String passage) {
    String after = question.substring(m.end());
    int n = Integer.parseInt(m.group());
    int from;
    int to;
    if (m.group().length() == 4 && n % 10 == 0 && DECADE.matcher(after).find()) {
      from = n;
      to = n + 9;
    } else if (m.group().length() == 2 && n >= 1 && CENTURY.matcher(after).find()) {
      from = (n - 1) * 100;
      to = from + 99;
    } else {
      return false;
    }
    Matcher year = YEAR.matcher(passage);
    while (year.find()) {
      int y = Integer.parseInt(year.group());
      if (y >= from && y <= to) {
        return true;
      }
    }
    return false;
  }

  private static boolean contextYear(String question, Matcher m) {
    return m.group().length() == 4 && CONTEXT.matcher(question.substring(0, m.start())).find();
  }
}
