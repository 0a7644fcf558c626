package briefbot.chat.slack;

import briefbot.answer.Citation;
import briefbot.state.BotState;
import briefbot.state.Namespace;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * 👍/👎 on an answer, stored in {@code slack.votes} under {@code channel:message_ts:user} together with the
 * question, answer and citations voted on, so a second vote by the same person replaces the first.
 */
final class Votes {

  static final String NAMESPACE = "slack.votes";

  /** A vote ({@code up} or {@code down}) and, when the answer is still stored, what was voted on. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Vote(String vote, String user, String channel, String messageTs, Instant at, String question, String status,
      String answer, List<Citation> citations) {}

  private final Namespace<Vote> votes;
  private final AnswerStore answers;
  private final Clock clock;

  Votes(BotState state, AnswerStore answers, MeterRegistry meters, Clock clock) {
    this.votes = Namespace.of(state, NAMESPACE, Vote.class);
    this.answers = answers;
    this.clock = clock;
    for (String vote : List.of("up", "down")) {
      // read from the stored votes: one per person per answer, a changed vote moves, and every instance agrees
      Gauge.builder("briefbot.slack.votes", this, v -> v.count(vote)).tag("vote", vote).strongReference(true)
          .description("Feedback votes on Slack answers, one per person per answer").register(meters);
    }
  }

  static String key(String channel, String messageTs, String user) {
    return channel + ":" + messageTs + ":" + user;
  }

  /** Records a vote; true when it replaced an earlier vote of the same person on the same answer. */
  boolean record(String channel, String messageTs, String user, boolean helpful) {
    String vote = helpful ? "up" : "down";
    Instant at = clock.instant();
    Vote record = answers.stored(AnswerStore.messageKey(channel, messageTs))
        .map(a -> new Vote(vote, user, channel, messageTs, at, a.question(), a.status(), a.answer(), a.citations()))
        .orElse(new Vote(vote, user, channel, messageTs, at, null, null, null, null));
    String key = key(channel, messageTs, user);
    boolean replaced = votes.contains(key);
    votes.put(key, record);
    return replaced;
  }

  private long count(String vote) {
    return votes.all().values().stream().filter(v -> vote.equals(v.vote())).count();
  }
}
