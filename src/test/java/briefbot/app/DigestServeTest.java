package briefbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import briefbot.chat.slack.FakeSlack;
import briefbot.chat.slack.SlackRequests;
import briefbot.config.Config;
import briefbot.testing.Eventually;
import briefbot.testing.SeedCorpus;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve} runs the digest: started 20 minutes after it was due, it posts it once to the Teams webhook and the
 * Slack channel, and {@code /brief digest} shows it privately.
 */
class DigestServeTest {

  @TempDir
  Path dir;

  @Test
  void serveStartsTheDigestAndPostsADigestDueAtStartUpOnce() throws Exception {
    List<String> received = new CopyOnWriteArrayList<>();
    HttpServer webhook = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    webhook.createContext("/hook", exchange -> {
      received.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
      exchange.sendResponseHeaders(202, -1);
      exchange.close();
    });
    webhook.start();
    SeedCorpus.copyTo(dir);
    Config config = SeedCorpus.config(dir, Map.of("BRIEFBOT_PORT", "0", "BRIEFBOT_DIGEST_CRON", "0 8 * * *",
        "TEAMS_DIGEST_WEBHOOK_URL", "http://127.0.0.1:" + webhook.getAddress().getPort() + "/hook"));
    Clock clock = Clock.fixed(Instant.parse("2026-03-28T08:20:00Z"), ZoneOffset.UTC);
    try (Service running = Service.start(config, clock)) {
      Eventually.within(Duration.ofSeconds(10)).until(() -> !received.isEmpty());
      assertThat(running.port()).isPositive();
    } finally {
      webhook.stop(0);
    }
    assertThat(received).singleElement().asString().contains("AdaptiveCard").contains("reported by 2 sources")
        .contains("http://briefbot.test/articles/");
  }

  @Test
  void serveWithSlackPostsTheDigestToItsChannelOnceAndShowsItPrivatelyOnSlashBriefDigest() throws Exception {
    SeedCorpus.copyTo(dir);
    // the channel asking has a German digest: /brief digest there shows it in German
    Files.createDirectories(dir.resolve("data"));
    Files.writeString(dir.resolve("data/digest.yaml"), "channels:\n  \"slack:C0ASKER01\": {language: de}\n");
    try (FakeSlack slack = new FakeSlack()) {
      Config config = SeedCorpus.config(dir, Map.of("BRIEFBOT_PORT", "0", "SLACK_BOT_TOKEN", "xoxb-serve",
          "SLACK_SIGNING_SECRET", SlackRequests.SECRET, "SLACK_API_URL", slack.apiUrl(),
          "BRIEFBOT_DIGEST_SLACK_CHANNELS", "C0DIGEST1"));
      Clock clock = Clock.fixed(Instant.parse("2026-03-28T08:20:00Z"), ZoneOffset.UTC);
      try (Service running = Service.start(config, clock)) {
        FakeSlack.Call posted = slack.awaitOne("chat.postMessage", c -> "C0DIGEST1".equals(c.param("channel")));
        assertThat(posted.blocks().toString()).contains("2 sources").contains("http://briefbot.test/articles/");

        String responseUrl = slack.apiUrl().replace("/api", "/respond/digest-1");
        HttpResponse<String> ack = slashBrief(running.port(), "digest", responseUrl);
        assertThat(ack.statusCode()).isEqualTo(200);
        FakeSlack.Call shown = slack.awaitOne("response_url:digest-1", c -> true);
        assertThat(shown.json().toString()).contains("Überblick für Samstag, 28. März 2026")
            .contains("von 2 Quellen berichtet").contains("http://briefbot.test/articles/002_");
        assertThat(posted.blocks().toString()).contains("Briefing for Saturday 28 March 2026");
      }
      assertThat(slack.calls("chat.postMessage", c -> "C0DIGEST1".equals(c.param("channel")))).hasSize(1);
    }
  }

  /** A signed {@code /brief TEXT} slash command, as Slack sends it to {@code /slack/events}. */
  private static HttpResponse<String> slashBrief(int port, String text, String responseUrl) {
    return new SlackRequests("http://127.0.0.1:" + port)
        .postForm(SlackRequests.command("C0ASKER01", "U0ASKER01", text, responseUrl));
  }
}
