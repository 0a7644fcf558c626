package briefbot.corpus;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A sentence end glued to the next sentence without a space ("headphone jack.The machine", "for example).This
 * country", "in 1967.However"), as paragraphs joined from separate lines come. Read as one word, "jack.The" is one
 * search term and one sentence to a reader; a space after the stop makes it the two sentences it is. Only after a
 * word's last two lower-case letters, a word of mixed case that ends in capitals ("EuGH.Hingegen", "GmbH.Die"), a
 * digit or a closing bracket or quote (a straight quote after the stop that opens the next sentence's quote gets
 * the space before it), and an ellipsis after a word ("the best...We", "so…Die"); before a capital and a lower-case
 * letter, so "U.S.Army", "e.g.The", "Mr.Benn", "bbc.co.uk", "Node.js", "3.5" and "Bagle.AT" keep their form; never
 * inside a web or e-mail address or a dotted name ("Halo.Bungie.Org").
 */
final class GluedSentences {

  private static final Pattern GLUED =
      Pattern.compile("(?<=(?:\\p{Ll}{2}|\\p{Ll}\\p{Lu}{1,3}|\\p{L}[\"”’)]|[\\d)]|\\p{L}\\.\\.)[.!?]|\\p{L}…|[.!?][)\"”’])"
          + "(?=\\p{Lu}\\p{Ll})");

  private GluedSentences() {}

  /** The text with a space after each glued sentence end. */
  static String spaced(String text) {
    Matcher m = null;
    QuotesBefore quotes = null;
    NamesAround names = null;
    StringBuilder out = null;
    int from = 0;
    for (int i = 0; i + 1 < text.length(); i++) {
      if (!mayEndGlued(text, i)) {
        continue;
      }
      if (m == null) {
        // bounds the look-behind and look-ahead see through: a match is tried only where it can end
        m = GLUED.matcher(text).useTransparentBounds(true);
        quotes = new QuotesBefore(text);
        names = new NamesAround(text);
      }
      m.region(Math.max(0, i - 1), i + 1);
      if (m.find() && !names.inName(m.end())) {
        int at = opensQuote(text, m.end() - 1, quotes) ? m.end() - 1 : m.end();
        out = out == null ? new StringBuilder(text.length() + 8) : out;
        out.append(text, from, at).append(' ');
        from = at;
      }
    }
    return out == null ? text : out.append(text, from, text.length()).toString();
  }

  /**
   * Whether a match of {@link #GLUED} can end after {@code text[i]}: a character a match ends in, right before a
   * capital. The pattern searched alone tried its look-behind at every character of every paragraph, which made it
   * a fifth of ingest's CPU (docs/benchmarks.md); matches are one or two characters long, each before its capital,
   * so none overlaps another and trying each such place finds every one.
   */
  private static boolean mayEndGlued(String text, int i) {
    return ".!?…)\"”’".indexOf(text.charAt(i)) >= 0 && Character.isUpperCase(text.codePointAt(i + 1));
  }

  /**
   * Whether the straight quote at {@code i}, after a stop, opens the next sentence's quote ("carpet.\"It's unlike")
   * rather than closing this one's: an even number of quotes before it.
   */
  private static boolean opensQuote(String text, int i, QuotesBefore quotes) {
    return text.charAt(i) == '"' && quotes.before(i) % 2 == 0;
  }

  /**
   * The straight quotes before a place in a text, counted on from the last place asked: the glued stops come in
   * order, so a paragraph is read once however many of them it has.
   */
  private static final class QuotesBefore {
    private final String text;
    private int counted;
    private int quotes;

    QuotesBefore(String text) {
      this.text = text;
    }

    /** The quotes before {@code i}, which is at or after the last place asked. */
    int before(int i) {
      for (; counted < i; counted++) {
        quotes += text.charAt(counted) == '"' ? 1 : 0;
      }
      return quotes;
    }
  }

  /**
   * Whether a glued stop is inside an address or a name of several dotted parts, judged once per word (the text
   * between white space): the stops come in order and every stop of one word shares its verdict, so a paragraph
   * without a space is read once, not once for each of its stops.
   */
  private static final class NamesAround {
    private final String text;
    private int wordEnd = -1;
    private boolean inName;

    NamesAround(String text) {
      this.text = text;
    }

    /** Whether the stop before {@code at} is in such a name; {@code at} is after the last place asked. */
    boolean inName(int at) {
      if (at >= wordEnd) {
        int start = at;
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
          start--;
        }
        wordEnd = at;
        while (wordEnd < text.length() && !Character.isWhitespace(text.charAt(wordEnd))) {
          wordEnd++;
        }
        String word = text.substring(start, wordEnd);
        inName = word.contains("://") || word.contains("www.") || word.contains("@") || dots(word) > 1;
      }
      return inName;
    }
  }

  /** The stops between letters or digits in a word ("Halo.Bungie.Org": 2; "jack.The": 1). */
  private static int dots(String word) {
    int n = 0;
    for (int i = 1; i + 1 < word.length(); i++) {
      n += ".!?".indexOf(word.charAt(i)) >= 0 && Character.isLetterOrDigit(word.charAt(i - 1))
          && Character.isLetterOrDigit(word.charAt(i + 1)) ? 1 : 0;
    }
    return n;
  }
}
