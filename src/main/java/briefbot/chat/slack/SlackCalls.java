package briefbot.chat.slack;

import briefbot.text.Failures;
import com.slack.api.Slack;
import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import com.slack.api.bolt.util.Responder;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.webhook.WebhookResponse;
import dev.failsafe.Failsafe;
import dev.failsafe.FailsafeException;
import dev.failsafe.RetryPolicy;
import java.io.IOException;
import java.time.Duration;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Calls the Slack Web API with the bot token: an error reply becomes {@link SlackCallFailed}, and HTTP 429 is
 * honoured by waiting the {@code Retry-After} seconds and trying again (the SDK's synchronous client only throws).
 */
final class SlackCalls {

  /** One Web API call. */
  @FunctionalInterface
  interface Call<T extends SlackApiTextResponse> {
    T run(MethodsClient methods) throws IOException, SlackApiException;
  }

  private static final Logger LOG = LoggerFactory.getLogger(SlackCalls.class);
  static final int MAX_RETRIES = 3;
  static final Duration MAX_WAIT = Duration.ofSeconds(60);
  /** The errors Slack's Web API documents as its own trouble (HTTP 200, ok false): the same call may work later. */
  private static final Set<String> ON_SLACKS_SIDE = Set.of("internal_error", "fatal_error", "service_unavailable",
      "request_timeout");

  private final Slack slack;
  private final MethodsClient methods;

  SlackCalls(Slack slack, String botToken) {
    this.slack = slack;
    this.methods = slack.methods(botToken);
  }

  /** Posts a message (in a thread when {@code threadTs} is set) and returns its ts. */
  String post(String channel, String threadTs, AnswerBlocks.Message message) {
    return call("chat.postMessage", m -> m.chatPostMessage(r -> r.channel(channel).threadTs(threadTs)
        .text(message.text()).blocks(message.blocks()).linkNames(false).unfurlLinks(false).unfurlMedia(false)))
        .getTs();
  }

  /** Replaces a message the bot posted. */
  void update(String channel, String ts, AnswerBlocks.Message message) {
    call("chat.update", m -> m.chatUpdate(r -> r.channel(channel).ts(ts).text(message.text())
        .blocks(message.blocks()).linkNames(false)));
  }

  /** Answers through an interaction's response_url (private replies to /brief and to buttons). */
  void respond(String responseUrl, ActionResponse response) {
    if (Mrkdwn.safeUrl(responseUrl) == null) {
      throw new SlackCallFailed("response_url", "not an http(s) URL");
    }
    try {
      WebhookResponse r = new Responder(slack, responseUrl).send(response);
      if (r.getCode() == null || r.getCode() != 200) {
        throw new SlackCallFailed("response_url", "HTTP " + r.getCode());
      }
    } catch (IOException e) {
      throw new SlackCallFailed("response_url", Failures.inWords(e));
    }
  }

  /** A private reply (ephemeral) through a response_url; {@code replace} swaps it for the message it answers. */
  void respond(String responseUrl, AnswerBlocks.Message message, boolean replace) {
    respond(responseUrl, ActionResponse.builder().responseType("ephemeral").replaceOriginal(replace)
        .text(message.text()).blocks(message.blocks()).build());
  }

  <T extends SlackApiTextResponse> T call(String method, Call<T> call) {
    T response;
    try {
      response = Failsafe.with(SlackCalls.<T>rateLimits(method)).get(() -> call.run(methods));
    } catch (FailsafeException e) {
      throw failed(method, e.getCause());
    }
    if (!response.isOk()) {
      String error = response.getError();
      throw "missing_scope".equals(error) ? SlackCallFailed.missingScope(method, response.getNeeded())
          : ON_SLACKS_SIDE.contains(error) ? SlackCallFailed.transientFailure(method, error)
          : new SlackCallFailed(method, error);
    }
    return response;
  }

  /** HTTP 429 is tried again after the {@code Retry-After} seconds, up to {@link #MAX_RETRIES} times. */
  private static <T> RetryPolicy<T> rateLimits(String method) {
    return RetryPolicy.<T>builder()
        .handleIf(e -> e instanceof SlackApiException s && s.getResponse().code() == 429)
        .withMaxRetries(MAX_RETRIES)
        .withDelayFn(c -> retryAfter(c.<SlackApiException>getLastException().getResponse().header("Retry-After")))
        .onRetryScheduled(e -> LOG.warn("slack rate limited method={} retryAfterMs={} attempt={}", method,
            e.getDelay().toMillis(), e.getAttemptCount()))
        .build();
  }

  /** Slack's refusals are lasting; an unreachable Slack, a failure on its side or a rate limit may pass. */
  private static SlackCallFailed failed(String method, Throwable cause) {
    if (cause instanceof SlackApiException e) {
      int code = e.getResponse().code();
      String error = e.getError() != null && e.getError().getError() != null ? e.getError().getError() : "HTTP " + code;
      return code == 429 || code >= 500 ? SlackCallFailed.transientFailure(method, error)
          : new SlackCallFailed(method, error);
    }
    if (cause instanceof InterruptedException) {
      Thread.currentThread().interrupt();
      return new SlackCallFailed(method, "interrupted while waiting out a rate limit");
    }
    return SlackCallFailed.transientFailure(method, Failures.inWords(cause));
  }

  /** Slack sends whole seconds; a missing or odd header waits one second, a huge one is capped. */
  static Duration retryAfter(String header) {
    try {
      long seconds = Long.parseLong(header == null ? "1" : header.strip());
      return Duration.ofSeconds(Math.max(0, Math.min(seconds, MAX_WAIT.toSeconds())));
    } catch (NumberFormatException e) {
      return Duration.ofSeconds(1);
    }
  }
}
