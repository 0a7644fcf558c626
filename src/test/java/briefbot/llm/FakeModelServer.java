package briefbot.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import javax.net.ssl.SSLContext;

/**
 * A chat-model server on 127.0.0.1 speaking the real wire formats (OpenAI and Azure OpenAI JSON and SSE, Ollama
 * JSON and NDJSON); a script decides each reply from the request, the way a model would from its prompt.
 */
public final class FakeModelServer implements AutoCloseable {

  static final ObjectMapper JSON = new ObjectMapper();

  /** A request as received, with the chat messages read out of its body. */
  public record Request(String method, String path, String query, Map<String, List<String>> headers, String body,
      long receivedNanos) {

    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    String header(String name) {
      return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).findFirst()
          .map(e -> e.getValue().get(0)).orElse(null);
    }

    String message(String role) {
      for (JsonNode m : json().path("messages")) {
        if (role.equals(m.path("role").asText())) {
          JsonNode content = m.path("content");
          if (content.isArray()) {
            StringBuilder text = new StringBuilder();
            content.forEach(part -> text.append(part.path("text").asText()));
            return text.toString();
          }
          return content.asText();
        }
      }
      return null;
    }

    String system() {
      return message("system");
    }

    public String user() {
      return message("user");
    }

    boolean streaming() {
      return json().path("stream").asBoolean(false);
    }
  }

  /** What the server sends back. */
  public sealed interface Reply {}

  record Body(int status, String contentType, String body, Map<String, String> headers) implements Reply {}

  /** Chunks written and flushed one by one: SSE events or NDJSON lines. */
  record Chunks(String contentType, List<String> chunks) implements Reply {}

  record Delayed(Duration delay, Reply then) implements Reply {}

  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final List<Request> requests = new CopyOnWriteArrayList<>();
  private volatile Function<Request, Reply> script;

  private FakeModelServer(Function<Request, Reply> script, SSLContext tls) throws IOException {
    this.script = script;
    InetSocketAddress address = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
    if (tls == null) {
      this.server = HttpServer.create(address, 0);
    } else {
      HttpsServer https = HttpsServer.create(address, 0);
      https.setHttpsConfigurator(new HttpsConfigurator(tls));
      this.server = https;
    }
    server.createContext("/", this::handle);
    server.setExecutor(executor);
    server.start();
  }

  public static FakeModelServer start(Function<Request, Reply> script) {
    return start(script, null);
  }

  /** A server speaking HTTPS with {@code tls} (Azure's client sends its key over HTTPS only). */
  static FakeModelServer start(Function<Request, Reply> script, SSLContext tls) {
    try {
      return new FakeModelServer(script, tls);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String url() {
    return (server instanceof HttpsServer ? "https" : "http") + "://127.0.0.1:" + server.getAddress().getPort();
  }

  public List<Request> requests() {
    return List.copyOf(requests);
  }

  /** Replaces the script and forgets the requests so far. */
  void script(Function<Request, Reply> next) {
    requests.clear();
    this.script = next;
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      Request request = new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
          exchange.getRequestURI().getQuery(), Map.copyOf(exchange.getRequestHeaders()),
          new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8), System.nanoTime());
      requests.add(request);
      send(exchange, script.apply(request));
    } catch (IOException | RuntimeException e) {
      // The client gave up (a timeout test) or the script failed; either way this exchange is over.
    }
  }

  private static void send(HttpExchange exchange, Reply reply) throws IOException {
    switch (reply) {
      case Delayed d -> {
        try {
          Thread.sleep(d.delay());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
        send(exchange, d.then());
      }
      case Body b -> {
        byte[] bytes = b.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", b.contentType());
        b.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
        exchange.sendResponseHeaders(b.status(), bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
          exchange.getResponseBody().write(bytes);
        }
      }
      case Chunks c -> {
        exchange.getResponseHeaders().add("Content-Type", c.contentType());
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        for (String chunk : c.chunks()) {
          out.write(chunk.getBytes(StandardCharsets.UTF_8));
          out.flush();
        }
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  // ---- the wire formats ----

  static Reply status(int status, String body, String... headerPairs) {
    Map<String, String> headers = new LinkedHashMap<>();
    for (int i = 0; i + 1 < headerPairs.length; i += 2) {
      headers.put(headerPairs[i], headerPairs[i + 1]);
    }
    return new Body(status, "application/json", body, headers);
  }

  /** An OpenAI (and Azure OpenAI) chat completion; {@code text} null means a refusal. */
  public static Reply openAi(String text) {
    ObjectNode root = JSON.createObjectNode().put("id", "chatcmpl-1").put("object", "chat.completion")
        .put("created", 1_700_000_000L).put("model", "fake-model");
    ObjectNode choice = root.putArray("choices").addObject().put("index", 0)
        .put("finish_reason", text == null ? "stop" : "stop");
    ObjectNode message = choice.putObject("message").put("role", "assistant");
    if (text == null) {
      message.putNull("content");
      message.put("refusal", "I can't help with that.");
    } else {
      message.put("content", text);
    }
    root.putObject("usage").put("prompt_tokens", 10).put("completion_tokens", 10).put("total_tokens", 20);
    return status(200, root.toString());
  }

  /** An OpenAI (and Azure OpenAI) server-sent event stream, one delta per piece. */
  static Reply openAiStream(List<String> pieces) {
    List<String> events = new ArrayList<>();
    events.add(event(JSON.createObjectNode().put("role", "assistant").put("content", ""), null));
    pieces.forEach(p -> events.add(event(JSON.createObjectNode().put("content", p), null)));
    events.add(event(JSON.createObjectNode(), "stop"));
    events.add("data: [DONE]\n\n");
    return new Chunks("text/event-stream", events);
  }

  private static String event(ObjectNode delta, String finish) {
    ObjectNode root = JSON.createObjectNode().put("id", "chatcmpl-1").put("object", "chat.completion.chunk")
        .put("created", 1_700_000_000L).put("model", "fake-model");
    ObjectNode choice = root.putArray("choices").addObject().put("index", 0);
    choice.set("delta", delta);
    if (finish == null) {
      choice.putNull("finish_reason");
    } else {
      choice.put("finish_reason", finish);
    }
    return "data: " + root + "\n\n";
  }

  static Reply ollama(String text) {
    return status(200, ollamaLine(text, true).toString());
  }

  /** Ollama's newline-delimited JSON stream. */
  static Reply ollamaStream(List<String> pieces) {
    List<String> lines = new ArrayList<>();
    pieces.forEach(p -> lines.add(ollamaLine(p, false) + "\n"));
    lines.add(ollamaLine("", true) + "\n");
    return new Chunks("application/x-ndjson", lines);
  }

  private static ObjectNode ollamaLine(String text, boolean done) {
    ObjectNode root = JSON.createObjectNode().put("model", "fake-model").put("created_at", "2024-11-07T10:00:00Z");
    root.putObject("message").put("role", "assistant").put("content", text);
    root.put("done", done);
    if (done) {
      root.put("done_reason", "stop").put("prompt_eval_count", 10).put("eval_count", 10);
    }
    return root;
  }
}
