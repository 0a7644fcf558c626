package briefbot.app;

import static briefbot.llm.FakeModelServer.openAi;
import static org.assertj.core.api.Assertions.assertThat;

import briefbot.chat.slack.FakeSlack;
import briefbot.chat.slack.SlackRequests;
import briefbot.chat.teams.FakeBotFramework;
import briefbot.config.Config;
import briefbot.feeds.Stories;
import briefbot.feeds.TestSite;
import briefbot.llm.FakeModelServer;
import briefbot.testing.SeedCorpus;
import briefbot.testing.ServeInChild;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.jwk.RSAKey;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve}'s wiring with every feature configured against fakes on 127.0.0.1 at once: Slack over HTTP, Teams, a
 * feed, the daily digest to a Slack channel, and a model service writing the answers.
 */
@Tag("integration")
class ServeEverythingTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String QUESTION = "Who conducts joint patrols with China in the Arctic?";
  private static final Pattern FIRST_PASSAGE = Pattern.compile("\\[1\\][^\\n]*\\n([^\\n]+?)[.!?](?:\\s|$)");

  @TempDir
  Path dir;

  @Test
  void everyFeatureWorksInOneService() throws Exception {
    SeedCorpus.copyTo(dir);
    int port = ServeInChild.freePort();
    Clock clock = Clock.systemUTC();
    // the digest fell due five minutes ago, well within its grace period, so the service posts it at once
    LocalTime due = LocalTime.now(clock).minusMinutes(5);
    try (FakeSlack slack = new FakeSlack(); FakeBotFramework microsoft = new FakeBotFramework();
        FakeModelServer model = FakeModelServer.start(ServeEverythingTest::modelReply);
        TestSite site = new TestSite()) {
      RSAKey key = FakeBotFramework.newKey("key-1");
      microsoft.publish(key);
      site.page(Stories.SOLAR.path(), "text/html; charset=utf-8", Stories.html(Stories.SOLAR))
          .feed("/feed.xml", "\"v1\"", "Tue, 04 Mar 2025 10:00:00 GMT", Stories.rss(site.url(""), List.of(Stories.SOLAR)));
      Map<String, String> env = new HashMap<>(microsoft.env());
      env.putAll(Map.of("BRIEFBOT_PORT", Integer.toString(port), "SLACK_BOT_TOKEN", "xoxb-serve",
          "SLACK_SIGNING_SECRET", SlackRequests.SECRET, "SLACK_API_URL", slack.apiUrl(),
          "BRIEFBOT_DIGEST_SLACK_CHANNELS", "C0DIGEST1", "BRIEFBOT_DIGEST_CRON", due.getMinute() + " " + due.getHour() + " * * *",
          "BRIEFBOT_FEEDS", site.url("/feed.xml"), "BRIEFBOT_LLM", "openai", "OPENAI_BASE_URL", model.url() + "/v1",
          "OPENAI_API_KEY", "sk-test"));
      Config config = SeedCorpus.config(dir, env);
      Service.Options options = Service.Options.defaults()
          .withFeeds(o -> o.allowingLoopback().withHostDelay(Duration.ZERO));

      try (Service service = Service.start(config, clock, options)) {
        String base = "http://127.0.0.1:" + service.port();

        JsonNode web = JSON.readTree(post(base + "/api/ask", JSON.createObjectNode().put("question", QUESTION), null));
        assertThat(web.path("status").asText()).isEqualTo("answered");
        assertThat(web.path("composer").asText()).isEqualTo("llm");

        String ts = SlackRequests.ts();
        String mention = SlackRequests.mention("CSERVE", "USERVE", QUESTION, ts, null).toString();
        assertThat(new SlackRequests(base).postJson(mention).statusCode()).isEqualTo(200);
        assertThat(slack.awaitOne("chat.update", c -> "CSERVE".equals(c.param("channel"))).blocks().toString())
            .contains("http://briefbot.test/articles/");

        String conversation = "a:personal-" + UUID.randomUUID();
        String token = FakeBotFramework.token(key, FakeBotFramework.APP_ID, microsoft.serviceUrl(), clock.instant(),
            Duration.ofHours(1));
        post(base + "/api/messages", teamsMessage(microsoft, conversation, QUESTION), token);
        await(() -> !microsoft.messagesTo(conversation).isEmpty());
        assertThat(microsoft.messagesTo(conversation).get(0).activity().toString())
            .contains("http://briefbot.test/articles/");

        assertThat(slack.awaitOne("chat.postMessage", c -> "C0DIGEST1".equals(c.param("channel"))).blocks()
            .toString()).contains("http://briefbot.test/articles/");

        await(() -> get(base + "/metrics").contains("briefbot_feeds_articles_added_total 1.0"));
        String metrics = get(base + "/metrics");
        for (String stage : List.of("rewrite", "retrieve", "compose", "embed", "bm25", "knn", "fetch", "evidence")) {
          // one answer each through the web, Slack and Teams, timed stage by stage whichever channel asked
          assertThat(stageCount(metrics, stage)).as(stage).isGreaterThanOrEqualTo(3);
        }
        JsonNode solar = JSON.readTree(post(base + "/api/ask",
            JSON.createObjectNode().put("question", "How many homes will the floating solar farm power?"), null));
        assertThat(solar.path("citations").toString()).contains(site.url(Stories.SOLAR.path()));
        assertThat(model.requests()).isNotEmpty();
      }
    }
  }

  /** Answers with the first sentence of the first passage, cited: what a faithful model would write. */
  private static FakeModelServer.Reply modelReply(FakeModelServer.Request request) {
    Matcher m = FIRST_PASSAGE.matcher(request.user() == null ? "" : request.user());
    return openAi(m.find() ? m.group(1) + " [1]." : "en: " + QUESTION);
  }

  private static ObjectNode teamsMessage(FakeBotFramework microsoft, String conversation, String text) {
    ObjectNode a = JSON.createObjectNode().put("type", "message").put("id", "1" + System.nanoTime())
        .put("serviceUrl", microsoft.serviceUrl()).put("channelId", "msteams").put("text", text)
        .put("textFormat", "plain");
    a.putObject("from").put("id", "29:user-1").put("name", "Ada").put("aadObjectId", "aad-user-1");
    a.putObject("conversation").put("id", conversation).put("conversationType", "personal")
        .put("tenantId", "tenant-1");
    a.putObject("recipient").put("id", "28:" + FakeBotFramework.APP_ID).put("name", "Briefbot");
    return a;
  }

  private static String post(String url, JsonNode body, String bearer) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
    if (bearer != null) {
      request.header("Authorization", "Bearer " + bearer);
    }
    HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isBetween(200, 299);
    return response.body();
  }

  private static String get(String url) throws Exception {
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
        HttpResponse.BodyHandlers.ofString()).body();
  }

  private static double stageCount(String metrics, String stage) {
    String series = "briefbot_answer_stage_seconds_count{stage=\"" + stage + "\"} ";
    return metrics.lines().filter(l -> l.startsWith(series)).mapToDouble(l -> Double.parseDouble(
        l.substring(series.length()).trim())).findFirst().orElse(0);
  }

  private static void await(Callable<Boolean> condition) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (!condition.call()) {
      assertThat(System.nanoTime()).as("condition met within 60 s").isLessThan(deadline);
      Thread.sleep(50);
    }
  }

}
