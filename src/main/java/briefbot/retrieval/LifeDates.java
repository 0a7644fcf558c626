package briefbot.retrieval;

import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The signs with which German, Spanish and English texts give a person's birth and death beside the name, read as the
 * words a question asks with: German writes "Aamir Khan (* 14. März 1965 in Bombay)" and "(* 1688; † 30. Mai 1744)",
 * never "geboren"; Spanish "Ernesto Sabato (Rojas, 24 de junio de 1911-Santos Lugares, 30 de abril de 2011)"; English
 * "Alexander Pope (21 May 1688 – 30 May 1744)", "(c. 1500 – 1560)", "(b. 1940)". Without them "Wann wurde Aamir Khan
 * geboren?" leads with the one sentence that says "geboren", about his son, and "When did Alexander Pope die?" with
 * another man's "died".
 */
final class LifeDates {

  /** "* 14. März", "(* in Dalmatien", "* um 1450": not the gender star of "Arbeiter*innen". */
  private static final Pattern BORN_DE = Pattern.compile("(?:^|[(\\[;,]\\s?|\\s)\\*\\s?(?=\\d|in\\s|um\\s|vor\\s|"
      + "nach\\s|ca\\.)");
  /** A bracket from a day's date to a later year: "(9 de julio de 1894 - 8 de septiembre de 1970)". */
  private static final Pattern LIFE_ES = Pattern.compile("\\([^()]*?\\b\\d{1,2} de \\p{L}+ de \\d{3,4}[^()]*?"
      + "\\s?[-–]\\s?[^()]*?\\b\\d{3,4}\\b[^()]*\\)");
  private static final String MONTH_EN = "(?:January|February|March|April|May|June|July|August|September|October|"
      + "November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?";
  /**
   * "21 May 1688", "May 21, 1688", "22 February or 1 March 1810", "c. 1500", "399 BC": a day's date in its first group,
   * the year in its second.
   */
  private static final String DATE_EN = "(?:(?:c\\.|ca\\.|circa)\\s?)?(?:\\d{1,2}(?:\\s" + MONTH_EN + ")?\\sor\\s)?"
      + "(\\d{1,2}\\s" + MONTH_EN + "\\s|" + MONTH_EN
      + "\\s(?:\\d{1,2},?\\s)?)?(\\d{3,4})(\\s?BCE?\\b)?(?:\\s?(?:AD|CE)\\b)?";
  /**
   * A bracket beside a name that holds nothing but two dates joined by a dash, after what else it says ("/ˈpoʊp/;"):
   * "Alexander Pope (21 May 1688 – 30 May 1744)"; not the bracket of a lower-case word ("the season (2001 – 2005)") or
   * one that says what the span is ("(reigned 1643 – 1715)", "(pp. 1688-1744)").
   */
  private static final Pattern LIFE_EN = Pattern.compile("(\\p{Lu}[\\p{L}'’]*)\\.?\\s?\\((?:[^()]*;\\s?)?" + DATE_EN
      + "\\s?[-–—]\\s?" + DATE_EN + "\\)");
  /** "(born 5 May 1940 in London)", "(b. 1940)"; "(died 1744)", "(d. 1744)". */
  private static final Pattern BORN_EN = Pattern.compile("\\((?:[^()]*;\\s?)?(?:born|b\\.)\\s[^()]*?\\b\\d{3,4}\\b");
  private static final Pattern DIED_EN = Pattern.compile("\\((?:[^()]*;\\s?)?(?:died|d\\.)\\s[^()]*?\\b\\d{3,4}\\b");
  /** The years a life lasts: a shorter span is a term, a season or a war, a longer one an era. */
  private static final int SHORTEST_LIFE = 10;
  private static final int LONGEST_LIFE = 120;
  private static final String BORN_WORDS_DE = "geboren Geburt";
  private static final String DIED_WORDS_DE = "gestorben starb Tod";
  private static final String LIFE_WORDS_ES = "nació nacido nacimiento murió falleció fallecido muerte";
  private static final String BORN_WORDS_EN = "born birth";
  private static final String DIED_WORDS_EN = "died death";

  private LifeDates() {}

  /**
   * The words the text's birth and death signs stand for, in its language; empty when it has none. An English bracket
   * of two bare years counts only beside a word {@code commonWord} does not hold: "William Harvey (1578–1657)", not
   * "the Thirty Years' War (1618–1648)" or "the American Revolution (1765–1783)".
   */
  static String words(String text, String language, Predicate<String> commonWord) {
    if ("de".equals(language)) {
      boolean born = BORN_DE.matcher(text).find();
      boolean died = text.indexOf('†') >= 0;
      return joined(born ? BORN_WORDS_DE : "", died ? DIED_WORDS_DE : "");
    }
    if ("es".equals(language) && text.indexOf('(') >= 0 && LIFE_ES.matcher(text).find()) {
      return LIFE_WORDS_ES;
    }
    if ("en".equals(language) && text.indexOf('(') >= 0) {
      boolean life = life(text, commonWord);
      boolean born = life || BORN_EN.matcher(text).find();
      boolean died = life || DIED_EN.matcher(text).find();
      return joined(born ? BORN_WORDS_EN : "", died ? DIED_WORDS_EN : "");
    }
    return "";
  }

  private static String joined(String born, String died) {
    return born + (!born.isEmpty() && !died.isEmpty() ? " " : "") + died;
  }

  /** Whether an English text holds a name's bracket of two dates a life's length apart (counted back before Christ). */
  private static boolean life(String text, Predicate<String> commonWord) {
    Matcher m = LIFE_EN.matcher(text);
    while (m.find()) {
      int from = Integer.parseInt(m.group(3));
      int to = Integer.parseInt(m.group(6));
      int years = m.group(7) != null ? from - to : to - from;
      boolean day = m.group(2) != null || m.group(5) != null;
      if (years >= SHORTEST_LIFE && years <= LONGEST_LIFE && (day || !commonWord.test(m.group(1)))) {
        return true;
      }
    }
    return false;
  }
}
