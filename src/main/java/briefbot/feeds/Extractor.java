package briefbot.feeds;

import briefbot.corpus.LanguageDetector;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Pulls the article out of an HTML page. The page is cut into text blocks; the article's root is the element whose
 * blocks hold the most sentence-like, link-poor text against links and short lines, with class and id hints as
 * weights; inside it, navigation, sharing, related links, comments, captions and headings left without their
 * section are dropped. Too little text left means the page is not an article.
 */
final class Extractor {

  /** Fewer words than this is a menu, a video or an error page; real short news and forum posts have more. */
  static final int MIN_WORDS = 30;

  private Extractor() {}

  /** The article of the page; throws {@link FetchException} when it holds fewer than {@link #MIN_WORDS} words. */
  static Page extract(byte[] html, Charset charset, URI url) {
    Page page = read(html, charset, url);
    if (page.words() < MIN_WORDS) {
      throw FetchException.permanent("not an article: only " + page.words() + " words of text on the page");
    }
    return page;
  }

  /** The article of the page, however short. */
  static Page read(byte[] html, Charset charset, URI url) {
    Document doc = parse(html, charset, url);
    Metadata meta = Metadata.of(doc, url);
    List<TextBlock> blocks = Blocks.of(doc.body());
    List<TextBlock> kept = new Selection(blocks, new Hints(), doc.body()).kept();
    List<String> out = new ArrayList<>();
    int words = 0;
    for (TextBlock b : kept) {
      if (b.kind() == TextBlock.Kind.HEADING) {
        if (!sameText(b.text(), meta.title())) {
          out.add("## " + b.text());
        }
      } else {
        out.add(b.text());
        words += b.words();
      }
    }
    String language = meta.language(String.join("\n", out));
    return new Page(meta.title(), meta.siteName(), meta.canonical(), meta.published(), language, out, words);
  }

  private static Document parse(byte[] html, Charset charset, URI url) {
    try {
      String name = charset == null ? DeclaredCharset.of(html) : charset.name();
      return Jsoup.parse(new ByteArrayInputStream(html), name, url.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean sameText(String a, String b) {
    return lettersAndNumbers(LanguageDetector.fold(a)).equals(lettersAndNumbers(LanguageDetector.fold(b)));
  }

  private static String lettersAndNumbers(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().filter(Extractor::letterOrNumber).forEach(out::appendCodePoint);
    return out.toString();
  }

  /** A letter or a number, as the regex classes \\p{L} and \\p{N} have them. */
  static boolean letterOrNumber(int cp) {
    if (Character.isLetter(cp)) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
  }

  /** The text on one line: controls, zero-width and no-break spaces made spaces, runs of space one, no space at the ends. */
  static String clean(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean space = Character.isWhitespace(c) || Character.isISOControl(c) || c == '\u00A0' || c == '\u200B'
          || c == '\uFEFF';
      if (!space) {
        out.append(c);
      } else if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
        out.append(' ');
      }
    }
    int end = out.length();
    return end > 0 && out.charAt(end - 1) == ' ' ? out.substring(0, end - 1) : out.toString();
  }
}
