package briefbot.corpus;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A lone lower-case word a scraper left after a paragraph's last sentence: a link's label ("Reageren? economie"), a
 * signature ("... eens zijn. patrick"), a stray piece of a word ("... and technology. spatial."). Read as part of the
 * sentence before it, it ended up in answers ("... missile defense systems and technology. spatial. [1]"). Only after a
 * word of four letters or more and its full stop, so an abbreviation's period ("U.S. military.") and a parenthesis
 * the sentence goes on after ("(Let's go, Sichuan!) afterwards.") keep their words.
 */
final class TrailingFragment {

  private static final Pattern FRAGMENT = Pattern.compile("(?<=\\p{L}{4}[.!?])\\s+(\\p{Ll}[\\p{L}-]*[.!?]?)\\s*$");

  private TrailingFragment() {}

  /** The paragraph without its trailing fragment, which is added to {@code dropped}. */
  static String strip(String text, List<ParagraphSplitter.Dropped> dropped) {
    Matcher m = FRAGMENT.matcher(text);
    if (!m.find()) {
      return text;
    }
    dropped.add(new ParagraphSplitter.Dropped(m.group(1), "TRAILING_FRAGMENT"));
    return text.substring(0, m.start());
  }
}
