package briefbot.chat.teams;

import briefbot.state.BotState;
import briefbot.state.Namespace;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Feedback on answers, from Teams' own thumbs (a {@code message/submitAction} invoke) or the card's buttons (an
 * Action.Submit message): one vote per person per answer in {@code teams.votes}, a later vote replacing the earlier.
 */
final class Votes {

  static final String NAMESPACE = "teams.votes";
  private static final int MAX_COMMENT = 500;

  /** A vote ({@code up} or {@code down}), when, and the comment typed with Teams' own thumbs, if any. */
  record Vote(String vote, Instant at, @JsonInclude(JsonInclude.Include.NON_EMPTY) String comment) {}

  private final Namespace<Vote> votes;
  private final Clock clock;

  Votes(BotState state, MeterRegistry metrics, Clock clock) {
    this.votes = Namespace.of(state, NAMESPACE, Vote.class);
    this.clock = clock;
    for (String vote : List.of("up", "down")) {
      // read from the stored votes: one per person per answer, a changed vote moves, and every instance agrees
      Gauge.builder("briefbot.teams.votes", this, v -> v.count(vote)).tag("vote", vote).strongReference(true)
          .description("Feedback votes on Teams answers, one per person per answer").register(metrics);
    }
  }

  /** The vote an activity carries, if it is one: "up" or "down". */
  static Optional<String> of(JsonNode activity) {
    if ("invoke".equals(activity.path("type").asText())) {
      JsonNode value = activity.path("value");
      if ("message/submitAction".equals(activity.path("name").asText())
          && "feedback".equals(value.path("actionName").asText())) {
        String reaction = value.path("actionValue").path("reaction").asText();
        return "like".equals(reaction) ? Optional.of("up") : "dislike".equals(reaction) ? Optional.of("down")
            : Optional.empty();
      }
      return Optional.empty();
    }
    JsonNode value = activity.path("value");
    String vote = value.path("vote").asText();
    return "vote".equals(value.path("briefbot").asText()) && (vote.equals("up") || vote.equals("down"))
        ? Optional.of(vote) : Optional.empty();
  }

  /** Stores the vote; false when the activity does not say which answer it is about. */
  boolean record(JsonNode activity, String vote) {
    String answerId = activity.path("replyToId").asText("");
    String user = activity.path("from").path("aadObjectId").asText(activity.path("from").path("id").asText(""));
    if (answerId.isEmpty() || user.isEmpty()) {
      return false;
    }
    String key = activity.path("conversation").path("id").asText() + "|" + answerId + "|" + user;
    votes.put(key, new Vote(vote, clock.instant(), comment(activity)));
    return true;
  }

  private long count(String vote) {
    return votes.all().values().stream().filter(v -> vote.equals(v.vote())).count();
  }

  private static String comment(JsonNode activity) {
    JsonNode feedback = activity.path("value").path("actionValue").path("feedback");
    String text = feedback.isTextual() ? feedback.asText() : feedback.isMissingNode() ? "" : feedback.toString();
    return TeamsText.cut(text, MAX_COMMENT);
  }
}
