package briefbot.feeds;

import briefbot.corpus.LanguageDetector;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeVisitor;

/** What a page says about itself: title, site name, canonical address, date of publication, language. */
record Metadata(String title, String siteName, URI canonical, LocalDate published, String declaredLanguage) {

  private static final int LANGUAGE_SAMPLE = 4000;
  private static final Pattern DATE = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}.*");

  static Metadata of(Document doc, URI url) {
    Sources sources = new Sources();
    doc.traverse(sources);
    Map<String, String> metas = sources.metas;
    List<Element> h1s = sources.h1s;
    Element canonical = sources.canonical;
    Element time = sources.time;
    String siteName = metas.get("og:site_name");
    String og = metas.getOrDefault("og:title", metas.get("twitter:title"));
    String published = metas.getOrDefault("article:published_time",
        metas.getOrDefault("itemprop:datepublished", metas.get("date")));
    if (published == null && time != null) {
      published = time.attr("datetime");
    }
    return new Metadata(title(doc, h1s, og, siteName), siteName, canonical(canonical, url), date(published),
        declared(doc));
  }

  /** The elements metadata is read from, gathered in one walk over the page: metas, canonical link, h1s, first time. */
  private static final class Sources implements NodeVisitor {
    final Map<String, String> metas = new HashMap<>();
    final List<Element> h1s = new ArrayList<>();
    Element canonical;
    Element time;

    @Override
    public void head(Node node, int depth) {
      if (!(node instanceof Element el)) {
        return;
      }
      switch (el.normalName()) {
        case "meta" -> {
          if (el.hasAttr("content")) {
            meta(el);
          }
        }
        case "link" -> {
          if (canonical == null && el.hasAttr("href") && el.attr("rel").trim().equalsIgnoreCase("canonical")) {
            canonical = el;
          }
        }
        case "h1" -> h1s.add(el);
        case "time" -> {
          if (time == null && el.hasAttr("datetime")) {
            time = el;
          }
        }
        default -> { }
      }
    }

    private void meta(Element el) {
      String key = el.hasAttr("property") ? el.attr("property") : el.hasAttr("name") ? el.attr("name")
          : "itemprop:" + el.attr("itemprop");
      String content = Extractor.clean(el.attr("content"));
      if (!content.isEmpty()) {
        metas.putIfAbsent(key.toLowerCase(Locale.ROOT), content);
      }
    }
  }

  /**
   * The headline: the h1 that the og:title or the document title also gives (the page's own heading, not a logo),
   * else the og:title, else the document title without the site's name, else the first h1.
   */
  private static String title(Document doc, List<Element> h1s, String og, String siteName) {
    String documentTitle = Extractor.clean(doc.title());
    Element firstH1 = null;
    for (Element h1 : h1s) {
      String text = Extractor.clean(h1.text());
      if (text.isEmpty()) {
        continue;
      }
      firstH1 = firstH1 == null ? h1 : firstH1;
      // Half the title at least: a logo h1 ("City Paper") is only the site's part of "Bridge closes | City Paper".
      if (text.length() >= 10
          && (contains(og, text) || contains(documentTitle, text) && 2 * text.length() >= documentTitle.length())) {
        return limit(text);
      }
    }
    if (og != null) {
      return limit(og);
    }
    if (!documentTitle.isEmpty()) {
      String title = siteName == null ? documentTitle
          : documentTitle.replaceAll("\\s+[|–—-]\\s+" + Pattern.quote(siteName) + "$", "");
      return limit(title);
    }
    return firstH1 == null ? "" : limit(Extractor.clean(firstH1.text()));
  }

  private static boolean contains(String outer, String inner) {
    return outer != null && LanguageDetector.fold(outer).contains(LanguageDetector.fold(inner));
  }

  private static String limit(String title) {
    return title.length() > 300 ? title.substring(0, 300) : title;
  }

  private static URI canonical(Element link, URI url) {
    if (link == null || url.getHost() == null) {
      return null;
    }
    try {
      URI canonical = new URI(link.absUrl("href"));
      boolean web = "http".equals(canonical.getScheme()) || "https".equals(canonical.getScheme());
      return web && url.getHost().equalsIgnoreCase(canonical.getHost()) ? canonical : null;
    } catch (URISyntaxException e) {
      return null;
    }
  }

  private static LocalDate date(String value) {
    if (value == null || !DATE.matcher(value).matches()) {
      return null;
    }
    try {
      return LocalDate.parse(value.substring(0, 10));
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static String declared(Document doc) {
    Element html = doc.firstElementChild();
    String lang = html == null || !html.nameIs("html") ? "" : html.attr("lang");
    lang = lang.length() >= 2 ? lang.substring(0, 2).toLowerCase(Locale.ROOT) : "";
    return lang.length() == 2 && isAsciiLower(lang.charAt(0)) && isAsciiLower(lang.charAt(1)) ? lang : "";
  }

  private static boolean isAsciiLower(char c) {
    return c >= 'a' && c <= 'z';
  }

  /** The detected language of the text; the page's own lang attribute when the detector can't tell or doesn't know it. */
  String language(String text) {
    // The opening of a long page tells its language as well as the whole, at a fraction of the work.
    text = text.length() > LANGUAGE_SAMPLE ? text.substring(0, LANGUAGE_SAMPLE) : text;
    if (!declaredLanguage.isEmpty() && !LanguageDetector.SUPPORTED.contains(declaredLanguage)) {
      return declaredLanguage;
    }
    String detected = LanguageDetector.detect(text, "");
    return !detected.isEmpty() ? detected : declaredLanguage.isEmpty() ? "en" : declaredLanguage;
  }
}
