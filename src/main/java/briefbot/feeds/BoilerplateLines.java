package briefbot.feeds;

/**
 * What the boilerplate line rules say of each block of a page (a date line, a credit, an ad label, a short "read
 * more" line), asked once: the rules and the vote both ask.
 */
final class BoilerplateLines {

  private static final int ASKED = 1;
  private static final int DATE_LINE = 2;
  private static final int CREDIT = 4;
  private static final int AD_LABEL = 8;
  private static final int SEE_ALSO = 16;

  private final byte[] lines;

  BoilerplateLines(int blocks) {
    this.lines = new byte[blocks];
  }

  private int lines(TextBlock b) {
    int f = lines[b.index()];
    if (f == 0) {
      String t = b.text();
      f = ASKED | (Boilerplate.dateLine(t) ? DATE_LINE : 0) | (Boilerplate.credit(b) ? CREDIT : 0)
          | (Boilerplate.adLabel(t) ? AD_LABEL : 0) | (b.words() <= 8 && Boilerplate.seeAlso(t) ? SEE_ALSO : 0);
      lines[b.index()] = (byte) f;
    }
    return f;
  }

  boolean dateLine(TextBlock b) {
    return (lines(b) & DATE_LINE) != 0;
  }

  boolean credit(TextBlock b) {
    return (lines(b) & CREDIT) != 0;
  }

  /** A short "read more", "related", "lesen Sie auch" line. */
  boolean seeAlso(TextBlock b) {
    return (lines(b) & SEE_ALSO) != 0;
  }

  /** Whether any of the rules makes the block the site's line rather than the article's. */
  boolean any(TextBlock b) {
    return (lines(b) & (DATE_LINE | CREDIT | AD_LABEL | SEE_ALSO)) != 0;
  }
}
