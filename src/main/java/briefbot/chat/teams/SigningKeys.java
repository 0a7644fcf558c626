package briefbot.chat.teams;

import briefbot.text.Failures;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Bot Connector's signing keys, from the OpenID metadata's {@code jwks_uri}: cached for a day, fetched again
 * when a token names a key id we do not know (at most once per cool-down, so forged key ids cannot flood Microsoft).
 */
final class SigningKeys {

  private static final Logger LOG = LoggerFactory.getLogger(SigningKeys.class);
  static final Duration MAX_AGE = Duration.ofHours(24);
  static final Duration COOL_DOWN = Duration.ofSeconds(30);
  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  /** A verification key and the channels it may sign for (empty: any). */
  record Key(RSAKey rsa, Set<String> endorsements) {}

  /** The keys cannot be fetched; tokens can then be neither accepted nor rejected. */
  static final class Unavailable extends RuntimeException {
    Unavailable(String message) {
      super(message);
    }
  }

  private final HttpClient http;
  private final String metadataUrl;
  private final Clock clock;
  private final ObjectMapper json = new ObjectMapper();
  private volatile Map<String, Key> keys = Map.of();
  private volatile Instant fetchedAt = Instant.MIN;
  private Instant lastAttempt = Instant.MIN;

  SigningKeys(HttpClient http, String metadataUrl, Clock clock) {
    this.http = http;
    this.metadataUrl = metadataUrl;
    this.clock = clock;
  }

  /** The key with this id, refreshing the cache when it is stale or does not know the id. */
  Optional<Key> find(String kid) {
    if (fetchedAt.plus(MAX_AGE).isBefore(clock.instant())) {
      refresh(kid, true);
    }
    Key key = keys.get(kid);
    if (key == null) {
      refresh(kid, false);
      key = keys.get(kid);
    }
    return Optional.ofNullable(key);
  }

  private synchronized void refresh(String kid, boolean stale) {
    Instant now = clock.instant();
    if (keys.containsKey(kid) && !stale) {
      return; // another thread fetched it meanwhile
    }
    if (!keys.isEmpty() && lastAttempt.plus(COOL_DOWN).isAfter(now)) {
      return;
    }
    lastAttempt = now;
    try {
      JsonNode metadata = get(metadataUrl);
      String jwksUri = metadata.path("jwks_uri").asText("");
      if (jwksUri.isEmpty()) {
        throw new IOException("the OpenID metadata names no jwks_uri");
      }
      keys = parse(get(jwksUri));
      fetchedAt = now;
      LOG.info("fetched {} Bot Connector signing keys", keys.size());
    } catch (IOException | RuntimeException e) {
      LOG.warn("cannot fetch the Bot Connector signing keys from {}: {}", metadataUrl, Failures.inWords(e));
      if (keys.isEmpty()) {
        throw new Unavailable("signing keys unavailable: " + Failures.inWords(e));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Unavailable("interrupted while fetching signing keys");
    }
  }

  private JsonNode get(String url) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT).GET().build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IOException("HTTP " + response.statusCode() + " from " + url);
    }
    return json.readTree(response.body());
  }

  private static Map<String, Key> parse(JsonNode jwks) throws IOException {
    Map<String, Key> parsed = new HashMap<>();
    for (JsonNode node : jwks.path("keys")) {
      String use = node.path("use").asText("sig");
      if (!"sig".equals(use) || !"RSA".equals(node.path("kty").asText()) || node.path("kid").asText("").isEmpty()) {
        continue;
      }
      Set<String> endorsements = new HashSet<>();
      node.path("endorsements").forEach(e -> endorsements.add(e.asText()));
      try {
        RSAKey rsa = JWK.parse(node.toString()).toRSAKey();
        parsed.put(rsa.getKeyID(), new Key(rsa, Set.copyOf(endorsements)));
      } catch (ParseException e) {
        LOG.warn("skipping a malformed signing key: {}", e.getMessage());
      }
    }
    if (parsed.isEmpty()) {
      throw new IOException("the key set holds no RSA signing keys");
    }
    return Map.copyOf(parsed);
  }
}
