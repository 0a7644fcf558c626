package briefbot.llm;

import dev.langchain4j.exception.TimeoutException;
import dev.langchain4j.http.client.HttpClient;
import dev.langchain4j.http.client.HttpClientBuilder;
import dev.langchain4j.http.client.HttpRequest;
import dev.langchain4j.http.client.SuccessfulHttpResponse;
import dev.langchain4j.http.client.sse.ServerSentEventListener;
import dev.langchain4j.http.client.sse.ServerSentEventParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletionException;

/**
 * LangChain4j's HTTP client for the OpenAI and Ollama models, on the JDK's client; unlike the stock one it keeps
 * the {@code Retry-After} of a refused request (in {@link ModelHttpException}) so a 429 can be honoured.
 */
final class ModelHttpClient implements HttpClient {

  private static final int MAX_ERROR_BODY = 2_000;

  private final java.net.http.HttpClient http;
  private final Duration readTimeout;

  private ModelHttpClient(Duration connectTimeout, Duration readTimeout) {
    java.net.http.HttpClient.Builder builder = java.net.http.HttpClient.newBuilder()
        .version(java.net.http.HttpClient.Version.HTTP_1_1);
    if (connectTimeout != null) {
      builder.connectTimeout(connectTimeout);
    }
    this.http = builder.build();
    this.readTimeout = readTimeout;
  }

  @Override
  public SuccessfulHttpResponse execute(HttpRequest request) {
    try {
      HttpResponse<String> response = http.send(jdk(request), BodyHandlers.ofString(StandardCharsets.UTF_8));
      if (response.statusCode() / 100 != 2) {
        throw failure(response.statusCode(), response.headers(), response.body());
      }
      return SuccessfulHttpResponse.builder().statusCode(response.statusCode()).headers(response.headers().map())
          .body(response.body()).build();
    } catch (HttpTimeoutException e) {
      throw new TimeoutException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the model", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void execute(HttpRequest request, ServerSentEventParser parser, ServerSentEventListener listener) {
    http.sendAsync(jdk(request), BodyHandlers.ofInputStream()).thenAccept(response -> {
      if (response.statusCode() / 100 != 2) {
        listener.onError(failure(response.statusCode(), response.headers(), read(response.body())));
        return;
      }
      listener.onOpen(SuccessfulHttpResponse.builder().statusCode(response.statusCode())
          .headers(response.headers().map()).build());
      try (InputStream body = response.body()) {
        parser.parse(body, listener);
        listener.onClose();
      } catch (IOException e) {
        listener.onError(e);
      }
    }).exceptionally(e -> {
      Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
      listener.onError(cause instanceof HttpTimeoutException ? new TimeoutException(cause) : cause);
      return null;
    });
  }

  private java.net.http.HttpRequest jdk(HttpRequest request) {
    if (!request.formDataFields().isEmpty() || !request.formDataFiles().isEmpty()) {
      throw new UnsupportedOperationException("form data is not used by chat models");
    }
    java.net.http.HttpRequest.Builder builder = java.net.http.HttpRequest.newBuilder(URI.create(request.url()));
    request.headers().forEach((name, values) -> values.forEach(value -> builder.header(name, value)));
    builder.method(request.method().name(), request.body() == null
        ? java.net.http.HttpRequest.BodyPublishers.noBody()
        : java.net.http.HttpRequest.BodyPublishers.ofString(request.body(), StandardCharsets.UTF_8));
    if (readTimeout != null) {
      builder.timeout(readTimeout);
    }
    return builder.build();
  }

  private static ModelHttpException failure(int status, HttpHeaders headers, String body) {
    String shown = body == null ? "" : body.length() > MAX_ERROR_BODY ? body.substring(0, MAX_ERROR_BODY) : body;
    return new ModelHttpException(status, shown,
        RetryAfter.parse(name -> headers.firstValue(name).orElse(null), Instant.now()));
  }

  private static String read(InputStream body) {
    try (body) {
      return new String(body.readNBytes(MAX_ERROR_BODY), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "(unreadable error body: " + e.getMessage() + ")";
    }
  }

  /** The builder LangChain4j's model builders configure with their timeouts. */
  static final class Builder implements HttpClientBuilder {
    private Duration connectTimeout;
    private Duration readTimeout;

    @Override
    public Duration connectTimeout() {
      return connectTimeout;
    }

    @Override
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = timeout;
      return this;
    }

    @Override
    public Duration readTimeout() {
      return readTimeout;
    }

    @Override
    public Builder readTimeout(Duration timeout) {
      this.readTimeout = timeout;
      return this;
    }

    @Override
    public HttpClient build() {
      return new ModelHttpClient(connectTimeout, readTimeout);
    }
  }
}
