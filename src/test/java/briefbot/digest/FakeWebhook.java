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
 * A Teams Workflows webhook on 127.0.0.1: takes the POSTed message, answers 202 as Teams does (or the statuses it
 * was told to answer first), and keeps the messages it accepted.
 */
final class FakeWebhook implements AutoCloseable {

  private final HttpServer server;
  private final Queue<Integer> statuses = new ConcurrentLinkedQueue<>();
  final List<JsonNode> accepted = new CopyOnWriteArrayList<>();
  final List<String> contentTypes = new CopyOnWriteArrayList<>();
  volatile int requests;

  FakeWebhook() {
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/workflows/digest", exchange -> {
      requests++;
      byte[] body = exchange.getRequestBody().readAllBytes();
      int status = statuses.isEmpty() ? 202 : statuses.poll();
      if (!"POST".equals(exchange.getRequestMethod())) {
        status = 405;
      }
      if (status == 202) {
        accepted.add(new ObjectMapper().readTree(new String(body, StandardCharsets.UTF_8)));
        contentTypes.add(exchange.getRequestHeaders().getFirst("Content-Type"));
      }
      exchange.sendResponseHeaders(status, -1);
      exchange.close();
    });
    server.start();
  }

  /** Answers these statuses to the next requests, then 202 again. */
  FakeWebhook failingWith(int... first) {
    for (int s : first) {
      statuses.add(s);
    }
    return this;
  }

  /** The webhook URL, with a signature as real ones carry. */
  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/workflows/digest?sig=secret-signature";
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
