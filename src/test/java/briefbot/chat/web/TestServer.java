package briefbot.chat.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import briefbot.app.Service;
import briefbot.config.Config;
import briefbot.testing.SeedCorpus;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The real service (Serve's wiring) on a free port over a copy of the repository's corpus, and an HTTP client. */
final class TestServer implements AutoCloseable {

  /** Near-verbatim questions about the seed articles; the first the current core answers is used. */
  static final List<String> ANSWERABLE = List.of(
      "What is Russia giving Iran?",
      "Who conducts joint patrols with China in the Arctic?",
      "What does Putin supply to North Korea?");

  static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5)).build();

  final Config config;
  final Path corpus;
  final String base;
  final Service running;

  private TestServer(Config config, String base, Service running) {
    this.config = config;
    this.corpus = config.corpusDir();
    this.base = base;
    this.running = running;
  }

  /** Copies the seed corpus into {@code dir}/corpus (files already there stay) and serves it on a free port. */
  static TestServer start(Path dir, List<Service.ExtensionFactory> extensions) throws Exception {
    SeedCorpus.copyTo(dir);
    int port = freePort();
    String base = "http://127.0.0.1:" + port;
    Config config = SeedCorpus.config(dir, Map.of("BRIEFBOT_BASE_URL", base, "BRIEFBOT_PORT", Integer.toString(port)));
    Service.Options options = Service.Options.defaults();
    for (Service.ExtensionFactory extension : extensions) {
      options = options.with(extension);
    }
    return new TestServer(config, base, Service.start(config, Clock.systemUTC(), options));
  }

  /** The base URL must be known before the server starts (citation links carry it), so a free port is picked first. */
  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /** How many articles the test corpus holds now. */
  int articleFiles() {
    try (Stream<Path> files = Files.list(corpus)) {
      return (int) files.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".md")).count();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  HttpResponse<String> get(String pathOrUrl) {
    return send(HttpRequest.newBuilder(uri(pathOrUrl)).GET());
  }

  /** A page as a browser asks for it whose languages are {@code acceptLanguage}. */
  HttpResponse<String> get(String pathOrUrl, String acceptLanguage) {
    return send(HttpRequest.newBuilder(uri(pathOrUrl)).header("Accept-Language", acceptLanguage).GET());
  }

  HttpResponse<String> post(String path, String body) {
    return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  JsonNode ask(String question) {
    return ask(question, null);
  }

  /** The answer to a question of a conversation (null: none). */
  JsonNode ask(String question, String conversation) {
    var body = JSON.createObjectNode().put("question", question);
    if (conversation != null) {
      body.put("conversation", conversation);
    }
    HttpResponse<String> response = post("/api/ask", body.toString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return json(response);
  }

  /** The answer to the first of {@link #ANSWERABLE} that gets one. */
  JsonNode askAnswerable() {
    for (String question : ANSWERABLE) {
      JsonNode answer = ask(question);
      if (answer.get("status").asText().equals("answered")) {
        return answer;
      }
    }
    return fail("none of these got an answer: " + ANSWERABLE);
  }

  static JsonNode json(HttpResponse<String> response) {
    try {
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException("not JSON: " + response.body(), e);
    }
  }

  private URI uri(String pathOrUrl) {
    return URI.create(pathOrUrl.startsWith("http") ? pathOrUrl : base + pathOrUrl);
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    running.close();
  }
}
