package briefbot.chat.slack;

import briefbot.testing.Eventually;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import org.awaitility.core.ConditionTimeoutException;

/**
 * A fake Slack Web API on 127.0.0.1 speaking real HTTP: records every call (method, form or JSON parameters,
 * headers) and answers like Slack does; can be told to rate-limit (429 + Retry-After) or fail a method once.
 */
public final class FakeSlack implements AutoCloseable {

  /** One recorded call: {@code method} is the API method, or "response_url" for posts to a response URL. */
  public record Call(String method, Map<String, String> params, JsonNode json, String authorization, long atMillis,
      String replyTs) {
    public String param(String name) {
      if (params.containsKey(name)) {
        return params.get(name);
      }
      JsonNode v = json == null ? null : json.get(name);
      return v == null || v.isNull() ? null : v.isTextual() ? v.asText() : v.toString();
    }

    public JsonNode blocks() {
      try {
        String raw = param("blocks");
        return raw == null ? MAPPER.createArrayNode() : MAPPER.readTree(raw);
      } catch (IOException e) {
        throw new AssertionError("blocks are not JSON: " + param("blocks"), e);
      }
    }

    /** Everything a person could see: the text and every text in the blocks. */
    String visibleText() {
      StringBuilder out = new StringBuilder(param("text") == null ? "" : param("text"));
      blocks().findValues("text").forEach(t -> out.append('\n').append(t.isTextual() ? t.asText() : t.path("text").asText()));
      return out.toString();
    }
  }

  static final ObjectMapper MAPPER = new ObjectMapper();
  static final String BOT_USER = "UBOTBRIEF";

  private final HttpServer server;
  private final ExecutorService executor = Executors.newFixedThreadPool(32);
  private final List<Call> calls = new CopyOnWriteArrayList<>();
  private final AtomicLong ts = new AtomicLong();
  private final Map<String, Deque<String>> failOnce = new ConcurrentHashMap<>();
  private volatile String socketUrl;
  /** Methods whose calls wait, unrecorded, until released or dropped: what a test kills the bot in the middle of. */
  private final Map<String, Hold> held = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> waiting = new ConcurrentHashMap<>();

  private record Hold(CountDownLatch latch, AtomicBoolean dropped) {}

  /** The scopes the token was granted, sent as Slack does in every Web API reply's {@code x-oauth-scopes} header. */
  private volatile String granted = "app_mentions:read,chat:write,chat:write.public,commands,im:history,users:read";

  /** users.info's locale per user ("es-ES"), or a Slack error code ("missing_scope"); anyone else is en-US. */
  private final Map<String, String> locales = new ConcurrentHashMap<>();

