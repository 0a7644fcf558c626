package briefbot.chat.slack;

import static briefbot.chat.slack.SlackBotTest.h;
import static briefbot.chat.slack.SlackBotTest.in;
import static briefbot.chat.slack.SlackBotTest.links;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import briefbot.config.Config;
import briefbot.testing.Eventually;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.java_websocket.WebSocket;
import org.junit.jupiter.api.Test;

/** Socket Mode: the bot opens a connection through apps.connections.open and answers what arrives on it. */
abstract class SlackSocketModeChecks {

  @Test
  void theBotConnectsAcksAnEnvelopeAndAnswersIt() throws Exception {
    FakeSocketMode server = new FakeSocketMode().startAndWait();
    h.fake.socketUrl(server.url());
    try (SlackBot bot = socketBot()) {
      bot.start();
      assertThat(h.fake.awaitOne("apps.connections.open", c -> true).authorization()).isEqualTo("Bearer xapp-1-test");
      WebSocket socket = server.connected.get(10, TimeUnit.SECONDS);

      String ts = SlackRequests.ts();
      socket.send(envelope("env-mention", "events_api",
          SlackRequests.mention("CSOCK", "USOCK", SlackBotTest.QUESTION, ts, null)).toString());
      assertThat(awaitAck(server, "env-mention").has("payload")).isFalse();
      assertThat(h.fake.awaitOne("chat.postMessage", in("CSOCK")).param("thread_ts")).isEqualTo(ts);
      assertThat(links(h.fake.awaitOne("chat.update", in("CSOCK")).blocks())).isNotEmpty();

      ObjectNode command = FakeSlack.MAPPER.valueToTree(SlackRequests.command("CSOCKCMD", "USOCKCMD",
          SlackBotTest.QUESTION, h.fake.responseUrl("sock1")));
      socket.send(envelope("env-command", "slash_commands", command).toString());
      JsonNode ack = awaitAck(server, "env-command");
      assertThat(ack.path("payload").path("response_type").asText()).isEqualTo("ephemeral");
      assertThat(ack.path("payload").path("text").asText()).contains("Searching");
      assertThat(links(h.fake.awaitOne("response_url:sock1", c -> true).json().path("blocks"))).isNotEmpty();
    } finally {
      server.stop(1000);
    }
  }

  @Test
  void aRejectedAppTokenStopsStartUpWithOneClearLine() {
    h.fake.socketUrl(null);
    try (SlackBot bot = socketBot()) {
      assertThatThrownBy(bot::start).hasMessageContaining("SLACK_APP_TOKEN").hasMessageNotContaining("xapp-1-test");
    }
  }

  private static SlackBot socketBot() {
    Map<String, String> env = new HashMap<>(h.env);
    env.remove("SLACK_SIGNING_SECRET");
    env.put("SLACK_APP_TOKEN", "xapp-1-test");
    return SlackBot.fromConfig(Config.fromEnv(env), h.bot.answerer(), h.state, h.meters, Clock.systemUTC(), null, null);
  }

  private static ObjectNode envelope(String id, String type, ObjectNode payload) {
    ObjectNode envelope = FakeSlack.MAPPER.createObjectNode().put("envelope_id", id).put("type", type)
        .put("accepts_response_payload", "slash_commands".equals(type)).put("retry_attempt", 0)
        .put("retry_reason", "");
    envelope.set("payload", payload);
    return envelope;
  }

  private static JsonNode awaitAck(FakeSocketMode server, String envelopeId) {
    return Eventually.within(Duration.ofSeconds(20)).alias("an ack for " + envelopeId)
        .until(() -> ack(server, envelopeId), Objects::nonNull);
  }

  private static JsonNode ack(FakeSocketMode server, String envelopeId) throws Exception {
    for (String message : server.received) {
      JsonNode node = FakeSlack.MAPPER.readTree(message);
      if (envelopeId.equals(node.path("envelope_id").asText())) {
        return node;
      }
    }
    return null;
  }
}
