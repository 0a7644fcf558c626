package briefbot.answer;

import briefbot.text.Untrusted;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** The links of a citation: Briefbot's reader page, and the original article scrolled to the paragraph. */
public final class Links {

  private static final int FRAGMENT_WORDS = 4;

  private final String baseUrl;

  public Links(String baseUrl) {
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
  }

  /** {@code {BASE_URL}/articles/{articleId}#p{n}}. */
  public String reader(String articleId, int paragraph) {
    return baseUrl + "/articles/" + articleId + "#p" + paragraph;
  }

  /** The original URL with a text fragment (first and last words of the paragraph), or null without a URL. */
  public static String original(String url, String paragraphText) {
    if (url == null || url.isBlank()) {
      return null;
    }
    String base = url.contains("#") ? url.substring(0, url.indexOf('#')) : url;
    String[] words = paragraphText.strip().split("\\s+");
    if (words.length <= FRAGMENT_WORDS * 2) {
      return base + "#:~:text=" + encode(String.join(" ", words));
    }
    String start = String.join(" ", Arrays.copyOfRange(words, 0, FRAGMENT_WORDS));
    String end = String.join(" ", Arrays.copyOfRange(words, words.length - FRAGMENT_WORDS, words.length));
    return base + "#:~:text=" + encode(start) + "," + encode(end);
  }

  /** Percent-encodes for a text directive, where '-', ',' and '&' are syntax. */
  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20").replace("-", "%2D")
        .replace(",", "%2C").replace("&", "%26");
  }

  /** The citation numbered {@code n} for a retrieved passage, with both its links. */
  public Citation citation(int n, briefbot.retrieval.Passage p) {
    return new Citation(n, p.articleId(), p.title(), p.source(), p.language(), p.paragraph(),
        reader(p.articleId(), p.paragraph()), original(Untrusted.webUrl(p.url()), p.text()), p.text());
  }
}
