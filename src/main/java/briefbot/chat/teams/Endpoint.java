package briefbot.chat.teams;

import briefbot.chat.Pending;
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
 * {@code POST /api/messages}: authenticates the Bot Connector's request before reading anything else, checks the
 * activity's shape, records it as pending, answers at once and hands it to a bounded pool; an activity handled before
 * is not handled again, and one a stopped process left pending is handled by the next.
 */
final class Endpoint {

  /** Where handled activities are marked; a delivery of one of them is a duplicate. */
  static final String ACTIVITIES = "teams.activities";
  /** Activities accepted (202) and not yet handled ({@link Pending}). */
  static final String PENDING = "teams.pending";
  private static final Logger LOG = LoggerFactory.getLogger(Endpoint.class);
  private static final Set<String> QUEUED = Set.of("message", "conversationUpdate", "installationUpdate");
  private static final Duration KEEP_IDS = Duration.ofDays(2);
  private static final Duration KEEP_THREADS = Duration.ofDays(30);

  private final TokenValidator validator;
  private final Connector connector;
  private final Dialog dialog;
  private final Installs installs;
  private final Votes votes;
  private final Conversations conversations;
  private final BotState state;
  private final Pending pending;
  private final ExecutorService workers;
  private final MeterRegistry metrics;
  private final Clock clock;
  private final ObjectMapper json = new ObjectMapper();
  private volatile Instant lastPrune = Instant.MIN;

  Endpoint(TokenValidator validator, Connector connector, Dialog dialog, Installs installs, Votes votes,
      Conversations conversations, BotState state, Pending pending, ExecutorService workers, MeterRegistry metrics,
      Clock clock) {
    this.validator = validator;
    this.connector = connector;
    this.dialog = dialog;
    this.installs = installs;
    this.votes = votes;
    this.conversations = conversations;
    this.state = state;
    this.pending = pending;
    this.workers = workers;
    this.metrics = metrics;
    this.clock = clock;
  }

  void handle(Context ctx) {
    TokenValidator.Verified token;
    try {
      token = validator.verify(ctx.header("Authorization"));
    } catch (TokenValidator.Unauthorized e) {
      refuse(ctx, 401, "unauthorized", e.getMessage(), e.hint());
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
    refuse(ctx, status, outcome, why, null);
  }

  /** The same with a hint in our own words (null: none): the setting to fix if Teams' own requests get this. */
  private void refuse(Context ctx, int status, String outcome, String why, String hint) {
    LOG.warn("rejected a request to the Teams endpoint status={} reason=\"{}\"{}", status,
        Untrusted.escapeForLog(why, 200), hint == null ? "" : " hint=\"" + hint + "\"");
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
    if (pending.done(key)) {
      outcome("duplicate");
      ctx.status(202);
      return;
    }
    pending.record(key, activity.toString());
    try {
      workers.execute(() -> process(key));
      outcome("accepted");
      ctx.status(202);
    } catch (RejectedExecutionException e) {
      outcome("busy");
      ctx.status(503); // it is recorded: the next sweep (or Teams' retry) handles it
    }
  }

  /** Handles a pending activity unless another worker has it; one whose reply could not be sent stays pending. */
  void process(String key) {
    Optional<String> work = pending.take(key);
    if (work.isEmpty()) {
      return;
    }
    boolean handled = false;
    try {
      JsonNode activity = json.readTree(work.get());
      ConversationRef ref = ConversationRef.of(activity);
      connector.trust(ref.serviceUrl()); // it came with a validated token when it was recorded
      prune();
      if ("message".equals(activity.path("type").asText())) {
        conversations.refresh(ref);
        handled = dialog.onMessage(activity, ref);
      } else {
        installs.onActivity(activity, ref);
        handled = true;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException | RuntimeException e) {
      LOG.error("handling a Teams activity failed; it stays pending", e);
    } finally {
      if (handled) {
        pending.finish(key);
      } else {
        pending.letGo(key);
      }
    }
  }

  /** Drops an activity pending too long (the Bot Connector was down, say): a late reply would only confuse. */
  void giveUp(String key) {
    if (pending.take(key).isPresent()) {
      LOG.warn("a Teams activity pending too long was given up");
      pending.finish(key);
    }
  }

  private void prune() {
    Instant now = clock.instant();
    if (lastPrune.plus(Duration.ofHours(1)).isBefore(now)) {
      lastPrune = now;
      state.prune(ACTIVITIES, now.minus(KEEP_IDS).toEpochMilli());
      state.prune(TeamsBot.THREADS, now.minus(KEEP_THREADS).toEpochMilli());
    }
  }

  private void outcome(String outcome) {
    metrics.counter("briefbot.teams.requests", "outcome", outcome).increment();
  }
}
