package briefbot.retrieval;

import java.util.regex.Pattern;

/**
 * The signs with which German and Spanish texts give a person's birth and death beside the name, read as the words a
 * question asks with: German writes "Aamir Khan (* 14. März 1965 in Bombay)" and "(* 1688; † 30. Mai 1744)", never
 * "geboren"; Spanish "Ernesto Sabato (Rojas, 24 de junio de 1911-Santos Lugares, 30 de abril de 2011)". Without them
 * "Wann wurde Aamir Khan geboren?" leads with the one sentence that says "geboren", about his son.
 */
final class LifeDates {

  /** "* 14. März", "(* in Dalmatien", "* um 1450": not the gender star of "Arbeiter*innen". */
  private static final Pattern BORN_DE = Pattern.compile("(?:^|[(\\[;,]\\s?|\\s)\\*\\s?(?=\\d|in\\s|um\\s|vor\\s|"
      + "nach\\s|ca\\.)");
  /** A bracket from a day's date to a later year: "(9 de julio de 1894 - 8 de septiembre de 1970)". */
  private static final Pattern LIFE_ES = Pattern.compile("\\([^()]*?\\b\\d{1,2} de \\p{L}+ de \\d{3,4}[^()]*?"
      + "\\s?[-–]\\s?[^()]*?\\b\\d{3,4}\\b[^()]*\\)");
  private static final String BORN_WORDS_DE = "geboren Geburt";
  private static final String DIED_WORDS_DE = "gestorben starb Tod";
  private static final String LIFE_WORDS_ES = "nació nacido nacimiento murió falleció fallecido muerte";

  private LifeDates() {}

  /** The words the text's birth and death signs stand for, in its language; empty when it has none. */
  static String words(String text, String language) {
    if ("de".equals(language)) {
      boolean born = BORN_DE.matcher(text).find();
      boolean died = text.indexOf('†') >= 0;
      return (born ? BORN_WORDS_DE : "") + (born && died ? " " : "") + (died ? DIED_WORDS_DE : "");
    }
    if ("es".equals(language) && text.indexOf('(') >= 0 && LIFE_ES.matcher(text).find()) {
      return LIFE_WORDS_ES;
    }
    return "";
  }
}
