package briefbot.feeds;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;

/** Reads an RSS or Atom document (Rome, doctypes refused) into its title and the items that link to a web page. */
final class FeedParser {

  /** A feed: its title (the source of its articles) and its items, newest first. */
  record Feed(String title, List<Item> items) {}

  /** One item: the page it links to, its title and publication date when the feed gives them. */
  record Item(URI link, String title, LocalDate published) {}

  private FeedParser() {}

  static Feed parse(byte[] body, String contentType, URI feedUrl) {
    SyndFeed feed;
    try (XmlReader reader = new XmlReader(new ByteArrayInputStream(body), contentType.isEmpty() ? null : contentType, true)) {
      feed = new SyndFeedInput().build(reader);
    } catch (FeedException | IOException | IllegalArgumentException e) {
      throw FetchException.passing("not an RSS or Atom feed (" + firstLine(e.getMessage()) + ")");
    }
    List<Item> items = new ArrayList<>();
    for (SyndEntry entry : feed.getEntries()) {
      URI link = link(entry, feedUrl);
      if (link != null) {
        items.add(new Item(link, entry.getTitle() == null ? null : Extractor.clean(entry.getTitle()), date(entry)));
      }
    }
    items.sort(Comparator.comparing(Item::published, Comparator.nullsLast(Comparator.reverseOrder())));
    String title = feed.getTitle() == null ? null : Extractor.clean(feed.getTitle());
    return new Feed(title == null || title.isEmpty() ? feedUrl.getHost() : title, items);
  }

  private static URI link(SyndEntry entry, URI feedUrl) {
    List<String> candidates = new ArrayList<>();
    candidates.add(entry.getLink());
    for (SyndLink link : entry.getLinks()) {
      if (link.getRel() == null || "alternate".equals(link.getRel())) {
        candidates.add(link.getHref());
      }
    }
    candidates.add(entry.getUri());
    for (String candidate : candidates) {
      if (candidate == null || candidate.isBlank()) {
        continue;
      }
      try {
        URI uri = feedUrl.resolve(new URI(candidate.strip()));
        if ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme())) {
          return uri;
        }
      } catch (URISyntaxException | IllegalArgumentException e) {
        // Try the next way the item names its page.
      }
    }
    return null;
  }

  private static LocalDate date(SyndEntry entry) {
    Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
    return date == null ? null : date.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unreadable";
    }
    String line = message.lines().findFirst().orElse("unreadable");
    return line.length() > 120 ? line.substring(0, 120) + "…" : line;
  }
}
