package briefbot.chat.teams;

import briefbot.text.Failures;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The bot's own access token for the Bot Connector (OAuth client credentials), reused until shortly before it expires. */
final class BotToken {

  private static final Duration MARGIN = Duration.ofMinutes(5);
  private static final Duration TIMEOUT = Duration.ofSeconds(10);
  private static final Pattern AADSTS = Pattern.compile("AADSTS\\d{1,8}");

  private final HttpClient http;
  private final TeamsSettings settings;
  private final Clock clock;
  private final ObjectMapper json = new ObjectMapper();
  private String token;
  private Instant renewAt = Instant.MIN;

  BotToken(HttpClient http, TeamsSettings settings, Clock clock) {
    this.http = http;
    this.settings = settings;
    this.clock = clock;
  }

  synchronized String get() throws IOException, InterruptedException {
    if (token != null && clock.instant().isBefore(renewAt)) {
      return token;
    }
    String form = Map.of("grant_type", "client_credentials", "client_id", settings.appId(),
            "client_secret", settings.appPassword(), "scope", TeamsSettings.TOKEN_SCOPE)
        .entrySet().stream()
        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
    HttpRequest request = HttpRequest.newBuilder(URI.create(settings.tokenUrl())).timeout(TIMEOUT)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)).build();
    HttpResponse<String> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IOException("the token endpoint cannot be reached (" + Failures.inWords(e) + ")", e);
    }
    if (response.statusCode() == 400 || response.statusCode() == 401) {
      throw new Refused("Microsoft's token endpoint refused the bot's credentials (HTTP " + response.statusCode()
          + errorCodes(response.body()) + "): check TEAMS_APP_PASSWORD (a client secret's Value, not its ID, and not"
          + " expired) and TEAMS_APP_ID, and for a Single Tenant bot TEAMS_TENANT_ID");
    }
    if (response.statusCode() != 200) {
      throw new IOException("token endpoint answered HTTP " + response.statusCode());
    }
    JsonNode body = json.readTree(response.body());
    String access = body.path("access_token").asText("");
    long expiresIn = body.path("expires_in").asLong(0);
    if (access.isEmpty() || expiresIn <= 0) {
      throw new IOException("token endpoint answered without access_token/expires_in");
    }
    token = access;
    Duration life = Duration.ofSeconds(expiresIn);
    renewAt = clock.instant().plus(life.compareTo(MARGIN.multipliedBy(2)) > 0 ? life.minus(MARGIN) : life.dividedBy(2));
    return token;
  }

  /**
   * The error's code and its AADSTS number ("invalid_client AADSTS7000215"), which say which credential is wrong; the
   * rest of the body is never logged: it may echo the request, and so the secret.
   */
  private String errorCodes(String body) {
    StringBuilder codes = new StringBuilder();
    try {
      JsonNode error = json.readTree(body == null ? "" : body);
      String code = error.path("error").asText("");
      if (code.matches("[a-z_]{1,40}")) {
        codes.append(' ').append(code);
      }
      Matcher aadsts = AADSTS.matcher(error.path("error_description").asText(""));
      if (aadsts.find()) {
        codes.append(' ').append(aadsts.group());
      }
    } catch (IOException e) {
      // not JSON: the status says enough
    }
    return codes.toString();
  }

  /** Forgets the token after the Connector refused it, so the next call fetches a fresh one. */
  synchronized void invalidate() {
    token = null;
  }
}
