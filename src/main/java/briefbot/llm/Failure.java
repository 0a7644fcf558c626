package briefbot.llm;

import briefbot.text.Failures;
import com.azure.core.exception.HttpResponseException;
import com.azure.core.http.HttpHeaderName;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.langchain4j.exception.ContentFilteredException;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.UnresolvedModelServerException;
import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeoutException;

/** Why a model call failed, said in a few words for the log, and whether trying again can help. */
record Failure(String cause, boolean retryable, Optional<Duration> retryAfter) {

  private static final Set<Integer> RETRYABLE = Set.of(408, 429, 500, 502, 503, 504);
  private static final int MAX_DETAIL = 160;

  /** Reads the cause chain of what a LangChain4j model threw (OpenAI, Ollama or Azure client). */
  static Failure of(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof ModelHttpException e) {
        return http(e.statusCode(), e.getMessage(), e.retryAfter());
      }
      if (t instanceof HttpResponseException e && e.getResponse() != null) {
        var headers = e.getResponse().getHeaders();
        return http(e.getResponse().getStatusCode(), e.getMessage(), Optional.ofNullable(
            RetryAfter.parse(name -> headers.getValue(HttpHeaderName.fromString(name)), Instant.now())));
      }
      if (t instanceof HttpException e) {
        return http(e.statusCode(), e.getMessage(), Optional.empty());
      }
      if (t instanceof UnresolvedModelServerException) {
        // LangChain4j throws it with no message: the model server's host name did not resolve
        return new Failure("cannot reach the model server: its host name does not resolve (no network, or a wrong "
            + "base URL)", false, Optional.empty());
      }
      if (t instanceof dev.langchain4j.exception.TimeoutException || t instanceof HttpTimeoutException
          || t instanceof TimeoutException) {
        return new Failure("timed out", false, Optional.empty());
      }
      if (t instanceof JsonProcessingException e) {
        return new Failure("malformed reply: " + detail(e), false, Optional.empty());
      }
      if (t instanceof ContentFilteredException e) {
        return new Failure("refused or filtered: " + detail(e), false, Optional.empty());
      }
      if (t instanceof IOException e) {
        return new Failure("connection failed: " + detail(e), true, Optional.empty());
      }
    }
    return new Failure("unexpected reply: " + detail(thrown), false, Optional.empty());
  }

  static Failure of(String cause) {
    return new Failure(cause, false, Optional.empty());
  }

  private static Failure http(int status, String body, Optional<Duration> retryAfter) {
    String cause = "HTTP " + status + (status == 429 ? " (rate limited)" : "") + ": " + abbreviate(body);
    return new Failure(cause, RETRYABLE.contains(status), retryAfter);
  }

  /** What went wrong in words, never a Java class name (the log line is on a user's terminal), cut short. */
  static String detail(Throwable t) {
    return abbreviate(Failures.inWords(t));
  }

  private static String abbreviate(String text) {
    String flat = text == null ? "" : text.replaceAll("\\s+", " ").strip();
    return flat.length() <= MAX_DETAIL ? flat : flat.substring(0, MAX_DETAIL) + "...";
  }
}
