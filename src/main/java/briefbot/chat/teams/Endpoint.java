package briefbot.chat.teams;

import briefbot.state.BotState;
import briefbot.text.Untrusted;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /api/messages}: authenticates the Bot Connector's request before reading anything else, answers at
 * once, and hands the activity to a bounded pool; an activity id seen before is not handled again.
 */
final class Endpoint {

  static final String ACTIVITIES = "teams.activities";
  private static final Logger LOG = LoggerFactory.getLogger(Endpoint.class);
  private static final Set<String> QUEUED = Set.of("message", "conversationUpdate", "installationUpdate");
  private static final Duration KEEP_IDS = Duration.ofDays(2);

  private final TokenValidator validator;
  private final Connector connector;
  private final Dialog dialog;
  private final Installs installs;
  private final Votes votes;
  private final Conversations conversations;
  private final BotState state;
  private final ExecutorService workers;
  private final MeterRegistry metrics;
  private final Clock clock;
  private final ObjectMapper json = new ObjectMapper();
  private volatile Instant lastPrune = Instant.MIN;

  Endpoint(TokenValidator validator, Connector connector, Dialog dialog, Installs installs, Votes votes,
      Conversations conversations, BotState state, ExecutorService workers, MeterRegistry metrics, Clock clock) {
    this.validator = validator;
    this.connector = connector;
    this.dialog = dialog;
    this.installs = installs;
    this.votes = votes;
    this.conversations = conversations;
    this.state = state;
    this.workers = workers;
    this.metrics = metrics;
    this.clock = clock;
  }

  void handle(Context ctx) {
    TokenValidator.Verified token;
    try {
      token = validator.verify(ctx.header("Authorization"));
    } catch (TokenValidator.Unauthorized e) {
      refuse(ctx, 401, "unauthorized", e.getMessage());
      return;
    } catch (SigningKeys.Unavailable e) {
      outcome("keys_unavailable");
      ctx.status(503);
      return;
    }
    JsonNode activity;
    try {
      activity = json.readTree(ctx.bodyAsBytes());
    } catch (IOException e) {
      refuse(ctx, 400, "malformed", "the body is not JSON");
      return;
    }
    Optional<String> malformed = Activities.problem(activity);
    if (malformed.isPresent()) {
      refuse(ctx, 400, "malformed", malformed.get());
      return;
    }
    try {
      token.check(activity.path("serviceUrl").asText(null), activity.path("channelId").asText(null));
    } catch (TokenValidator.Unauthorized e) {
      refuse(ctx, 401, "unauthorized", e.getMessage());
      return;
    }
    connector.trust(token.serviceUrl());
    dispatch(ctx, activity);
  }

  /** One short log line (what the sender controls is escaped and cut), a count, and the status. */
  private void refuse(Context ctx, int status, String outcome, String why) {
    LOG.warn("rejected a request to the Teams endpoint status={} reason=\"{}\"", status,
        Untrusted.escapeForLog(why, 200));
    outcome(outcome);
    ctx.status(status);
  }

  private void dispatch(Context ctx, JsonNode activity) {
    String type = activity.path("type").asText("");
    ConversationRef ref = ConversationRef.of(activity);
    if ("invoke".equals(type)) {
      // invokes want their answer in the HTTP response; recording a vote is quick
      Votes.of(activity).ifPresent(vote -> votes.record(activity, vote));
      outcome("invoke");
      ctx.status(200).contentType("application/json").result("{}");
      return;
    }
    if (!QUEUED.contains(type) || ref.conversationId().isEmpty()) {
      outcome("ignored");
      ctx.status(202);
      return;
    }
    String key = ref.conversationId() + "|" + activity.path("id").asText("");
    if (state.contains(ACTIVITIES, key)) {
      outcome("duplicate");
      ctx.status(202);
      return;
    }
    try {
      workers.execute(() -> process(key, activity, ref));
      outcome("accepted");
      ctx.status(202);
    } catch (RejectedExecutionException e) {
      outcome("busy");
      ctx.status(503); // Teams retries; the id was not claimed, so the retry is handled
    }
  }

  private void process(String key, JsonNode activity, ConversationRef ref) {
    try {
      if (!state.claim(ACTIVITIES, key)) {
        return;
      }
      prune();
      if ("message".equals(activity.path("type").asText())) {
        conversations.refresh(ref);
        dialog.onMessage(activity, ref);
      } else {
        installs.onActivity(activity, ref);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      LOG.error("handling a Teams {} activity failed", activity.path("type").asText(), e);
    }
  }

  private void prune() {
    Instant now = clock.instant();
    if (lastPrune.plus(Duration.ofHours(1)).isBefore(now)) {
      lastPrune = now;
      state.prune(ACTIVITIES, now.minus(KEEP_IDS).toEpochMilli());
    }
  }

  private void outcome(String outcome) {
    metrics.counter("briefbot.teams.requests", "outcome", outcome).increment();
  }
}
