package briefbot.chat.slack;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Builds what Slack sends to an app (event callbacks, slash commands, button clicks) and signs it like Slack. */
public final class SlackRequests {

  public static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
  private static final AtomicLong SEQUENCE = new AtomicLong();

  private final HttpClient http = HttpClient.newHttpClient();
  private final URI endpoint;

  public SlackRequests(String baseUrl) {
    this.endpoint = URI.create(baseUrl + "/slack/events");
  }

  /** The address events are posted to. */
  public String endpoint() {
    return endpoint.toString();
  }

  /** A fresh message ts (seconds.micros), unique within the test run. */
  public static String ts() {
    return "1700000000." + String.format("%06d", SEQUENCE.incrementAndGet());
  }

  public static ObjectNode mention(String channel, String user, String text, String ts, String threadTs) {
    ObjectNode event = FakeSlack.MAPPER.createObjectNode().put("type", "app_mention").put("user", user)
        .put("text", "<@" + FakeSlack.BOT_USER + "> " + text).put("ts", ts).put("channel", channel).put("event_ts", ts);
    if (threadTs != null) {
      event.put("thread_ts", threadTs);
    }
    return callback(event);
  }

  /** Someone opened the app's Home tab. */
  static ObjectNode homeOpened(String user) {
    return callback(FakeSlack.MAPPER.createObjectNode().put("type", "app_home_opened").put("user", user)
        .put("channel", "D0HOME").put("tab", "home").put("event_ts", ts()));
  }

  static ObjectNode directMessage(String channel, String user, String botId, String text, String ts) {
    ObjectNode event = FakeSlack.MAPPER.createObjectNode().put("type", "message").put("channel_type", "im")
        .put("user", user).put("text", text).put("ts", ts).put("channel", channel).put("event_ts", ts);
    if (botId != null) {
      event.put("bot_id", botId);
    }
    return callback(event);
  }

  private static ObjectNode callback(ObjectNode event) {
    ObjectNode root = FakeSlack.MAPPER.createObjectNode().put("token", "legacy").put("team_id", "T0TEST")
        .put("api_app_id", "A0BRIEF").put("type", "event_callback")
        .put("event_id", "Ev" + SEQUENCE.incrementAndGet()).put("event_time", Instant.now().getEpochSecond());
    root.set("event", event);
    root.putArray("authorizations").addObject().put("team_id", "T0TEST").put("user_id", FakeSlack.BOT_USER)
        .put("is_bot", true);
    return root;
  }

  public static Map<String, String> command(String channel, String user, String text, String responseUrl) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("token", "legacy");
    form.put("team_id", "T0TEST");
    form.put("team_domain", "test");
    form.put("channel_id", channel);
    form.put("channel_name", "general");
    form.put("user_id", user);
    form.put("user_name", "someone");
    form.put("command", "/brief");
    form.put("text", text);
    form.put("api_app_id", "A0BRIEF");
    form.put("response_url", responseUrl);
    form.put("trigger_id", "13345224609.738474920.8088930838d88f008e0");
    return form;
  }

  static ObjectNode click(String actionId, String value, String channel, String messageTs, String user,
      String responseUrl, boolean ephemeral) {
    ObjectNode root = FakeSlack.MAPPER.createObjectNode().put("type", "block_actions").put("api_app_id", "A0BRIEF")
        .put("token", "legacy").put("trigger_id", "1.2.3").put("response_url", responseUrl);
    root.putObject("user").put("id", user).put("username", "someone").put("team_id", "T0TEST");
    root.putObject("team").put("id", "T0TEST").put("domain", "test");
    root.putObject("channel").put("id", channel).put("name", "general");
    root.putObject("container").put("type", "message").put("message_ts", messageTs).put("channel_id", channel)
        .put("is_ephemeral", ephemeral);
    root.putArray("actions").addObject().put("action_id", actionId).put("block_id", "b").put("value", value)
        .put("type", "button").put("action_ts", ts());
    return root;
  }

  HttpResponse<String> postJson(String json, long timestamp, String secret, String retryNum) {
    return send(request(json, "application/json", timestamp, secret, retryNum));
  }

  public HttpResponse<String> postJson(String json) {
    return postJson(json, Instant.now().getEpochSecond(), SECRET, null);
  }

  CompletableFuture<HttpResponse<String>> postJsonAsync(String json) {
    return http.sendAsync(request(json, "application/json", Instant.now().getEpochSecond(), SECRET, null),
        HttpResponse.BodyHandlers.ofString());
  }

  public HttpResponse<String> postForm(Map<String, String> form) {
    String body = form.entrySet().stream()
        .map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
    return send(request(body, "application/x-www-form-urlencoded", Instant.now().getEpochSecond(), SECRET, null));
  }

  HttpResponse<String> postClick(ObjectNode payload) {
    return postForm(Map.of("payload", payload.toString()));
  }

  private HttpRequest request(String body, String type, long timestamp, String secret, String retryNum) {
    HttpRequest.Builder b = HttpRequest.newBuilder(endpoint).header("Content-Type", type)
        .header("X-Slack-Request-Timestamp", Long.toString(timestamp))
        .header("X-Slack-Signature", sign(secret, timestamp, body))
        .POST(HttpRequest.BodyPublishers.ofString(body));
    if (retryNum != null) {
      b.header("X-Slack-Retry-Num", retryNum).header("X-Slack-Retry-Reason", "http_timeout");
    }
    return b.build();
  }

  public static String sign(String secret, long timestamp, String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      byte[] digest = mac.doFinal(("v0:" + timestamp + ":" + body).getBytes(StandardCharsets.UTF_8));
      return "v0=" + HexFormat.of().formatHex(digest);
    } catch (GeneralSecurityException e) {
      throw new AssertionError(e);
    }
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new AssertionError(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
