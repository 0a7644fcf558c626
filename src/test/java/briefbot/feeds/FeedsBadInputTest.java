package briefbot.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import briefbot.index.SyncReport;
import briefbot.state.BotState;
import briefbot.state.sqlite.SqliteState;
import briefbot.testing.LogCapture;
import briefbot.testing.TestClock;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every bad input is refused with a clear reason and leaves corpus/ exactly as it was. */
class FeedsBadInputTest {

  private static final Duration TIMEOUT = Duration.ofSeconds(5);
  private static final Duration STALL = Duration.ofMillis(1500);

  @TempDir
  Path dir;
  TestSite site;
  TestClock clock;
  BotState state;
  Path corpus;
  Map<String, String> before;
  final AtomicInteger syncs = new AtomicInteger();

  @BeforeEach
  void open() throws IOException {
    site = new TestSite();
    site.page("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\n");
    corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.writeString(corpus.resolve("seed.md"), "---\ntitle: Seed\n---\nA seed article that must stay as it is.\n");
    clock = new TestClock(Instant.parse("2025-03-14T06:00:00Z"));
    state = SqliteState.open(dir.resolve("data"), clock);
    before = snapshot();
  }

  @AfterEach
  void close() throws IOException {
    assertThat(snapshot()).as("corpus/ is unchanged").isEqualTo(before);
    state.close();
    site.close();
  }

  private Feeds feeds(boolean allowLoopback, String... feedUrls) {
    return feeds(allowLoopback, TIMEOUT, feedUrls);
  }

  private Feeds feeds(boolean allowLoopback, Duration timeout, String... feedUrls) {
    Feeds.Options options = new Feeds.Options(Duration.ofMinutes(15), Duration.ofSeconds(2), timeout, 5L << 20, 5, 20,
        Duration.ZERO, "Briefbot/0.1 (+http://briefbot.test)", allowLoopback);
    FeedList list = new FeedList(Arrays.asList(feedUrls), dir.resolve("data/feeds.txt"));
    return new Feeds(corpus, list, state, () -> {
      syncs.incrementAndGet();
      return new SyncReport(0, 0, 0, 1, 0, List.of());
    }, options, clock, InetAddress::getAllByName);
  }

  private String refusal(Feeds feeds, String url) {
    Feeds.Result result = feeds.add(url);
    assertThat(result).as(url).isInstanceOf(Feeds.Result.Skipped.class);
    return ((Feeds.Result.Skipped) result).reason();
  }

  @Test
  void aFeedThatIsNotXmlIsSkippedAndBacksOff() {
    site.page("/not-a-feed", "text/html", "Welcome! This is a web page, not a feed.");
    try (Feeds feeds = feeds(true, site.url("/not-a-feed"))) {
      Feeds.Poll first = feeds.pollOnce();
      assertThat(first.failed()).isEqualTo(1);
      assertThat(first.problems()).singleElement().asString().contains("not an RSS or Atom feed");

      Feeds.Poll soon = feeds.pollOnce();
      assertThat(soon.waiting()).isEqualTo(1);
      assertThat(site.paths()).containsOnlyOnce("/not-a-feed");

      clock.advance(Duration.ofMinutes(15));
      assertThat(feeds.pollOnce().failed()).isEqualTo(1);
      assertThat(site.paths()).filteredOn("/not-a-feed"::equals).hasSize(2);
      clock.advance(Duration.ofMinutes(15));
      assertThat(feeds.pollOnce().waiting()).as("the second failure waits two intervals").isEqualTo(1);
      assertThat(state.get(FeedState.BACKOFF, site.url("/not-a-feed"))).get().asString().contains("\"failures\":2");
    }
  }

  /** Issue 20, failure 10: a feed's password never reaches the log. */
  @Test
  void aFeedsPasswordIsNeverLogged() {
    site.page("/private-feed", "text/html", "Welcome! This is a web page, not a feed.");
    String url = site.url("/private-feed").replace("http://", "http://reader:S3CRET-PASS@");
    try (LogCapture log = LogCapture.start(); Feeds feeds = feeds(true, url)) {
      assertThat(feeds.pollOnce().failed()).isEqualTo(1);

      assertThat(log.text()).contains("feeds: feed http://***@127.0.0.1").doesNotContain("S3CRET-PASS");
    }
  }

