package briefbot.chat.teams;

import static org.assertj.core.api.Assertions.assertThat;

import briefbot.state.BotState;
import briefbot.state.sqlite.SqliteState;
import briefbot.testing.TestClock;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Teams bot's conversations, digest choices and votes keep their stored form: earlier entries load. */
class TeamsStateFormatTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;
  private final TestClock clock = new TestClock("2026-03-28T08:00:00Z");

  @Test
  void conversationsAndDigestChoicesOfAnEarlierVersionDecideWhereTheDigestGoes() {
    try (BotState state = SqliteState.open(dir, clock)) {
      for (String id : new String[] {"19:on", "19:off", "19:disabled", "19:word", "19:none"}) {
        state.put(Conversations.NAMESPACE, id, "{\"serviceUrl\":\"https://smba.example/amer\",\"channelId\":\"msteams\","
            + "\"conversationId\":\"" + id + "\",\"conversationType\":\"channel\",\"tenantId\":\"t1\","
            + "\"botId\":\"28:bot\",\"botName\":\"Briefbot\"}");
      }
      state.put(DigestSubscription.NAMESPACE, "teams:19:on", "{\"subscribed\":true,\"by\":\"aad-1\","
          + "\"at\":\"2026-03-27T08:00:00Z\"}");
      state.put(DigestSubscription.NAMESPACE, "teams:19:off", "{\"subscribed\":false,\"by\":\"aad-1\","
          + "\"at\":\"2026-03-27T08:00:00Z\"}");
      state.put(DigestSubscription.NAMESPACE, "teams:19:disabled", "{\"enabled\":false}");
      state.put(DigestSubscription.NAMESPACE, "teams:19:word", "off");
      Conversations conversations = new Conversations(state);

      assertThat(conversations.find("19:on")).contains(new ConversationRef("https://smba.example/amer", "msteams",
          "19:on", "channel", "t1", "28:bot", "Briefbot"));
      assertThat(new TeamsDigestSink(conversations, null, state).destinations())
          .containsExactlyInAnyOrder("19:on", "19:none");
    }
  }

  @Test
  void digestChoicesAndVotesAreWrittenInTheEarlierForm() throws Exception {
    try (BotState state = SqliteState.open(dir, clock)) {
      Conversations conversations = new Conversations(state);
      DigestSubscription subscription = new DigestSubscription(conversations, state, clock);
      ConversationRef ref = new ConversationRef("https://smba.example/amer", "msteams", "19:abc;messageid=7",
          "channel", "t1", "28:bot", "Briefbot");
      JsonNode from = JSON.readTree("{\"from\":{\"id\":\"29:u1\",\"aadObjectId\":\"aad-1\"}}");
      subscription.handle("digest off", from, ref, briefbot.chat.Replies.in("en"));
      assertThat(JSON.readTree(state.get(DigestSubscription.NAMESPACE, "teams:19:abc").orElseThrow())).isEqualTo(
          JSON.readTree("{\"subscribed\":false,\"by\":\"aad-1\",\"at\":\"2026-03-28T08:00:00Z\"}"));

      Votes votes = new Votes(state, new SimpleMeterRegistry(), clock);
      JsonNode thumbs = JSON.readTree("{\"type\":\"invoke\",\"name\":\"message/submitAction\",\"replyToId\":\"r1\","
          + "\"from\":{\"id\":\"29:u1\",\"aadObjectId\":\"aad-1\"},\"conversation\":{\"id\":\"19:abc\"},"
          + "\"value\":{\"actionName\":\"feedback\",\"actionValue\":{\"reaction\":\"like\",\"feedback\":\"great\"}}}");
      assertThat(votes.record(thumbs, Votes.of(thumbs).orElseThrow())).isTrue();
      assertThat(state.get(Votes.NAMESPACE, "19:abc|r1|aad-1"))
          .contains("{\"vote\":\"up\",\"at\":\"2026-03-28T08:00:00Z\",\"comment\":\"great\"}");
      JsonNode button = JSON.readTree("{\"type\":\"message\",\"replyToId\":\"r2\",\"from\":{\"id\":\"29:u1\"},"
          + "\"conversation\":{\"id\":\"19:abc\"},\"value\":{\"briefbot\":\"vote\",\"vote\":\"down\"}}");
      votes.record(button, Votes.of(button).orElseThrow());
      assertThat(state.get(Votes.NAMESPACE, "19:abc|r2|29:u1")).as("no comment, no field")
          .contains("{\"vote\":\"down\",\"at\":\"2026-03-28T08:00:00Z\"}");
    }
  }
}
