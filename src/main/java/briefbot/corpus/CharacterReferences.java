package briefbot.corpus;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * HTML character references a scraper left in an article's text ("&#163;1.8m indecency fine", "Beyonc&#233;",
 * "Marks &amp; Spencer"), read as the characters they stand for: the page they came from showed the characters, and a
 * citation that shows "&#163;" reads as broken. Only complete references, ended by ';', are read ("AT&T", "R&D" and
 * "&c" stay as written); the code points and names are HTML's (jsoup's tables, as extraction reads pages).
 */
final class CharacterReferences {

  private static final Pattern REFERENCE =
      Pattern.compile("&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});");

  private CharacterReferences() {}

  /** The text with every complete character reference read; text without one is returned as it is. */
  static String read(String text) {
    if (text == null || text.indexOf('&') < 0) {
      return text;
    }
    Matcher m = REFERENCE.matcher(text);
    return m.replaceAll(r -> Matcher.quoteReplacement(Parser.unescapeEntities(r.group(), false)));
  }
}
