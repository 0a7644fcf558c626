package briefbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import briefbot.chat.slack.FakeSlack;
import briefbot.chat.slack.SlackRequests;
import briefbot.config.Config;
import briefbot.feeds.Stories;
import briefbot.testing.SeedCorpus;
import briefbot.testing.SolrCloudTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two {@code serve} processes on one SolrCloud collection and its bot state, both looking for new articles every
 * second: a channel's watch fires once for an article added while they run, whichever of them sees it first.
 */
@SolrCloudTest
class WatchOnSolrTest {

  private static final String CHANNEL = "CSOLRWATCH";

  @TempDir
  Path dir;

  @Test
  void twoInstancesPostAWatchAlertOnce() throws Exception {
    SeedCorpus.copyTo(dir.resolve("a"));
    Files.createDirectories(dir.resolve("b").resolve("corpus"));
    try (FakeSlack slack = new FakeSlack()) {
      Config a = config(dir.resolve("a"), slack);
      Config b = config(dir.resolve("b"), slack);
      try (Service first = Service.start(a, Clock.systemUTC());
          Service second = Service.start(b, Clock.systemUTC())) {
        String mention = SlackRequests.mention(CHANNEL, "USOLR", "watch floating solar farm", SlackRequests.ts(),
            null).toString();
        assertThat(new SlackRequests("http://127.0.0.1:" + b.port()).postJson(mention).statusCode()).isEqualTo(200);
        assertThat(slack.awaitOne("chat.postMessage", c -> CHANNEL.equals(c.param("channel"))).param("text"))
            .contains("Watching");

        StringBuilder text = new StringBuilder("---\ntitle: " + Stories.SOLAR.title() + "\nsource: Test News\n---\n");
        Stories.SOLAR.body().stream().filter(p -> !p.startsWith("#")).forEach(p -> text.append(p).append("\n\n"));
        Files.writeString(dir.resolve("a").resolve("corpus").resolve("floating-solar.md"), text);
        first.bot().sync(line -> {});

        Predicate<FakeSlack.Call> alerts = c -> CHANNEL.equals(c.param("channel")) && c.param("text") != null
            && c.param("text").contains("New on the watch");
        assertThat(slack.awaitOne("chat.postMessage", alerts).blocks().toString())
            .contains("http://briefbot.test/articles/floating-solar");
        assertThat(second.bot().index().article("floating-solar")).as("the other instance sees it too").isPresent();
        Thread.sleep(4_000); // both have looked several times since
        assertThat(slack.calls("chat.postMessage", alerts)).hasSize(1);
      }
    }
  }

  private static Config config(Path home, FakeSlack slack) throws Exception {
    return SolrServing.config(home, slack, "watch_pair", Map.of("BRIEFBOT_WATCH_INTERVAL", "PT1S"));
  }
}
