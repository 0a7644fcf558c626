package briefbot.retrieval;

/**
 * Which digits make a year: one declaration that the answer type of a question and the figures and years of an answer
 * read, each bounding it as it needs.
 */
public final class Numerals {

  /**
   * A year's four digits, 1000 to 2099, as a regular expression without bounds: each reader bounds it as it needs (a
   * decade's "s", a range's dash, not inside "1,500").
   */
  public static final String YEAR_DIGITS = "1\\d{3}|20\\d{2}";

  private Numerals() {}
}
