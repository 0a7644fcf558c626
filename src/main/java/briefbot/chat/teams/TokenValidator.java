package briefbot.chat.teams;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Locale;
import java.util.Set;

/**
 * Checks the Bearer token the Bot Connector sends with every activity, as the Bot Framework's authentication
 * rules require: RSA signature by a published key, issuer, audience (our app id), lifetime with five minutes'
 * skew, and (once the body is read) the {@code serviceurl} claim and the key's channel endorsements.
 */
final class TokenValidator {

  static final Duration SKEW = Duration.ofMinutes(5);
  private static final String CLOCK = "if Teams' own messages get this, this machine's clock is off: set it (NTP)";
  private static final Set<JWSAlgorithm> ALGORITHMS = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.RS384, JWSAlgorithm.RS512);

  /** The request is not from the Bot Connector; the message is for logs only. */
  static final class Unauthorized extends Exception {
    private final String hint;

    Unauthorized(String message) {
      this(message, null);
    }

    /** With a hint in our own words: the setting (or clock) to fix if Teams' own requests get this. */
    Unauthorized(String message, String hint) {
      super(message);
      this.hint = hint;
    }

    /** What to fix if Teams' own requests are refused so; null when a setup cannot cause it. */
    String hint() {
      return hint;
    }
  }

  /** A token whose signature, issuer, audience and lifetime were checked. */
  record Verified(JWTClaimsSet claims, Set<String> endorsements) {

    /** The checks that need the activity: its serviceUrl must be the signed one, its channel one the key endorses. */
    void check(String serviceUrl, String channelId) throws Unauthorized {
      Object claim = claims.getClaim("serviceurl");
      if (!(claim instanceof String signed) || serviceUrl == null || !trim(signed).equals(trim(serviceUrl))) {
        throw new Unauthorized("serviceurl claim does not match the activity's serviceUrl");
      }
      if (!endorsements.isEmpty() && (channelId == null || !endorsements.contains(channelId))) {
        throw new Unauthorized("signing key is not endorsed for channel " + channelId);
      }
    }

    String serviceUrl() {
      return trim((String) claims.getClaim("serviceurl"));
    }

    private static String trim(String url) {
      return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
  }

  private final SigningKeys keys;
  private final String appId;
  private final Clock clock;

  TokenValidator(SigningKeys keys, String appId, Clock clock) {
    this.keys = keys;
    this.appId = appId;
    this.clock = clock;
  }

  Verified verify(String authorization) throws Unauthorized {
    if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      throw new Unauthorized("no Bearer token");
    }
    SignedJWT jwt = parse(authorization.substring(7).strip());
    if (!ALGORITHMS.contains(jwt.getHeader().getAlgorithm())) {
      throw new Unauthorized("algorithm " + jwt.getHeader().getAlgorithm() + " is not accepted");
    }
    String kid = jwt.getHeader().getKeyID();
    if (kid == null) {
      throw new Unauthorized("token names no key id");
    }
    SigningKeys.Key key = keys.find(kid).orElseThrow(() -> new Unauthorized("unknown signing key " + kid));
    try {
      if (!jwt.verify(new RSASSAVerifier(key.rsa()))) {
        throw new Unauthorized("bad signature");
      }
    } catch (JOSEException e) {
      throw new Unauthorized("signature cannot be checked: " + e.getMessage());
    }
    JWTClaimsSet claims = claims(jwt);
    checkClaims(claims);
    return new Verified(claims, key.endorsements());
  }

  private void checkClaims(JWTClaimsSet claims) throws Unauthorized {
    if (!TeamsSettings.ISSUER.equals(claims.getIssuer())) {
      throw new Unauthorized("issuer " + claims.getIssuer() + " is not the Bot Framework");
    }
    if (claims.getAudience() == null || claims.getAudience().stream().noneMatch(a -> a.toLowerCase(Locale.ROOT)
        .equals(appId.toLowerCase(Locale.ROOT)))) {
      throw new Unauthorized("audience " + claims.getAudience() + " is not this bot", "TEAMS_APP_ID is " + appId
          + ": if Teams' own messages get this, set it to the Microsoft App ID of the bot whose messaging endpoint"
          + " points here");
    }
    Instant now = clock.instant();
    Date exp = claims.getExpirationTime();
    if (exp == null) {
      throw new Unauthorized("token has no expiry");
    }
    if (now.isAfter(exp.toInstant().plus(SKEW))) {
      throw new Unauthorized("token expired " + minutes(exp.toInstant(), now) + " before this machine's clock", CLOCK);
    }
    Date nbf = claims.getNotBeforeTime();
    if (nbf != null && now.isBefore(nbf.toInstant().minus(SKEW))) {
      throw new Unauthorized("token valid only " + minutes(now, nbf.toInstant()) + " after this machine's clock",
          CLOCK);
    }
  }

  private static String minutes(Instant from, Instant to) {
    long minutes = Duration.between(from, to).toMinutes();
    return minutes + (minutes == 1 ? " minute" : " minutes");
  }

  private static SignedJWT parse(String token) throws Unauthorized {
    try {
      return SignedJWT.parse(token);
    } catch (ParseException | ClassCastException e) {
      throw new Unauthorized("not a signed JWT");
    }
  }

  private static JWTClaimsSet claims(SignedJWT jwt) throws Unauthorized {
    try {
      return jwt.getJWTClaimsSet();
    } catch (ParseException e) {
      throw new Unauthorized("unreadable claims");
    }
  }
}
