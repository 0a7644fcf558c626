package briefbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import briefbot.chat.slack.FakeSlack;
import briefbot.chat.slack.SlackRequests;
import briefbot.chat.teams.FakeBotFramework;
import briefbot.config.Config;
import briefbot.testing.Eventually;
import briefbot.testing.LogCapture;
import briefbot.testing.RawHttp;
import briefbot.testing.SeedCorpus;
import briefbot.testing.ServeInChild;
import com.nimbusds.jose.jwk.RSAKey;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 20: what a stranger sends to {@code serve} (every endpoint configured: web, Slack over HTTP, Teams) is
 * bounded, refused with a 4xx and one short log line, and never reaches a 500 or the log verbatim.
 */
@Tag("integration")
class HostileRequestsTest {

  private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private static final String FORGED = "\nts=2024-01-01T00:00:00Z level=ERROR logger=Security msg=\"FORGED\"\n";

  @TempDir
  static Path dir;
  static FakeSlack slack;
  static FakeBotFramework microsoft;
  static RSAKey key;
  static Service service;
  static int port;

  @BeforeAll
  static void start() throws Exception {
    SeedCorpus.copyTo(dir);
    slack = new FakeSlack();
    microsoft = new FakeBotFramework();
    key = FakeBotFramework.newKey("key-1");
    microsoft.publish(key);
    port = ServeInChild.freePort();
    Map<String, String> env = new HashMap<>(microsoft.env());
    env.putAll(Map.of("BRIEFBOT_BASE_URL", "http://127.0.0.1:" + port, "BRIEFBOT_PORT", Integer.toString(port),
        "SLACK_BOT_TOKEN", "xoxb-hostile", "SLACK_SIGNING_SECRET", SlackRequests.SECRET,
        "SLACK_API_URL", slack.apiUrl()));
    Config config = SeedCorpus.config(dir, env);
    service = Service.start(config, Clock.systemUTC());
  }

  @AfterAll
  static void stop() {
    service.close();
    slack.close();
    microsoft.close();
  }

  /** Failure 1: a chunked body is counted as it is read, so the 64 KB limit holds without a Content-Length. */
  @Test
  void chunkedBodiesAreRefusedBeyondTheLimit() throws Exception {
    String token = FakeBotFramework.token(key, FakeBotFramework.APP_ID, microsoft.serviceUrl(), Instant.now(),
        Duration.ofHours(1));
    for (String path : List.of("/api/ask", "/slack/events", "/api/messages")) {
      try (RawHttp client = RawHttp.connect("127.0.0.1", port, Duration.ofSeconds(20))) {
        client.send("POST " + path + " HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            + "Authorization: Bearer " + token + "\r\nTransfer-Encoding: chunked\r\n\r\n");
        // Written from another thread: the server may answer and hang up before the last chunk is out.
        ExecutorService writer = Executors.newSingleThreadExecutor();
        Future<?> writing = writer.submit(() -> {
          try {
            for (int i = 0; i < 64; i++) {
              client.chunk(("{\"question\":\"" + "a".repeat(16 * 1024 - 20) + "\"}")
                  .getBytes(StandardCharsets.UTF_8));
            }
            client.lastChunk();
          } catch (IOException e) {
            // the server refused the body and closed: the status says so
          }
          return null;
        });
        assertThat(client.status()).as(path).isEqualTo(413);
        writing.get();
        writer.shutdown();
      }
    }
  }

  /** Failure 1: a 200 MB chunked body is not read: the refusal comes after the first 64 KB. */
  @Test
  void aHugeChunkedBodyIsNotReadWhole() throws Exception {
    AtomicLong sent = new AtomicLong();
    try (RawHttp client = RawHttp.connect("127.0.0.1", port, Duration.ofSeconds(30))) {
      client.send("POST /api/ask HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
          + "Transfer-Encoding: chunked\r\n\r\n");
      ExecutorService writer = Executors.newSingleThreadExecutor();
      Future<?> writing = writer.submit(() -> {
        byte[] chunk = new byte[64 * 1024];
        Arrays.fill(chunk, (byte) 'a');
        try {
          while (sent.get() < 200L * 1024 * 1024) {
            client.chunk(chunk);
            sent.addAndGet(chunk.length);
          }
        } catch (IOException e) {
          // the server stopped reading and closed: what this test wants
        }
        return null;
      });
      assertThat(client.status()).isEqualTo(413);
      assertThat(sent.get()).as("bytes sent when the refusal came (the rest sat in socket buffers)")
          .isLessThan(16L * 1024 * 1024);
      writing.get();
      writer.shutdown();
    }
    assertThat(sent.get()).as("bytes sent before the server hung up").isLessThan(32L * 1024 * 1024);
  }

  @Test
  void longUrlsAndHeadersAreRefused() throws Exception {
    try (RawHttp client = RawHttp.connect("127.0.0.1", port, Duration.ofSeconds(10))) {
      client.send("GET /articles/" + "a".repeat(20_000) + " HTTP/1.1\r\nHost: x\r\n\r\n");
      assertThat(client.status()).isEqualTo(414);
    }
    try (RawHttp client = RawHttp.connect("127.0.0.1", port, Duration.ofSeconds(10))) {
      client.send("GET /healthz HTTP/1.1\r\nHost: x\r\nX-Filler: " + "a".repeat(20_000) + "\r\n\r\n");
      assertThat(client.status()).isEqualTo(431);
    }
  }

  /** Failure 2: an unsigned body is logged as its size and an escaped prefix, and cannot forge a line. */
  @Test
  void unsignedSlackBodiesNeverReachTheLogWhole() throws Exception {
    String body = FORGED + "x".repeat(60_000);
    try (LogCapture log = LogCapture.start()) {
      HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(uri("/slack/events"))
          .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
          HttpResponse.BodyHandlers.ofString());

      assertThat(response.statusCode()).isEqualTo(401);
      assertThat(log.lines()).isNotEmpty().allSatisfy(line -> assertThat(line).startsWith("ts=").hasSizeLessThan(400));
      assertThat(log.text()).contains("size=" + body.length()).doesNotContain("x".repeat(200));
    }
  }

