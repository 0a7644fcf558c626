package briefbot.chat.slack;

import com.slack.api.app_backend.SlackSignature.Generator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Slack's request signing as Slack specifies it: the HMAC-SHA256 of {@code v0:timestamp:body} under the signing
 * secret, compared in constant time, and a timestamp no more than five minutes from now in either direction (a
 * replayed request is refused, and so is one dated in the future).
 */
final class SlackSignature {

  static final Duration MAX_AGE = Duration.ofMinutes(5);

  private final Generator generator;

  SlackSignature(String signingSecret) {
    this.generator = new Generator(signingSecret);
  }

  /** Why the request is refused ({@code no_signature}, {@code bad_timestamp}, {@code stale_timestamp}...), or empty. */
  Optional<String> refusal(String timestamp, String signature, String body, Instant now) {
    if (timestamp == null || signature == null) {
      return Optional.of("no_signature");
    }
    long seconds;
    try {
      seconds = Long.parseLong(timestamp.strip());
    } catch (NumberFormatException e) {
      return Optional.of("bad_timestamp");
    }
    long skew = now.getEpochSecond() - seconds;
    if (skew > MAX_AGE.toSeconds()) {
      return Optional.of("stale_timestamp");
    }
    if (-skew > MAX_AGE.toSeconds()) {
      return Optional.of("future_timestamp");
    }
    byte[] expected = generator.generate(timestamp.strip(), body).getBytes(StandardCharsets.UTF_8);
    return MessageDigest.isEqual(expected, signature.strip().getBytes(StandardCharsets.UTF_8))
        ? Optional.empty() : Optional.of("bad_signature");
  }
}
