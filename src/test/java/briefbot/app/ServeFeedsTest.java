package briefbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import briefbot.answer.Answer;
import briefbot.answer.Question;
import briefbot.config.Config;
import briefbot.feeds.Stories;
import briefbot.feeds.TestSite;
import briefbot.testing.Eventually;
import briefbot.testing.SeedCorpus;
import briefbot.testing.ServeInChild;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Feeds inside {@code serve}: the wiring Main uses, polling by itself, counted in /metrics, stopped with the server. */
class ServeFeedsTest {

  @TempDir
  Path dir;

  @Test
  void serveStoresTheArticlesOfAConfiguredFeedAndCountsThem() throws Exception {
    try (TestSite site = new TestSite()) {
      site.feed("/feed.xml", "\"v1\"", "Tue, 04 Mar 2025 10:00:00 GMT", Stories.rss(site.url(""), List.of(Stories.SOLAR)));
      site.page(Stories.SOLAR.path(), "text/html", Stories.html(Stories.SOLAR));
      SeedCorpus.copyTo(dir);
      int port = ServeInChild.freePort();
      Config config = SeedCorpus.config(dir, Map.of("BRIEFBOT_PORT", Integer.toString(port),
          "BRIEFBOT_FEEDS", site.url("/feed.xml")));
      Service.Options options = Service.Options.defaults()
          .withFeeds(o -> o.allowingLoopback().withHostDelay(Duration.ZERO));

      try (Service running = Service.start(config, Clock.systemUTC(), options)) {
        String solar = site.url(Stories.SOLAR.path());
        Answer answer = Eventually.within(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200))
            .until(() -> running.bot().answerer().ask(Question.of("How many homes will the floating solar farm power?")),
                a -> a instanceof Answer.Grounded g && g.citations().stream()
                    .anyMatch(c -> c.originalUrl() != null && c.originalUrl().startsWith(solar)));
        assertThat(((Answer.Grounded) answer).citations()).anySatisfy(c ->
            assertThat(c.originalUrl()).startsWith(solar + "#:~:text="));
        HttpRequest scrape = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/metrics")).build();
        String metrics = Eventually.within(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100))
            .until(() -> HttpClient.newHttpClient().send(scrape, HttpResponse.BodyHandlers.ofString()).body(),
                m -> m.contains("briefbot_feeds_polls_total 1.0"));
        assertThat(metrics).contains("briefbot_feeds_articles_added_total 1.0", "briefbot_feeds_polls_total 1.0");
      }
    }
  }
}
