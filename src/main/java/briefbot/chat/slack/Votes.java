package briefbot.chat.slack;

import briefbot.state.BotState;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;

/**
 * 👍/👎 on an answer, stored in {@code slack.votes} under {@code channel:message_ts:user} together with the
 * question, answer and citations voted on, so a second vote by the same person replaces the first.
 */
final class Votes {

  static final String NAMESPACE = "slack.votes";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final BotState state;
  private final AnswerStore answers;
  private final Clock clock;
  private final Counter up;
  private final Counter down;

  Votes(BotState state, AnswerStore answers, MeterRegistry meters, Clock clock) {
    this.state = state;
    this.answers = answers;
    this.clock = clock;
    this.up = Counter.builder("briefbot.slack.votes").tag("vote", "up")
        .description("Feedback votes on Slack answers").register(meters);
    this.down = Counter.builder("briefbot.slack.votes").tag("vote", "down")
        .description("Feedback votes on Slack answers").register(meters);
  }

  static String key(String channel, String messageTs, String user) {
    return channel + ":" + messageTs + ":" + user;
  }

  /** Records a vote; true when it replaced an earlier vote of the same person on the same answer. */
  boolean record(String channel, String messageTs, String user, boolean helpful) {
    ObjectNode vote = JSON.createObjectNode();
    vote.put("vote", helpful ? "up" : "down");
    vote.put("user", user);
    vote.put("channel", channel);
    vote.put("messageTs", messageTs);
    vote.put("at", clock.instant().toString());
    answers.json(AnswerStore.messageKey(channel, messageTs)).ifPresent(answer -> {
      vote.put("question", answer.path("question").asText());
      vote.put("status", answer.path("status").asText());
      vote.put("answer", answer.path("answer").asText());
      vote.set("citations", answer.path("citations"));
    });
    String key = key(channel, messageTs, user);
    boolean replaced = state.contains(NAMESPACE, key);
    state.put(NAMESPACE, key, vote.toString());
    (helpful ? up : down).increment();
    return replaced;
  }
}