  @Test
  void aPageThatIsNotAnArticleIsRefused() {
    site.page("/menu", "text/html", "<html><body><nav><a href='/a'>Home</a></nav><h1>Our menu</h1>"
        + "<p>Soup of the day, bread, coffee.</p><footer>Open daily</footer></body></html>");
    site.page("/report.pdf", "application/pdf", "%PDF-1.7 not really");
    try (Feeds feeds = feeds(true)) {
      assertThat(refusal(feeds, site.url("/menu"))).isEqualTo("not an article: only 6 words of text on the page");
      assertThat(refusal(feeds, site.url("/report.pdf"))).isEqualTo("not an article: the page is application/pdf, not HTML");
    }
    assertThat(syncs).hasValue(0);
  }

  @Test
  void aFiftyMegabytePageIsAbortedAtFiveMegabytes() throws InterruptedException {
    AtomicLong written = new AtomicLong();
    CountDownLatch stopped = new CountDownLatch(2);
    site.route("/huge", ex -> stream(ex, 0, written, stopped));
    site.route("/huge-declared", ex -> stream(ex, 50L << 20, new AtomicLong(), stopped));
    try (Feeds feeds = feeds(true)) {
      assertThat(refusal(feeds, site.url("/huge"))).isEqualTo("the page is larger than 5 MB");
      assertThat(refusal(feeds, site.url("/huge-declared"))).isEqualTo("the page is larger than 5 MB");
      assertThat(stopped.await(10, TimeUnit.SECONDS)).as("the server saw both downloads stop").isTrue();
      assertThat(written.get()).isLessThan(50L << 20);
    }
  }

  @Test
  void aRedirectLoopAndTooManyRedirectsAreRefused() {
    site.redirect("/loop/a", "/loop/b").redirect("/loop/b", site.url("/loop/a"));
    for (int i = 1; i <= 7; i++) {
      site.redirect("/hop/" + i, "/hop/" + (i + 1));
    }
    try (Feeds feeds = feeds(true)) {
      assertThat(refusal(feeds, site.url("/loop/a"))).startsWith("redirect loop");
      assertThat(refusal(feeds, site.url("/hop/1"))).isEqualTo("too many redirects (more than 5)");
    }
    assertThat(site.paths()).filteredOn(p -> p.startsWith("/hop/")).hasSize(6);
  }

