package briefbot.chat.teams;

import briefbot.text.Failures;
import briefbot.text.Untrusted;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sends activities to the Bot Connector of a conversation. Only to service URLs that arrived in a validated token or
 * a stored reference, so a forged activity can never make Briefbot call an address of the sender's choosing.
 */
final class Connector {

  private static final Duration TIMEOUT = Duration.ofSeconds(15);

  private final HttpClient http;
  private final BotToken token;
  private final ObjectMapper json = new ObjectMapper();
  private final Set<String> trusted = ConcurrentHashMap.newKeySet();

  Connector(HttpClient http, BotToken token) {
    this.http = http;
    this.token = token;
  }

  /** Marks a service URL as the Bot Connector's (it came signed, or from a reference stored from a signed one). */
  void trust(String serviceUrl) {
    URI uri;
    try {
      uri = URI.create(serviceUrl);
    } catch (IllegalArgumentException e) {
      return;
    }
    boolean loopback = "127.0.0.1".equals(uri.getHost()) || "localhost".equals(uri.getHost())
        || "[::1]".equals(uri.getHost());
    if ("https".equals(uri.getScheme()) || ("http".equals(uri.getScheme()) && loopback)) {
      trusted.add(trim(serviceUrl));
    }
  }

  /** Replies in the thread of an activity; returns the new activity's id (or null). */
  String reply(ConversationRef ref, String replyToId, ObjectNode activity) throws IOException, InterruptedException {
    return post(ref, "/activities/" + encode(replyToId), activity);
  }

  /** Posts a new activity to the conversation (proactive messages, typing). */
  String send(ConversationRef ref, ObjectNode activity) throws IOException, InterruptedException {
    return post(ref, "/activities", activity);
  }

  private String post(ConversationRef ref, String path, ObjectNode activity) throws IOException, InterruptedException {
    String base = trim(ref.serviceUrl());
    if (!trusted.contains(base)) {
      throw new IOException("refusing to post to an untrusted service URL");
    }
    URI uri = URI.create(base + "/v3/conversations/" + encode(ref.conversationId()) + path);
    HttpResponse<String> response = send(base, uri, activity);
    if (response.statusCode() == 401) { // a 403 is about the conversation, not the token
      token.invalidate();
      response = send(base, uri, activity);
    }
    if (response.statusCode() / 100 != 2) {
      throw failure(response, ref.conversationId());
    }
    String body = response.body();
    return body == null || body.isBlank() ? null : json.readTree(body).path("id").asText(null);
  }

  private HttpResponse<String> send(String base, URI uri, ObjectNode activity)
      throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(uri).timeout(TIMEOUT)
        .header("Authorization", "Bearer " + token.get())
        .header("Content-Type", "application/json; charset=utf-8")
        .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(activity), StandardCharsets.UTF_8))
        .build();
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IOException("cannot reach the Bot Connector at " + base + " (" + Failures.inWords(e)
          + "): check that this machine can reach it (a firewall or proxy?)", e);
    }
  }

  /**
   * The Connector's refusal with its error code ("BotNotInConversationRoster"), which says what is wrong; a 401, 403
   * or 404 is {@link Refused}: trying the same post again gets the same answer.
   */
  private IOException failure(HttpResponse<String> response, String conversationId) {
    int status = response.statusCode();
    String code = "";
    try {
      String named = json.readTree(response.body() == null ? "" : response.body()).path("error").path("code")
          .asText("");
      code = named.matches("[A-Za-z]{1,60}") ? " " + named : "";
    } catch (IOException e) {
      // not JSON: the status says enough
    }
    String said = "Bot Connector answered HTTP " + status + code + " for conversation "
        + Untrusted.escapeForLog(conversationId, 80);
    return switch (status) {
      case 401 -> new Refused(said + ": it refused Briefbot's own token; check TEAMS_APP_ID, TEAMS_APP_PASSWORD and,"
          + " for a Single Tenant bot, TEAMS_TENANT_ID");
      case 403 -> new Refused(said + ": Briefbot is not in this conversation (removed from the team or chat) or may"
          + " not post there");
      case 404 -> new Refused(said + ": the conversation or the message replied to is gone");
      default -> new IOException(said);
    };
  }

  private static String encode(String part) {
    return URLEncoder.encode(part, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static String trim(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
