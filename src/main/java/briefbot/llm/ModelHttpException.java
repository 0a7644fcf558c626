package briefbot.llm;

import dev.langchain4j.exception.HttpException;
import java.time.Duration;
import java.util.Optional;

/** An HTTP error from a model server that keeps what LangChain4j's own drops: how long the server asked us to wait. */
final class ModelHttpException extends HttpException {

  private final transient Duration retryAfter;

  ModelHttpException(int statusCode, String body, Duration retryAfter) {
    super(statusCode, body);
    this.retryAfter = retryAfter;
  }

  Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