  /** Failure 5: a signed request dated more than five minutes from now, in either direction, is refused. */
  @Test
  void slackTimestampsMoreThanFiveMinutesFromNowAreRefused() throws Exception {
    String mention = SlackRequests.mention("CTIME", "UTIME", "Who conducts joint patrols?", SlackRequests.ts(), null)
        .toString();
    long now = Instant.now().getEpochSecond();
    for (long when : List.of(now + 600, now + 3600, now + 365L * 24 * 3600, now - 600)) {
      assertThat(signedJson(mention, when).statusCode()).as("timestamp %d s from now", when - now).isEqualTo(401);
    }
    assertThat(signedJson(mention, now + 60).statusCode()).isEqualTo(200);
  }

  /** Failure 3: a corpus of malformed payloads, to every endpoint: each is a 4xx, no stack trace is logged. */
  @Test
  void malformedInputIsA4xxWithOneLogLineNeverA500() throws Exception {
    Map<String, Integer> statuses = new LinkedHashMap<>();
    try (LogCapture log = LogCapture.start()) {
      for (String body : slackEvents()) {
        statuses.put(label("slack signed ", body), signedJson(body, Instant.now().getEpochSecond()).statusCode());
        statuses.put(label("slack unsigned ", body), post("/slack/events", "application/json", body, Map.of()).statusCode());
      }
      for (String form : slackForms()) {
        statuses.put(label("slack form ", form), signedForm(form).statusCode());
      }
      String token = FakeBotFramework.token(key, FakeBotFramework.APP_ID, microsoft.serviceUrl(), Instant.now(),
          Duration.ofHours(1));
      for (String body : teamsActivities()) {
        statuses.put(label("teams ", body), post("/api/messages", "application/json", body,
            Map.of("Authorization", "Bearer " + token)).statusCode());
      }
      for (String body : askBodies()) {
        statuses.put(label("ask ", body), post("/api/ask", "application/json", body, Map.of()).statusCode());
      }
      for (String path : readerPaths()) {
        statuses.put(label("GET ", path), rawGet(path));
      }
      statuses.put("cut short", cutShort());

      assertThat(statuses).allSatisfy((what, status) -> assertThat(status).as(what).isBetween(200, 499));
      assertThat(log.lines()).allSatisfy(line -> assertThat(line).startsWith("ts=").hasSizeLessThan(600));
    }
  }

