package briefbot.chat.teams;

import briefbot.testing.Eventually;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Microsoft's side of the Bot Framework on 127.0.0.1: the OpenID metadata and its key set (test RSA keys, endorsed
 * for msteams), the client-credentials token endpoint, and a Bot Connector that records the activities it gets.
 */
public final class FakeBotFramework implements AutoCloseable {

  public static final String APP_ID = "6d1f5c1e-0b7a-4c55-9d3e-3f1d0f4b2a10";
  static final String APP_PASSWORD = "test-secret-~p4ss";
  /** A conversation id starting so is one the bot was removed from: the Connector answers 403. */
  static final String REMOVED = "a:removed-";

  /** One activity the bot sent to the Connector. */
  public record Sent(String conversationId, String replyToId, JsonNode activity) {
    public String type() {
      return activity.path("type").asText();
    }
  }

  private final HttpServer server;
  private final ExecutorService pool = Executors.newFixedThreadPool(32);
  private final ObjectMapper json = new ObjectMapper();
  private final Map<String, RSAKey> published = new ConcurrentHashMap<>();
  private final List<Sent> sent = new CopyOnWriteArrayList<>();
  private final List<String> issuedTokens = new CopyOnWriteArrayList<>();
  final AtomicInteger metadataRequests = new AtomicInteger();
  final AtomicInteger keyRequests = new AtomicInteger();
  final AtomicInteger tokenRequests = new AtomicInteger();
  final AtomicInteger refusedPosts = new AtomicInteger();
  /** Posts to a conversation the bot was removed from ({@link #REMOVED}), refused as Microsoft does. */
  final AtomicInteger rosterRefusals = new AtomicInteger();
  private final AtomicInteger tokenFailures = new AtomicInteger();
  private final AtomicInteger held = new AtomicInteger();
  private volatile CountDownLatch hold;

