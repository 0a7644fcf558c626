package briefbot.feeds;

import briefbot.testing.Eventually;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.core.ConditionTimeoutException;

/**
 * A small web site on 127.0.0.1 for tests: pages and feeds by path, with conditional GET for feeds, and every
 * request recorded (path, the headers that matter, the status answered).
 */
public final class TestSite implements AutoCloseable {

  /** A request as the site saw it. */
  public record Request(String path, String userAgent, String ifNoneMatch, String ifModifiedSince, int status) {}

  /** Answers one request. */
  @FunctionalInterface
  public interface Handler {
    int handle(HttpExchange exchange) throws Exception;
  }

  private final HttpServer server;
  private final Map<String, Handler> routes = new ConcurrentHashMap<>();
  private final List<Request> requests = new CopyOnWriteArrayList<>();
  /** Requests being answered: one is recorded after its response went out, so the client can be quicker. */
  private final AtomicInteger answering = new AtomicInteger();
  private final CountDownLatch released = new CountDownLatch(1);

  public TestSite() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.setExecutor(Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "test-site");
      t.setDaemon(true);
      return t;
    }));
    server.createContext("/", this::serve);
    server.start();
  }

  public String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  public int port() {
    return server.getAddress().getPort();
  }

  public TestSite route(String path, Handler handler) {
    routes.put(path, handler);
    return this;
  }

  /** A page or document with a content type and status 200. */
  public TestSite page(String path, String contentType, String body) {
    return route(path, ex -> send(ex, 200, contentType, body));
  }

  /** A feed that answers 304 to a request carrying its current ETag or Last-Modified. */
  public TestSite feed(String path, String etag, String lastModified, String xml) {
    return route(path, ex -> {
      String inm = ex.getRequestHeaders().getFirst("If-None-Match");
      String ims = ex.getRequestHeaders().getFirst("If-Modified-Since");
      ex.getResponseHeaders().add("ETag", etag);
      ex.getResponseHeaders().add("Last-Modified", lastModified);
      if (etag.equals(inm) || (inm == null && lastModified.equals(ims))) {
        ex.sendResponseHeaders(304, -1);
        ex.close();
        return 304;
      }
      return send(ex, 200, "application/rss+xml; charset=utf-8", xml);
    });
  }

  public TestSite redirect(String from, String to) {
    return route(from, ex -> {
      ex.getResponseHeaders().add("Location", to);
      ex.sendResponseHeaders(302, -1);
      ex.close();
      return 302;
    });
  }

  /** A handler that never answers until the site closes. */
  public TestSite stall(String path) {
    return route(path, ex -> {
      try {
        released.await(60, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      ex.close();
      return 0;
    });
  }

  public static int send(HttpExchange ex, int status, String contentType, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().add("Content-Type", contentType);
    ex.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(bytes);
    }
    return status;
  }

  private void serve(HttpExchange ex) throws IOException {
    answering.incrementAndGet();
    try {
      answer(ex);
    } finally {
      answering.decrementAndGet();
    }
  }

  private void answer(HttpExchange ex) throws IOException {
    String path = ex.getRequestURI().getRawPath() + (ex.getRequestURI().getRawQuery() == null ? "" : "?" + ex.getRequestURI().getRawQuery());
    Handler handler = routes.get(path);
    if (handler == null) {
      handler = routes.get(ex.getRequestURI().getRawPath());
    }
    int status;
    try {
      status = handler == null ? send(ex, 404, "text/plain", "not found") : handler.handle(ex);
    } catch (Exception e) {
      status = -1;
    }
    var h = ex.getRequestHeaders();
    requests.add(new Request(path, h.getFirst("User-Agent"), h.getFirst("If-None-Match"), h.getFirst("If-Modified-Since"), status));
  }

  /** Every request so far, in order of completion. */
  public List<Request> requests() {
    try {
      // a response the client has already read may not be recorded yet (held requests never are: waits 2 s at most)
      Eventually.within(Duration.ofSeconds(2)).until(() -> answering.get() == 0);
    } catch (ConditionTimeoutException e) {
      // a held request: what is recorded so far
    }
    return List.copyOf(requests);
  }

  /** Requests after the first {@code from}. */
  public List<Request> requestsSince(int from) {
    List<Request> all = requests();
    return all.subList(Math.min(from, all.size()), all.size());
  }

  public List<String> paths() {
    return requests().stream().map(Request::path).toList();
  }

  @Override
  public void close() {
    released.countDown();
    server.stop(0);
  }
}
