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
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/** What a page says about itself: title, site name, canonical address, date of publication, language. */
record Metadata(String title, String siteName, URI canonical, LocalDate published, String declaredLanguage) {

  private static final int LANGUAGE_SAMPLE = 4000;
  private static final Pattern DATE = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}.*");

  /** The elements metadata is read from, found in one pass over the page. */
  private static final Evaluator SOURCES = QueryParser.parse("meta[content], link[rel=canonical][href], h1, time[datetime]");

  static Metadata of(Document doc, URI url) {
    Map<String, String> metas = new HashMap<>();
    List<Element> h1s = new ArrayList<>();
    Element canonical = null;
    Element time = null;
    for (Element el : doc.select(SOURCES)) {
      switch (el.normalName()) {
        case "meta" -> {
          String key = el.hasAttr("property") ? el.attr("property") : el.hasAttr("name") ? el.attr("name")
              : "itemprop:" + el.attr("itemprop");
          String content = Extractor.clean(el.attr("content"));
          if (!content.isEmpty()) {
            metas.putIfAbsent(key.toLowerCase(Locale.ROOT), content);
          }
        }
        case "link" -> canonical = canonical == null ? el : canonical;
        case "h1" -> h1s.add(el);
        default -> time = time == null ? el : time;
      }
    }
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
    Element html = doc.selectFirst("html");
    String lang = html == null ? "" : html.attr("lang");
    lang = lang.length() >= 2 ? lang.substring(0, 2).toLowerCase(Locale.ROOT) : "";
    return lang.matches("[a-z]{2}") ? lang : "";
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