  public FakeBotFramework() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(pool);
    server.createContext("/v1/.well-known/openidconfiguration", this::metadata);
    server.createContext("/v1/.well-known/keys", this::keys);
    server.createContext("/botframework.com/oauth2/v2.0/token", this::token);
    server.createContext("/v3/conversations/", this::connector);
    server.start();
  }

  public String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** The serviceUrl Teams puts in activities (with a trailing slash, as Teams does). */
  public String serviceUrl() {
    return base() + "/";
  }

  public Map<String, String> env() {
    return Map.of("TEAMS_APP_ID", APP_ID, "TEAMS_APP_PASSWORD", APP_PASSWORD,
        "TEAMS_OPENID_METADATA_URL", base() + "/v1/.well-known/openidconfiguration",
        "TEAMS_TOKEN_URL", base() + "/botframework.com/oauth2/v2.0/token");
  }

  public static RSAKey newKey(String kid) {
    try {
      return new RSAKeyGenerator(2048).keyID(kid).generate();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  public void publish(RSAKey key) {
    published.put(key.getKeyID(), key);
  }

  void withdraw(String kid) {
    published.remove(kid);
  }

  /** A channel token as the Bot Connector signs it. */
  public static String token(RSAKey key, String audience, String serviceUrl, Instant now, Duration life) {
    JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer("https://api.botframework.com").audience(audience)
        .notBeforeTime(Date.from(now.minusSeconds(60))).issueTime(Date.from(now))
        .expirationTime(Date.from(now.plus(life))).claim("serviceurl", serviceUrl).build();
    return sign(key, claims);
  }

  static String sign(RSAKey key, JWTClaimsSet claims) {
    try {
      SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
          .type(JOSEObjectType.JWT).build(), claims);
      jwt.sign(new RSASSASigner(key));
      return jwt.serialize();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  public List<Sent> sent() {
    return List.copyOf(sent);
  }

  List<Sent> sentTo(String conversationId) {
    return sent.stream().filter(s -> s.conversationId().equals(conversationId)).toList();
  }

  public List<Sent> messagesTo(String conversationId) {
    return sentTo(conversationId).stream().filter(s -> s.type().equals("message")).toList();
  }

  private void metadata(HttpExchange ex) throws IOException {
    metadataRequests.incrementAndGet();
    ObjectNode body = json.createObjectNode().put("issuer", "https://api.botframework.com")
        .put("authorization_endpoint", "https://invalid.example/v1/.well-known/authorize")
        .put("jwks_uri", base() + "/v1/.well-known/keys");
    body.putArray("id_token_signing_alg_values_supported").add("RS256");
    body.putArray("token_endpoint_auth_methods_supported").add("private_key_jwt");
    respond(ex, 200, body.toString());
  }

  private void keys(HttpExchange ex) throws IOException {
    keyRequests.incrementAndGet();
    ObjectNode body = json.createObjectNode();
    ArrayNode keys = body.putArray("keys");
    for (RSAKey key : published.values()) {
      ObjectNode node = (ObjectNode) json.readTree(key.toPublicJWK().toJSONString());
      node.put("use", "sig");
      node.putArray("endorsements").add("msteams");
      keys.add(node);
    }
    respond(ex, 200, body.toString());
  }

  /** The next {@code n} token requests fail with a 503, as when Microsoft's login service is down. */
  public void failTokens(int n) {
    tokenFailures.set(n);
  }

  /** Posts to the Bot Connector wait from now on, unrecorded and unanswered, until {@link #drop}. */
  public void hold() {
    hold = new CountDownLatch(1);
  }

  /** Ends every held post unrecorded and unanswered, as if it never reached Microsoft, and stops holding. */
  public void drop() {
    CountDownLatch latch = hold;
    hold = null;
    if (latch != null) {
      latch.countDown();
    }
  }

  /** Waits (up to 60 s) until {@code n} posts are held. */
  public void awaitHeld(int n) {
    Eventually.within(Duration.ofSeconds(60)).until(() -> held.get() >= n);
  }

  private void token(HttpExchange ex) throws IOException {
    tokenRequests.incrementAndGet();
    if (tokenFailures.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
      respond(ex, 503, "{\"error\":\"temporarily_unavailable\"}");
      return;
    }
    Map<String, String> form = form(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
    boolean ok = "POST".equals(ex.getRequestMethod()) && "client_credentials".equals(form.get("grant_type"))
        && APP_ID.equals(form.get("client_id")) && APP_PASSWORD.equals(form.get("client_secret"))
        && "https://api.botframework.com/.default".equals(form.get("scope"));
    if (!ok) { // Microsoft's wording for a wrong secret, which names the app id
      respond(ex, 401, json.createObjectNode().put("error", "invalid_client").put("error_description",
          "AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client"
          + " secret value, not the client secret ID, for a secret added to app '" + form.get("client_id") + "'.")
          .toString());
      return;
    }
    String access = "at-" + UUID.randomUUID();
    issuedTokens.add(access);
    respond(ex, 200, json.createObjectNode().put("token_type", "Bearer").put("expires_in", 3599)
        .put("ext_expires_in", 3599).put("access_token", access).toString());
  }

  private void connector(HttpExchange ex) throws IOException {
    CountDownLatch latch = hold;
    if (latch != null) {
      held.incrementAndGet();
      try {
        latch.await(120, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } finally {
        held.decrementAndGet();
      }
      ex.close();
      return;
    }
    String auth = ex.getRequestHeaders().getFirst("Authorization");
    if (!"POST".equals(ex.getRequestMethod()) || auth == null || !auth.startsWith("Bearer ")
        || !issuedTokens.contains(auth.substring(7))) {
      refusedPosts.incrementAndGet();
      respond(ex, 401, "{\"error\":{\"code\":\"Unauthorized\"}}");
      return;
    }
    // /v3/conversations/{conversationId}/activities[/{activityId}]
    String[] parts = ex.getRequestURI().getRawPath().split("/");
    if (parts.length < 5 || !"activities".equals(parts[4])) {
      respond(ex, 404, "{}");
      return;
    }
    String conversation = URLDecoder.decode(parts[3], StandardCharsets.UTF_8);
    if (conversation.startsWith(REMOVED)) {
      rosterRefusals.incrementAndGet();
      respond(ex, 403, "{\"error\":{\"code\":\"BotNotInConversationRoster\",\"message\":\"The bot is not part"
          + " of the conversation roster.\"}}");
      return;
    }
    String replyTo = parts.length > 5 ? URLDecoder.decode(parts[5], StandardCharsets.UTF_8) : null;
    JsonNode activity = json.readTree(ex.getRequestBody());
    sent.add(new Sent(conversation, replyTo, activity));
    respond(ex, 200, json.createObjectNode().put("id", "1" + System.nanoTime()).toString());
  }

  private static Map<String, String> form(String body) {
    Map<String, String> form = new HashMap<>();
    for (String pair : body.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        form.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return form;
  }

  private static void respond(HttpExchange ex, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
    ex.sendResponseHeaders(status, bytes.length);
    ex.getResponseBody().write(bytes);
    ex.close();
  }

  @Override
  public void close() {
    server.stop(0);
    pool.shutdownNow();
  }
}
