package briefbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import briefbot.chat.slack.FakeSlack;
import briefbot.chat.slack.SlackRequests;
import briefbot.config.Config;
import briefbot.testing.SeedCorpus;
import briefbot.testing.SolrCloudTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two {@code serve} processes side by side on one SolrCloud collection, as behind a load balancer: one indexes the
 * corpus, both answer the same, and a Slack event delivered to both is answered once.
 */
@SolrCloudTest
class ServeOnSolrTest {

  private static final String QUESTION = "Who conducts joint patrols with China in the Arctic?";

  @TempDir
  Path dir;

  @Test
  void twoInstancesShareTheIndexAndAnswerASlackEventOnce() throws Exception {
    SeedCorpus.copyTo(dir.resolve("a"));
    Files.createDirectories(dir.resolve("b").resolve("corpus")); // an answering instance with no corpus of its own
    try (FakeSlack slack = new FakeSlack()) {
      Config a = config(dir.resolve("a"), slack);
      Config b = config(dir.resolve("b"), slack);
      try (Service first = Service.start(a, Clock.systemUTC());
          Service second = Service.start(b, Clock.systemUTC())) {
        assertThat(second.bot().index().articleCount()).as("the second left the first's index alone")
            .isEqualTo(first.bot().corpus().scan().entries().size());
        assertThat(ask(b, QUESTION)).isEqualTo(ask(a, QUESTION)).contains("\"status\":\"answered\"");

        String mention = SlackRequests.mention("CPAIR", "UPAIR", QUESTION, SlackRequests.ts(), null).toString();
        assertThat(new SlackRequests(base(a)).postJson(mention).statusCode()).isEqualTo(200);
        Predicate<FakeSlack.Call> inChannel = c -> "CPAIR".equals(c.param("channel"));
        slack.awaitOne("chat.update", inChannel);
        assertThat(new SlackRequests(base(b)).postJson(mention).statusCode()).as("the same event at the other")
            .isEqualTo(200);
        Thread.sleep(500);
        assertThat(slack.calls("chat.postMessage", inChannel)).hasSize(1);
      }
    }
  }

  private static Config config(Path home, FakeSlack slack) throws Exception {
    return SolrServing.config(home, slack, "serve_pair", Map.of());
  }

  private static String base(Config config) {
    return "http://127.0.0.1:" + config.port();
  }

  /** The JSON answer of {@code POST /api/ask}, without its timings. */
  private static String ask(Config config, String question) throws Exception {
    ObjectMapper json = new ObjectMapper();
    HttpRequest request = HttpRequest.newBuilder(URI.create(base(config) + "/api/ask"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json.createObjectNode().put("question", question).toString())).build();
    HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    ObjectNode answer = (ObjectNode) json.readTree(response.body());
    answer.remove("timingsMs");
    return answer.toString();
  }
}
