package briefbot.digest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An HTTP endpoint on 127.0.0.1 that takes POSTs and answers as the real service does when it accepts them: a Teams
 * Workflows webhook (202, empty), or Slack's {@code chat.postMessage} (200 and {@code "ok": true}). It can be told
 * to answer other statuses first, and keeps the bodies it accepted.
 */
final class FakeWebhook implements AutoCloseable {

  private final HttpServer server;
  private final String path;
  private final Queue<Integer> statuses = new ConcurrentLinkedQueue<>();
  final List<String> accepted = new CopyOnWriteArrayList<>();
  final List<String> contentTypes = new CopyOnWriteArrayList<>();
  volatile int requests;

  private FakeWebhook(String path, int okStatus, String okBody) {
    this.path = path;
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext(path, exchange -> {
      requests++;
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      Integer forced = statuses.poll();
      int status = !"POST".equals(exchange.getRequestMethod()) ? 405 : forced == null ? okStatus : forced;
      byte[] reply = status == okStatus && okBody != null ? okBody.getBytes(StandardCharsets.UTF_8) : new byte[0];
      if (status == okStatus) {
        accepted.add(body);
        contentTypes.add(exchange.getRequestHeaders().getFirst("Content-Type"));
        exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
      }
      exchange.sendResponseHeaders(status, reply.length == 0 ? -1 : reply.length);
      exchange.getResponseBody().write(reply);
      exchange.close();
    });
    server.start();
  }

  /** A Teams Workflows webhook. */
  static FakeWebhook teams() {
    return new FakeWebhook("/workflows/digest", 202, null);
  }

  /** Slack's Web API, as far as posting a message goes. */
  static FakeWebhook slack() {
    return new FakeWebhook("/api/chat.postMessage", 200, "{\"ok\":true,\"channel\":\"C1\",\"ts\":\"1774684800.000100\"}");
  }

  /** Answers these statuses to the next requests, then accepts again. */
  FakeWebhook failingWith(int... first) {
    for (int s : first) {
      statuses.add(s);
    }
    return this;
  }

  /** The webhook URL, with a signature as real ones carry. */
  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path + "?sig=secret-signature";
  }

  /** The Web API prefix, for {@code SLACK_API_URL}. */
  String apiUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/api";
  }

  List<JsonNode> acceptedJson() {
    ObjectMapper json = new ObjectMapper();
    return accepted.stream().map(body -> {
      try {
        return json.readTree(body);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }).toList();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
