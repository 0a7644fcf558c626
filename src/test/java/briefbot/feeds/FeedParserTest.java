package briefbot.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FeedParserTest {

  private static final URI FEED = URI.create("https://news.example/feeds/atom.xml");

  @Test
  void readsAtomWithRelativeLinksNewestFirst() {
    String atom = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom"><title>Example Atom</title><id>urn:x</id><updated>2025-03-05T00:00:00Z</updated>
          <entry><title>Older</title><id>urn:1</id><link href="/a/older"/><updated>2025-03-01T10:00:00Z</updated></entry>
          <entry><title>Newer</title><id>urn:2</id><link rel="alternate" href="https://news.example/a/newer"/>
            <published>2025-03-04T10:00:00Z</published><updated>2025-03-04T10:00:00Z</updated></entry>
          <entry><title>No page</title><id>urn:3</id><updated>2025-03-02T10:00:00Z</updated></entry>
        </feed>""";
    FeedParser.Feed feed = FeedParser.parse(atom.getBytes(StandardCharsets.UTF_8), "application/atom+xml", FEED);

    assertThat(feed.title()).isEqualTo("Example Atom");
    assertThat(feed.items()).extracting(FeedParser.Item::link).containsExactly(
        URI.create("https://news.example/a/newer"), URI.create("https://news.example/a/older"));
    assertThat(feed.items().get(0).published()).isEqualTo(LocalDate.of(2025, 3, 4));
  }

  @Test
  void notXmlAndDoctypesAreRefused() {
    assertThatThrownBy(() -> FeedParser.parse("<html><body>hello".getBytes(StandardCharsets.UTF_8), "text/html", FEED))
        .hasMessageStartingWith("not an RSS or Atom feed");
    String xxe = """
        <?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]>
        <rss version="2.0"><channel><title>&x;</title></channel></rss>""";
    assertThatThrownBy(() -> FeedParser.parse(xxe.getBytes(StandardCharsets.UTF_8), "", FEED))
        .hasMessageStartingWith("not an RSS or Atom feed");
  }
}
