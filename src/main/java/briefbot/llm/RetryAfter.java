package briefbot.llm;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.function.Function;

/** How long a rate-limited server wants us to wait: {@code retry-after-ms}, or {@code Retry-After} (seconds or a date). */
final class RetryAfter {

  private RetryAfter() {}

  /** The wait the headers ask for, or null; {@code header} looks a header up by name, case-insensitively. */
  static Duration parse(Function<String, String> header, Instant now) {
    String millis = header.apply("retry-after-ms");
    if (millis != null) {
      try {
        return Duration.ofMillis(Math.max(0, (long) Double.parseDouble(millis.strip())));
      } catch (NumberFormatException ignored) {
        // fall through to Retry-After
      }
    }
    String value = header.apply("retry-after");
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Duration.ofMillis(Math.max(0, (long) (Double.parseDouble(value.strip()) * 1000)));
    } catch (NumberFormatException notSeconds) {
      try {
        Instant at = ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        return at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO;
      } catch (DateTimeParseException notDate) {
        return null;
      }
    }
  }
}