  /** Failure 4: hundreds of slow uploads from one client leave the server to everyone else. */
  @Test
  void slowUploadsFromOneClientDoNotStarveTheServer() throws Exception {
    List<RawHttp> slow = new ArrayList<>();
    try {
      for (int i = 0; i < 260; i++) {
        try {
          RawHttp c = RawHttp.connect("127.0.0.2", port, Duration.ofSeconds(30));
          c.send("POST /api/ask HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 60000\r\n\r\n{");
          slow.add(c);
        } catch (IOException e) {
          // refused at once: that is one of the answers this test allows
        }
      }
      for (int probe = 0; probe < 10; probe++) {
        long start = System.nanoTime();
        HttpResponse<String> health = HTTP.send(HttpRequest.newBuilder(uri("/healthz")).timeout(Duration.ofSeconds(5))
            .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
        Thread.sleep(200);
      }
      HttpResponse<String> ask = post("/api/ask", "application/json", "{\"question\":\"Who patrols the Arctic?\"}",
          Map.of());
      assertThat(ask.statusCode()).isEqualTo(200);
    } finally {
      slow.forEach(RawHttp::close);
    }
  }

  static List<String> slackEvents() {
    return List.of(
        "{\"type\":\"event_callback\",\"event\":\"x\"}",
        "{\"type\":\"event_callback\",\"event_id\":null,\"event\":{\"type\":\"app_mention\",\"user\":null,"
            + "\"channel\":null,\"ts\":null,\"text\":null}}",
        "{\"type\":\"event_callback\",\"event\":{\"type\":\"app_mention\",\"user\":{\"id\":1},\"channel\":[]}}",
        "{\"type\":\"event_callback\",\"event\":{\"type\":\"message\",\"channel_type\":\"im\",\"user\":\"U1\"}}",
        "{\"type\":\"event_callback\",\"event\":null}",
        "{\"type\":\"event_callback\",\"event_id\":7,\"event\":{\"type\":5}}",
        "{\"type\":\"url_verification\"}",
        "{\"type\":5}", "{}", "[]", "\"text\"", "null", "", "{\"type\":", "{\"type\":\"event_callback\"" + FORGED,
        "[".repeat(5_000) + "]".repeat(5_000),
        "{\"type\":\"event_callback\",\"event\":{\"type\":\"app_mention\",\"text\":\"\\ud800\"}}");
  }

  static List<String> slackForms() {
    return List.of("", "payload=notjson", "payload=%7B%7D", "payload=" + enc("{\"type\":\"block_actions\"}"),
        "payload=" + enc("{\"type\":\"block_actions\",\"actions\":\"x\",\"user\":{\"id\":\"U1\"}}"),
        "payload=" + enc("{\"type\":\"block_actions\",\"actions\":[{}],\"user\":{\"id\":\"U1\"}}"),
        "command=%2Fbrief", "command=%2Fbrief&text=hi&user_id=&channel_id=C1&response_url=x",
        "command=%2Fbrief&user_id=U1&channel_id=C1&response_url=javascript%3Aalert(1)&text=help",
        "%%%=%%%", "a=%zz");
  }

  static List<String> teamsActivities() {
    String url = microsoft.serviceUrl();
    return List.of("[]", "{}", "null", "{\"type\":", "{\"type\":\"message\"}",
        "{\"type\":\"message\",\"serviceUrl\":\"" + url + "\",\"channelId\":\"msteams\",\"conversation\":\"c\"}",
        "{\"type\":\"message\",\"serviceUrl\":\"" + url + "\",\"channelId\":\"msteams\",\"conversation\":{\"id\":5}}",
        "{\"type\":\"message\",\"serviceUrl\":\"" + url + "\",\"channelId\":\"msteams\",\"conversation\":{\"id\":\"a:1\"},"
            + "\"text\":{\"x\":1},\"entities\":\"y\",\"from\":null}",
        "{\"type\":[1],\"serviceUrl\":\"" + url + "\"}", "[".repeat(5_000));
  }

  static List<String> askBodies() {
    return List.of("", "{", "[]", "null", "{\"question\":5}", "{\"question\":null}", "{\"question\":\"\"}",
        "[".repeat(5_000), "{\"question\":\"" + "x".repeat(50_000) + "\"}", "\u0000\u0001");
  }

  static List<String> readerPaths() {
    return List.of("/articles/%u002e", "/articles/%", "/articles/%zz", "/articles/..%2f..%2fetc%2fpasswd",
        "/articles/%00", "/articles/%c0%ae%c0%ae", "/static/%2e%2e/%2e%2e/etc/passwd", "/static/..%5c..%5cwin.ini",
        "/articles/x?q=%", "/articles/000_a17e017304ae15f4?q=" + "a+".repeat(1000), "/%", "/articles/%ff%fe");
  }

  /**
   * A Content-Length of 1,000 and 10 bytes, then the client goes away: the server must not answer 500. The client is
   * gone, so the status it would have got is read from the request counts in /metrics.
   */
  private static int cutShort() throws Exception {
    Map<String, Long> before = askStatuses();
    try (RawHttp client = RawHttp.connect("127.0.0.1", port, Duration.ofSeconds(10))) {
      client.send("POST /api/ask HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n"
          + "{\"question\"");
    }
    Map<String, Long> after = Eventually.within(Duration.ofSeconds(30)).alias("the cut-short request counted")
        .until(HostileRequestsTest::askStatuses, now -> !now.equals(before));
    return after.keySet().stream().filter(status -> !after.get(status).equals(before.get(status)))
        .mapToInt(Integer::parseInt).max().orElseThrow();
  }

  /** How many POST /api/ask requests /metrics counted, by status. */
  private static Map<String, Long> askStatuses() throws Exception {
    String metrics = HTTP.send(HttpRequest.newBuilder(uri("/metrics")).build(), HttpResponse.BodyHandlers.ofString())
        .body();
    Map<String, Long> counts = new HashMap<>();
    Matcher m = Pattern.compile("(?m)^briefbot_http_requests_seconds_count\\{([^}]*)} (\\S+)$").matcher(metrics);
    while (m.find()) {
      String tags = m.group(1);
      if (tags.contains("method=\"POST\"") && tags.contains("route=\"/api/ask\"")) {
        counts.put(tags.replaceAll(".*status=\"(\\d+)\".*", "$1"), (long) Double.parseDouble(m.group(2)));
      }
    }
    return counts;
  }

  private static int rawGet(String path) throws IOException {
    try (RawHttp client = RawHttp.connect("127.0.0.1", port, Duration.ofSeconds(10))) {
      return client.send("GET " + path + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").status();
    }
  }

  private static HttpResponse<String> signedJson(String body, long timestamp) throws Exception {
    return post("/slack/events", "application/json", body, Map.of("X-Slack-Request-Timestamp",
        Long.toString(timestamp), "X-Slack-Signature", SlackRequests.sign(SlackRequests.SECRET, timestamp, body)));
  }

  private static HttpResponse<String> signedForm(String body) throws Exception {
    long now = Instant.now().getEpochSecond();
    return post("/slack/events", "application/x-www-form-urlencoded", body, Map.of("X-Slack-Request-Timestamp",
        Long.toString(now), "X-Slack-Signature", SlackRequests.sign(SlackRequests.SECRET, now, body)));
  }

  private static HttpResponse<String> post(String path, String type, String body, Map<String, String> headers)
      throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).header("Content-Type", type)
        .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(body));
    headers.forEach(b::header);
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** A short, one-line name of what was sent, for the assertion messages. */
  private static String label(String endpoint, String sent) {
    String line = sent.replaceAll("\\s+", " ");
    return endpoint + (line.length() > 80 ? line.substring(0, 80) + "… (" + sent.length() + " chars)" : line);
  }

  private static URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
