package briefbot.corpus;

import java.util.List;

/**
 * Which lines of an article body are headings. The layout decides: in a file with markdown headings (what feeds
 * write) only those are; in plain text a line is one when it stands alone in its block, is short, has no final
 * punctuation, reads like a title and is followed by the paragraph it heads. The lead is never a heading: a short
 * opening paragraph without a full stop is still the article's first paragraph.
 */
final class Headings {

  private static final int MAX_WORDS = 14;
  private static final int MAX_CHARS = 140;
  /** Up to this many words a short line reads as a title whatever its case; longer, it must be in title case. */
  private static final int SHORT_TITLE = 8;

  private final List<ParagraphSplitter.Unit> units;
  private final boolean markdown;
  private final boolean blockLayout;

  private Headings(List<ParagraphSplitter.Unit> units, boolean markdown, boolean blockLayout) {
    this.units = units;
    this.markdown = markdown;
    this.blockLayout = blockLayout;
  }

  static Headings of(List<ParagraphSplitter.Unit> units, String body) {
    boolean markdown = false;
    for (int i = 1; i < units.size(); i++) {
      markdown |= units.get(i).markdownHeading();
    }
    boolean blockLayout = units.stream().anyMatch(ParagraphSplitter.Unit::aloneInBlock)
        && ParagraphSplitter.countBlocks(body) > 1;
    return new Headings(units, markdown, blockLayout);
  }

  /** Whether line {@code i}, at the top of a file without a title, is that title. */
  boolean isTitle(int i) {
    ParagraphSplitter.Unit unit = units.get(i);
    if (unit.markdownHeading()) {
      return true;
    }
    return !markdown && blockLayout && unit.aloneInBlock() && looksLikeHeading(unit.text()) && followedByText(i);
  }

  /** Whether line {@code i} heads a section; {@code afterText} says whether a paragraph came before it. */
  boolean isHeading(int i, boolean afterText) {
    ParagraphSplitter.Unit unit = units.get(i);
    if (markdown || unit.markdownHeading()) {
      return unit.markdownHeading();
    }
    String text = unit.text();
    return afterText && blockLayout && unit.aloneInBlock() && looksLikeHeading(text) && titleLike(text)
        && followedByText(i);
  }

  /** Short, no final punctuation, starts like a title. */
  static boolean looksLikeHeading(String text) {
    int words = text.split("\\s+").length;
    if (words > MAX_WORDS || text.length() > MAX_CHARS) {
      return false;
    }
    char last = text.charAt(text.length() - 1);
    char first = text.charAt(0);
    return ".,;:!".indexOf(last) < 0
        && (Character.isUpperCase(first) || Character.isDigit(first) || "‘'\"“„«".indexOf(first) >= 0);
  }

  /** A few words, or more words mostly capitalised ("Threats to Global Security"), not a sentence cut short. */
  static boolean titleLike(String text) {
    String[] words = text.split("\\s+");
    if (words.length <= SHORT_TITLE) {
      return true;
    }
    int long_ = 0;
    int capitalised = 0;
    for (String word : words) {
      String letters = word.replaceAll("[^\\p{L}]", "");
      if (letters.length() > 3) {
        long_++;
        capitalised += Character.isUpperCase(letters.charAt(0)) ? 1 : 0;
      }
    }
    return long_ > 0 && capitalised * 2 > long_;
  }

  /**
   * The next line is a paragraph of text (or a list), not another short line (a run of short lines is a list), and
   * does not go on with this line's sentence ("Fourth seed" / "survived an injury scare": a sentence cut in two).
   */
  private boolean followedByText(int i) {
    if (i + 1 >= units.size()) {
      return false;
    }
    ParagraphSplitter.Unit next = units.get(i + 1);
    return (next.bullet() || !looksLikeHeading(next.text())) && !CutSentences.goesOn(next.text());
  }
}
