package briefbot.feeds;

import org.jsoup.nodes.Element;

/**
 * A run of text between two block boundaries of a page, with what the extraction rules judge it by: how much of it
 * is link text, the innermost block element that holds it, and what kind of block that is.
 */
record TextBlock(int index, String text, int linkChars, Element owner, Kind kind, boolean inNoscript, int words,
    int size) {

  /** What the block's owner is, as far as the rules care. */
  enum Kind { HEADING, PARAGRAPH, LIST_ITEM, CELL, QUOTE, CODE, CAPTION, OTHER }

  /** A block with its words and size counted once: the rules ask for them many times. */
  static TextBlock of(int index, String text, int linkChars, Element owner, Kind kind, boolean inNoscript) {
    return new TextBlock(index, text, linkChars, owner, kind, inNoscript, words(text), size(text));
  }

  /** The same block as another kind. */
  TextBlock as(Kind other) {
    return new TextBlock(index, text, linkChars, owner, other, inNoscript, words, size);
  }

  int chars() {
    return text.length();
  }

  double linkDensity() {
    return text.isEmpty() ? 0 : (double) linkChars / text.length();
  }

  /** Words; in Chinese, Japanese and Korean, where words are not spaced, two characters count as one. */
  private static int words(String text) {
    int words = 0;
    int ideographs = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean space = c == ' ';
      if (c >= '\u2E80' && c <= '\uD7AF' || c >= '\uF900' && c <= '\uFAFF') {
        ideographs++;
        space = true;
      }
      if (!space && !inWord) {
        words++;
      }
      inWord = !space;
    }
    return words + ideographs / 2;
  }

  /** The length as Latin text would have it: an ideograph carries about as much as three letters. */
  private static int size(String text) {
    int size = text.length();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '\u2E80' && c <= '\uD7AF' || c >= '\uF900' && c <= '\uFAFF') {
        size += 2;
      }
    }
    return size;
  }

  /** Ends like a sentence: full stop, question or exclamation mark, closing quote or bracket after one. */
  boolean endsLikeSentence() {
    for (int i = text.length() - 1; i >= 0; i--) {
      char c = text.charAt(i);
      if (".!?…。！？".indexOf(c) >= 0) {
        return true;
      }
      if ("\"'”’»)]".indexOf(c) < 0) {
        return false;
      }
    }
    return false;
  }
}
