package briefbot.feeds;

import briefbot.corpus.LanguageDetector;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Pulls the article out of an HTML page: picks the {@code <article>}/{@code <main>} that holds the most paragraph
 * text, drops navigation, asides, footers, scripts, figures and share/related/comment blocks, and keeps headings,
 * paragraphs, list items and quotes in reading order. Too little text left means the page is not an article.
 */
final class Extractor {

  static final int MIN_WORDS = 80;
  private static final String JUNK = "script, style, noscript, template, nav, aside, footer, form, button, select, "
      + "iframe, svg, canvas, video, audio, figure, figcaption, picture, dialog, [role=navigation], "
      + "[role=complementary], [role=contentinfo], [role=banner], [aria-hidden=true], [hidden], [itemprop=author]";
  private static final Pattern JUNK_CLASS = Pattern.compile(
      "(?i)(^|[-_])(share|sharing|social|related|comments?|newsletter|promo|advert|advertisement|ads?|cookies?|"
          + "subscribe|subscription|breadcrumbs?|bylines?|author-bio|sidebar|popup|modal|recirculation|most-read)([-_]|$)");
  private static final String BLOCKS = "h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, dd";
  private static final Pattern DATE = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}.*");

  private Extractor() {}

  static Page extract(byte[] html, Charset charset, URI url) {
    Document doc = parse(html, charset, url);
    String siteName = meta(doc, "meta[property=og:site_name]");
    doc.select(JUNK).remove();
    Element root = root(doc);
    String title = title(doc, root, siteName);
    root.select("header").stream().filter(h -> h.selectFirst("h1") == null).forEach(Element::remove);
    removeJunkClasses(root);
    List<String> blocks = new ArrayList<>();
    int words = 0;
    for (Element el : root.select(BLOCKS)) {
      if (!el.select(BLOCKS).stream().allMatch(d -> d == el) || mostlyLinks(el)) {
        continue;
      }
      String text = clean(el.text());
      if (text.isEmpty() || (!blocks.isEmpty() && blocks.get(blocks.size() - 1).equals(text))) {
        continue;
      }
      if (el.tagName().matches("h[1-6]")) {
        if (!sameText(text, title)) {
          blocks.add("## " + text);
        }
      } else {
        blocks.add(text);
        words += text.split("\\s+").length;
      }
    }
    if (words < MIN_WORDS) {
      throw FetchException.permanent("not an article: only " + words + " words of text on the page");
    }
    String language = language(String.join("\n", blocks), doc);
    return new Page(title, siteName, canonical(doc, url), published(doc, root), language, blocks, words);
  }

  private static Document parse(byte[] html, Charset charset, URI url) {
    try {
      return Jsoup.parse(new ByteArrayInputStream(html), charset == null ? null : charset.name(), url.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The article element with the most paragraph text; else main; else the body. */
  private static Element root(Document doc) {
    Element best = null;
    int bestLength = 0;
    for (Element candidate : doc.select("article, [itemprop=articleBody], main, [role=main]")) {
      int length = candidate.select("p").text().length();
      boolean article = !candidate.tagName().equals("main") && !"main".equals(candidate.attr("role"));
      int score = article ? length : length / 2;
      if (score > bestLength) {
        best = candidate;
        bestLength = score;
      }
    }
    if (best != null && best.select("p").text().length() >= 200) {
      return best;
    }
    Element body = doc.body();
    body.select("body > header").remove();
    return body;
  }

  private static void removeJunkClasses(Element root) {
    for (Element el : root.select("[class], [id]")) {
      if (el == root) {
        continue;
      }
      String names = el.className() + " " + el.id();
      for (String name : names.split("\\s+")) {
        if (!name.isEmpty() && JUNK_CLASS.matcher(name).find()) {
          el.remove();
          break;
        }
      }
    }
  }

  private static boolean mostlyLinks(Element el) {
    int all = el.text().length();
    int linked = el.select("a").text().length();
    return all > 0 && linked * 10 > all * 6;
  }

  /** The article's own h1; on a page without an article element the og:title first (its h1 may be the logo). */
  private static String title(Document doc, Element root, String siteName) {
    Element h1 = root.selectFirst("h1");
    String og = meta(doc, "meta[property=og:title]");
    String title = h1 == null ? "" : clean(h1.text());
    if (og != null && (title.isEmpty() || root == doc.body())) {
      title = og;
    }
    if (title.isEmpty()) {
      title = clean(doc.title());
      if (siteName != null) {
        title = title.replaceAll("\\s+[|–—-]\\s+" + Pattern.quote(siteName) + "$", "");
      }
    }
    return title.length() > 300 ? title.substring(0, 300) : title;
  }

  private static URI canonical(Document doc, URI url) {
    Element link = doc.selectFirst("link[rel=canonical][href]");
    if (link == null) {
      return null;
    }
    try {
      URI canonical = new URI(link.absUrl("href"));
      boolean web = "http".equals(canonical.getScheme()) || "https".equals(canonical.getScheme());
      return web && url.getHost().equalsIgnoreCase(canonical.getHost()) ? canonical : null;
    } catch (java.net.URISyntaxException e) {
      return null;
    }
  }

  private static LocalDate published(Document doc, Element root) {
    String value = meta(doc, "meta[property=article:published_time], meta[itemprop=datePublished], meta[name=date]");
    if (value == null) {
      Element time = root.selectFirst("time[datetime]");
      value = time == null ? null : time.attr("datetime");
    }
    if (value == null || !DATE.matcher(value).matches()) {
      return null;
    }
    try {
      return LocalDate.parse(value.substring(0, 10));
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** The detected language; the page's own lang attribute when the detector can't tell or doesn't know it. */
  private static String language(String text, Document doc) {
    String declared = doc.selectFirst("html") == null ? "" : doc.selectFirst("html").attr("lang");
    declared = declared.length() >= 2 ? declared.substring(0, 2).toLowerCase(Locale.ROOT) : "";
    if (!declared.matches("[a-z]{2}")) {
      declared = "";
    }
    if (!declared.isEmpty() && !LanguageDetector.SUPPORTED.contains(declared)) {
      return declared;
    }
    String detected = LanguageDetector.detect(text, "");
    return !detected.isEmpty() ? detected : declared.isEmpty() ? "en" : declared;
  }

  private static String meta(Document doc, String query) {
    Elements found = doc.select(query);
    for (Element el : found) {
      String content = clean(el.attr("content"));
      if (!content.isEmpty()) {
        return content;
      }
    }
    return null;
  }

  static String clean(String text) {
    return text.replaceAll("[\\p{Cntrl}\\u200B\\uFEFF]", " ").replace('\u00A0', ' ').strip().replaceAll("\\s+", " ");
  }

  private static boolean sameText(String a, String b) {
    return LanguageDetector.fold(a).replaceAll("[^\\p{L}\\p{N}]", "")
        .equals(LanguageDetector.fold(b).replaceAll("[^\\p{L}\\p{N}]", ""));
  }
}