  public FakeSlack() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/api/", this::api);
    server.createContext("/respond/", this::respond);
    server.setExecutor(executor);
    server.start();
  }

  public String apiUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/api";
  }

  String responseUrl(String id) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/respond/" + id;
  }

  void socketUrl(String url) {
    this.socketUrl = url;
  }

  /** The next call of {@code method} for {@code channel} gets {@code failure}: "429" or a Slack error code. */
  void failNext(String method, String channel, String failure) {
    failOnce.computeIfAbsent(method + " " + channel, m -> new ArrayDeque<>()).add(failure);
  }

  /** What users.info tells of {@code user}: a locale ("es-ES") or, for a failing call, an error ("missing_scope"). */
  void locale(String user, String localeOrError) {
    locales.put(user, localeOrError);
  }

  /** From now on the token has only {@code scopes} (comma-separated, as in Slack's header). */
  void grant(String scopes) {
    this.granted = scopes;
  }

  List<Call> calls() {
    return List.copyOf(calls);
  }

  List<Call> calls(String method) {
    return calls.stream().filter(c -> c.method().equals(method)).toList();
  }

  public List<Call> calls(String method, Predicate<Call> which) {
    return calls(method).stream().filter(which).toList();
  }

  /** Waits (up to 60 s: fifty answers on a loaded 2-core CI box took longer than 20) until {@code n} calls match. */
  List<Call> await(String method, Predicate<Call> which, int n) {
    try {
      return Eventually.within(Duration.ofSeconds(60)).until(() -> calls(method, which), found -> found.size() >= n);
    } catch (ConditionTimeoutException e) {
      throw new AssertionError("expected " + n + " " + method + " calls, saw " + calls(method, which).size()
          + "; all calls: " + calls.stream().map(Call::method).toList(), e);
    }
  }

  public Call awaitOne(String method, Predicate<Call> which) {
    return await(method, which, 1).get(0);
  }

  /** Calls of {@code method} wait from now on, unrecorded and unanswered, until {@link #release} or {@link #drop}. */
  public void hold(String method) {
    held.put(method, new Hold(new CountDownLatch(1), new AtomicBoolean()));
  }

  /** Lets the held calls of {@code method} through (recorded and answered) and stops holding it. */
  public void release(String method) {
    Hold hold = held.remove(method);
    if (hold != null) {
      hold.latch().countDown();
    }
  }

  /** Ends every held call unrecorded and unanswered, as if it never reached Slack, and stops holding. */
  public void drop() {
    held.values().forEach(hold -> {
      hold.dropped().set(true);
      hold.latch().countDown();
    });
    held.clear();
  }

  /** Waits (up to 60 s) until {@code n} calls of a held method are waiting. */
  public void awaitHeld(String method, int n) {
    var count = waiting.computeIfAbsent(method, m -> new AtomicInteger());
    Eventually.within(Duration.ofSeconds(60)).until(() -> count.get() >= n);
  }

  private void api(HttpExchange ex) throws IOException {
    String method = ex.getRequestURI().getPath().substring("/api/".length());
    Hold hold = held.get(method);
    if (hold != null) {
      var count = waiting.computeIfAbsent(method, m -> new AtomicInteger());
      count.incrementAndGet();
      try {
        hold.latch().await(120, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } finally {
        count.decrementAndGet();
      }
      if (hold.dropped().get()) {
        ex.close();
        return;
      }
    }
    Call call = record(method, ex, "chat.postMessage".equals(method) ? nextTs() : null);
    ex.getResponseHeaders().add("x-oauth-scopes", granted);
    String channel = call.param("channel");
    Deque<String> failures = failOnce.get(method + " " + channel);
    String failure = failures == null ? null : failures.poll();
    if ("429".equals(failure)) {
      ex.getResponseHeaders().add("Retry-After", "1");
      send(ex, 429, "{\"ok\":false,\"error\":\"ratelimited\"}");
      return;
    }
    if (failure != null) {
      send(ex, 200, "{\"ok\":false,\"error\":\"" + failure + "\""
          + ("missing_scope".equals(failure) ? ",\"needed\":\"chat:write\",\"provided\":\"app_mentions:read\"" : "")
          + "}");
      return;
    }
    if ("users.info".equals(method)) {
      String locale = locales.getOrDefault(call.param("user"), "en-US");
      boolean asked = Set.of("true", "1").contains(String.valueOf(call.param("include_locale")));
      send(ex, 200, !locale.contains("-") ? "{\"ok\":false,\"error\":\"" + locale + "\",\"needed\":\"users:read\","
          + "\"provided\":\"chat:write,commands\"}"
          : "{\"ok\":true,\"user\":{\"id\":\"" + call.param("user") + "\",\"name\":\"someone\""
          + (asked ? ",\"locale\":\"" + locale + "\"" : "") + "}}");
      return;
    }
    if (channel != null && channel.startsWith("CNOTIN")) {
      send(ex, 200, "{\"ok\":false,\"error\":\"not_in_channel\"}");
      return;
    }
    send(ex, 200, switch (method) {
      case "auth.test" -> "{\"ok\":true,\"url\":\"https://test.slack.com/\",\"team\":\"Test\",\"user\":\"briefbot\","
          + "\"team_id\":\"T0TEST\",\"user_id\":\"" + BOT_USER + "\",\"bot_id\":\"B0BRIEF\"}";
      case "chat.postMessage" -> "{\"ok\":true,\"channel\":\"" + channel + "\",\"ts\":\"" + call.replyTs() + "\"}";
      case "chat.update" -> "{\"ok\":true,\"channel\":\"" + channel + "\",\"ts\":\"" + call.param("ts") + "\"}";
      case "views.publish" -> "{\"ok\":true,\"view\":{\"id\":\"V0HOME\",\"team_id\":\"T0TEST\",\"type\":\"home\","
          + "\"blocks\":" + (call.param("view") == null ? "[]" : MAPPER.readTree(call.param("view")).path("blocks"))
          + "}}";
      case "chat.postEphemeral" -> "{\"ok\":true,\"message_ts\":\"" + nextTs() + "\"}";
      case "apps.connections.open" -> socketUrl == null ? "{\"ok\":false,\"error\":\"invalid_auth\"}"
          : "{\"ok\":true,\"url\":\"" + socketUrl + "\"}";
      default -> "{\"ok\":false,\"error\":\"unknown_method\"}";
    });
  }

  private void respond(HttpExchange ex) throws IOException {
    record("response_url:" + ex.getRequestURI().getPath().substring("/respond/".length()), ex, null);
    send(ex, 200, "ok");
  }

  private Call record(String method, HttpExchange ex, String replyTs) throws IOException {
    String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    String type = ex.getRequestHeaders().getFirst("Content-Type");
    Map<String, String> params = new LinkedHashMap<>();
    JsonNode json = null;
    if (type != null && type.startsWith("application/json")) {
      json = MAPPER.readTree(body);
    } else if (!body.isEmpty()) {
      for (String pair : body.split("&")) {
        int eq = pair.indexOf('=');
        String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
        params.put(key, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    Call call = new Call(method, params, json, ex.getRequestHeaders().getFirst("Authorization"),
        System.currentTimeMillis(), replyTs);
    calls.add(call);
    return call;
  }

  private String nextTs() {
    long n = ts.incrementAndGet();
    return "1800000000." + String.format("%06d", n);
  }

  private static void send(HttpExchange ex, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().add("Content-Type", body.startsWith("{") ? "application/json; charset=utf-8" : "text/plain");
    ex.sendResponseHeaders(status, bytes.length);
    ex.getResponseBody().write(bytes);
    ex.close();
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
