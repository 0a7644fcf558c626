package briefbot.chat.slack;

import static org.assertj.core.api.Assertions.assertThat;

import briefbot.state.BotState;
import briefbot.state.solr.SolrState;
import briefbot.testing.SolrCloud;
import briefbot.testing.SolrCloudTest;
import io.javalin.Javalin;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two Briefbot instances behind a load balancer, sharing their state in SolrCloud: a Slack event is answered once. */
@SolrCloudTest
class SharedStateSlackTest {

  @TempDir
  Path dir;

  @Test
  void anEventDeliveredToTwoInstancesIsAnsweredOnce() throws Exception {
    var settings = SolrCloud.shared().settings("slack_shared");
    try (SlackHarness h = new SlackHarness(dir, Map.of("SLACK_SIGNING_SECRET", SlackRequests.SECRET));
        BotState stateA = SolrState.open(settings, Clock.systemUTC());
        BotState stateB = SolrState.open(settings, Clock.systemUTC());
        SlackBot a = h.startSlack(stateA);
        SlackBot b = h.startSlack(stateB)) {
      Javalin serverA = SlackHarness.serve(a);
      Javalin serverB = SlackHarness.serve(b);
      try {
        SlackRequests toA = new SlackRequests("http://127.0.0.1:" + serverA.port());
        SlackRequests toB = new SlackRequests("http://127.0.0.1:" + serverB.port());
        String body = SlackRequests.mention("CSHARED", "USHARED", SlackBotTest.QUESTION, SlackRequests.ts(), null)
            .toString();
        long now = Instant.now().getEpochSecond();
        // The first delivery and a quick retry land on different instances at the same moment, a later retry too.
        List<CompletableFuture<HttpResponse<String>>> acks = List.of(
            CompletableFuture.supplyAsync(() -> toA.postJson(body, now, SlackRequests.SECRET, null)),
            CompletableFuture.supplyAsync(() -> toB.postJson(body, now, SlackRequests.SECRET, "1")));
        for (var ack : acks) {
          assertThat(ack.get().statusCode()).isEqualTo(200);
        }
        h.fake.awaitOne("chat.update", SlackBotTest.in("CSHARED"));
        assertThat(toB.postJson(body, now, SlackRequests.SECRET, "2").statusCode()).isEqualTo(200);
        SlackBotTest.settle();
        assertThat(h.fake.calls("chat.postMessage", SlackBotTest.in("CSHARED"))).hasSize(1);
        assertThat(h.fake.calls("chat.update", SlackBotTest.in("CSHARED"))).hasSize(1);
      } finally {
        serverA.stop();
        serverB.stop();
      }
    }
  }
}
