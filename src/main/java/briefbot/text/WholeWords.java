package briefbot.text;

import java.util.regex.Pattern;

/**
 * A word or phrase found in a text only as words of their own, written once: no letter or number ({@code \p{L}},
 * {@code \p{N}}) just before or after it ("IS" in "bij IS", not in "ISIS"; "Hodges" in "Dave Hodges'", not in
 * "Hodgeson").
 */
public final class WholeWords {

  private static final String NOT_AFTER_WORD = "(?<![\\p{L}\\p{N}])";
  private static final String NOT_BEFORE_WORD = "(?![\\p{L}\\p{N}])";

  private WholeWords() {}

  /** A regular expression ({@code regex}, compiled with {@code flags}) matched only as whole words. */
  public static Pattern bounded(String regex, int flags) {
    return Pattern.compile(NOT_AFTER_WORD + "(?:" + regex + ")" + NOT_BEFORE_WORD, flags);
  }

  /** A word (or words) matched as written, and only as words of their own. */
  public static Pattern of(String word) {
    return bounded(Pattern.quote(word), 0);
  }

  /** A word matched in any case (Unicode's), and only as a word of its own. */
  public static Pattern ofAnyCase(String word) {
    return bounded(Pattern.quote(word), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  /**
   * Whether the text writes the word as written, as a word of its own: what {@link #of} finds, by a plain scan (it
   * is asked of every sentence, and a pattern compiled each time would cost more than the scan).
   */
  public static boolean in(String text, String word) {
    for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      int end = at + word.length();
      // the char before, as the pattern's look-behind reads it: half of a letter outside the BMP bounds a word
      if ((at == 0 || !letterOrNumber(text.charAt(at - 1)))
          && (end == text.length() || !letterOrNumber(text.codePointAt(end)))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a character is a letter or a number ({@code \p{L}} or {@code \p{N}}), what bounds a whole word. */
  public static boolean letterOrNumber(int codePoint) {
    int type = Character.getType(codePoint);
    return Character.isLetter(codePoint) || type == Character.DECIMAL_DIGIT_NUMBER
        || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
  }
}