  @Test
  void aServerThatStallsTimesOut() {
    site.stall("/stall");
    site.route("/slow-body", ex -> {
      ex.getResponseHeaders().add("Content-Type", "text/html");
      ex.sendResponseHeaders(200, 10_000);
      ex.getResponseBody().write("<html><body><p>The start".getBytes());
      ex.getResponseBody().flush();
      try {
        Thread.sleep(20_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return 200;
    });
    try (Feeds feeds = feeds(true, STALL)) {
      long start = System.nanoTime();
      assertThat(refusal(feeds, site.url("/stall"))).isEqualTo("timed out after 1500 ms");
      assertThat(refusal(feeds, site.url("/slow-body"))).isEqualTo("timed out after 1500 ms");
      assertThat(refusal(feeds, "http://127.0.0.1:1/news")).contains("could not connect to 127.0.0.1");
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    }
  }

  @Test
  void urlsThatAreNotHttpAreRefusedWithoutARequest() {
    try (Feeds feeds = feeds(true)) {
      for (String url : List.of("file:///etc/passwd", "ftp://example.org/news.txt", "javascript:alert(1)",
          "gopher://127.0.0.1:" + site.port() + "/", "mailto:news@example.org", "/just/a/path")) {
        assertThat(refusal(feeds, url)).as(url).isEqualTo("only http:// and https:// URLs can be fetched");
      }
      assertThat(refusal(feeds, "http://exa mple.org/")).isEqualTo("not a valid URL");
      assertThat(refusal(feeds, "http://user:secret@127.0.0.1:" + site.port() + "/"))
          .isEqualTo("URLs with a user name or password are not fetched");
      assertThat(refusal(feeds, "")).isEqualTo("only http:// and https:// URLs can be fetched");
    }
    assertThat(site.requests()).isEmpty();
  }

  @Test
  void loopbackAndPrivateAddressesAreRefusedWithoutTheAllowance() {
    site.page(Stories.SOLAR.path(), "text/html", Stories.html(Stories.SOLAR));
    site.feed("/feed.xml", "\"v1\"", "Tue, 04 Mar 2025 10:00:00 GMT", Stories.rss(site.url(""), List.of(Stories.SOLAR)));
    int port = site.port();
    try (Feeds feeds = feeds(false, site.url("/feed.xml"))) {
      assertThat(refusal(feeds, site.url(Stories.SOLAR.path())))
          .isEqualTo("127.0.0.1 is a loopback address: only public addresses are fetched");
      assertThat(refusal(feeds, "http://localhost:" + port + Stories.SOLAR.path()))
          .startsWith("localhost resolves to ").contains("a loopback address");
      assertThat(refusal(feeds, "http://[::1]:" + port + "/")).contains("a loopback address");
      assertThat(refusal(feeds, "http://[::ffff:127.0.0.1]:" + port + "/")).contains("a loopback address");
      assertThat(refusal(feeds, "http://0.0.0.0:" + port + "/")).contains("an unspecified address");
      assertThat(refusal(feeds, "http://10.0.0.7/")).contains("a private address");
      assertThat(refusal(feeds, "http://192.168.1.1/admin")).contains("a private address");
      assertThat(refusal(feeds, "http://172.20.0.1/")).contains("a private address");
      assertThat(refusal(feeds, "http://169.254.169.254/latest/meta-data/")).contains("link-local (cloud metadata)");
      assertThat(refusal(feeds, "http://100.100.100.200/latest/meta-data/")).contains("cloud metadata");
      assertThat(refusal(feeds, "http://[fd00:ec2::254]/")).contains("unique-local");
      assertThat(refusal(feeds, "http://[fe80::1]/")).contains("link-local");
      assertThat(refusal(feeds, "http://224.0.0.1/")).contains("multicast");
      assertThat(feeds.pollOnce().failed()).as("a feed on loopback is refused too").isEqualTo(1);
    }
    assertThat(site.requests()).isEmpty();
  }

  @Test
  void aRedirectToAPrivateAddressIsRefusedEvenWithTheLoopbackAllowance() {
    site.redirect("/to-private", "http://10.1.2.3/secret");
    site.redirect("/to-metadata", "http://169.254.169.254/latest/meta-data/iam/");
    try (Feeds feeds = feeds(true)) {
      assertThat(refusal(feeds, site.url("/to-private"))).isEqualTo("10.1.2.3 is a private address: only public addresses are fetched");
      assertThat(refusal(feeds, site.url("/to-metadata"))).contains("169.254.169.254 is a link-local (cloud metadata) address");
    }
  }

  @Test
  void robotsTxtDisallowIsRespectedForPagesAndFeedItems() {
    Stories.Story hidden = new Stories.Story("/private/solar", Stories.SOLAR.title(), "en", Stories.SOLAR.pubDate(),
        Stories.SOLAR.body());
    site.page(hidden.path(), "text/html", Stories.html(hidden));
    site.feed("/feed.xml", "\"v1\"", "Tue, 04 Mar 2025 10:00:00 GMT", Stories.rss(site.url(""), List.of(hidden)));
    try (Feeds feeds = feeds(true, site.url("/feed.xml"))) {
      assertThat(refusal(feeds, site.url(hidden.path()))).isEqualTo("robots.txt of 127.0.0.1 disallows it");
      Feeds.Poll poll = feeds.pollOnce();
      assertThat(poll.saved()).isEmpty();
      assertThat(poll.problems()).singleElement().asString().endsWith("robots.txt of 127.0.0.1 disallows it");
    }
    assertThat(site.paths()).containsExactly("/robots.txt", "/feed.xml");
  }

  @Test
  void anUnreadableRobotsTxtHoldsTheSiteBackForNow() {
    site.route("/robots.txt", ex -> TestSite.send(ex, 503, "text/plain", "busy"));
    site.page(Stories.SOLAR.path(), "text/html", Stories.html(Stories.SOLAR));
    try (Feeds feeds = feeds(true)) {
      assertThat(refusal(feeds, site.url(Stories.SOLAR.path())))
          .isEqualTo("robots.txt of 127.0.0.1 could not be read (HTTP 503); trying again later");
    }
    assertThat(site.paths()).containsExactly("/robots.txt");
  }

  /** Streams 50 MB of paragraphs from one small buffer (chunked when {@code length} is 0) until the client hangs up. */
  private static int stream(com.sun.net.httpserver.HttpExchange ex, long length, AtomicLong written, CountDownLatch stopped) {
    byte[] chunk = "<p>lorem ipsum dolor sit amet </p>\n".repeat(2000).getBytes();
    try (OutputStream out = ex.getResponseBody()) {
      ex.getResponseHeaders().add("Content-Type", "text/html");
      ex.sendResponseHeaders(200, length);
      while (written.get() + chunk.length <= 50L << 20) {
        out.write(chunk);
        written.addAndGet(chunk.length);
      }
    } catch (IOException e) {
      // The client hung up: what the test wants.
    } finally {
      stopped.countDown();
    }
    return 200;
  }

  private Map<String, String> snapshot() throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> list = Files.list(corpus)) {
      for (Path p : list.toList()) {
        files.put(p.getFileName().toString(), Files.readString(p));
      }
    }
    return files;
  }
}
