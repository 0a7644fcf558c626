package briefbot.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import briefbot.index.SyncReport;
import briefbot.state.BotState;
import briefbot.state.sqlite.SqliteState;
import briefbot.testing.TestClock;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedsScheduleTest {

  @TempDir
  Path dir;

  @Test
  void startPollsInTheBackgroundAndCloseStopsAFetchInProgressWithoutCountingItAsAFailure() throws Exception {
    Stories.Story stalled = new Stories.Story("/news/stalled", "A page that never arrives", "en",
        "Sat, 15 Mar 2025 08:00:00 GMT", Stories.GLACIER.body());
    CountDownLatch asked = new CountDownLatch(1);
    AtomicInteger syncs = new AtomicInteger();
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    try (TestSite site = new TestSite();
        BotState state = SqliteState.open(dir.resolve("data"), new TestClock(Instant.parse("2025-03-15T09:00:00Z")))) {
      site.feed("/feed.xml", "\"v1\"", "Sat, 15 Mar 2025 08:00:00 GMT", Stories.rss(site.url(""), List.of(stalled, Stories.SOLAR)));
      site.page(Stories.SOLAR.path(), "text/html", Stories.html(Stories.SOLAR));
      site.route(stalled.path(), ex -> {
        asked.countDown();
        Thread.sleep(30_000);
        return 0;
      });
      Feeds.Options options = new Feeds.Options(Duration.ofMinutes(1), Duration.ofSeconds(5), Duration.ofSeconds(60),
          5L << 20, 5, 20, Duration.ZERO, "Briefbot/0.1 (+http://briefbot.test)", true);
      Feeds feeds = new Feeds(corpus, new FeedList(List.of(site.url("/feed.xml")), dir.resolve("data/feeds.txt")), state,
          () -> {
            syncs.incrementAndGet();
            return new SyncReport(0, 0, 0, 0, 0, List.of());
          }, options, new TestClock(Instant.parse("2025-03-15T09:00:00Z")), InetAddress::getAllByName);

      feeds.start();
      assertThat(asked.await(10, TimeUnit.SECONDS)).as("the poller reached the second item by itself").isTrue();
      assertThat(articles(corpus)).hasSize(1);

      long start = System.nanoTime();
      feeds.close();

      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
      assertThat(state.list(FeedState.ITEMS)).isEmpty();
      assertThat(state.list(FeedState.BACKOFF)).isEmpty();
      assertThat(state.list(FeedState.HTTP)).as("the feed is not marked as done").isEmpty();
      assertThat(syncs).hasValue(0);
      assertThat(articles(corpus)).hasSize(1);
    }
  }

  private static List<Path> articles(Path corpus) throws IOException {
    try (Stream<Path> files = Files.list(corpus)) {
      return files.toList();
    }
  }
}
