package briefbot.config;

import briefbot.config.Setting.Type;
import java.net.URI;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What a setting's text may be, as {@link Settings} declares it: text, a path, an http(s) URL, a number or duration
 * within bounds, a time zone, quiet hours, an enum's constant; a malformed value is a {@link ConfigException}
 * naming where it came from.
 */
final class SettingTypes {

  private SettingTypes() {}

  static Type<String> text() {
    return new Type<>("text", false, (source, v) -> v);
  }

  static Type<String> secret() {
    return new Type<>("secret", true, (source, v) -> v);
  }

  static Type<Path> path() {
    return new Type<>("path", false, (source, v) -> {
      try {
        return Path.of(v);
      } catch (InvalidPathException e) {
        throw invalid(source, "a path", v);
      }
    });
  }

  /** An http(s) URL, without a trailing slash. */
  static Type<String> url() {
    return new Type<>("URL", false, (source, v) -> {
      try {
        URI uri = URI.create(v);
        if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
          return v.endsWith("/") ? v.substring(0, v.length() - 1) : v;
        }
      } catch (IllegalArgumentException e) {
        // said below
      }
      throw invalid(source, "an http(s) URL", v);
    });
  }

  static Type<Boolean> yesNo() {
    return new Type<>("`true` or `false`", false, (source, v) -> switch (v.toLowerCase(Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default -> throw invalid(source, "true or false", v);
    });
  }

  /** Comma-separated values; empty ones are dropped. */
  static Type<List<String>> list() {
    return new Type<>("list, comma-separated", false,
        (source, v) -> Arrays.stream(v.split("\\s*,\\s*")).filter(s -> !s.isEmpty()).toList(), List.of());
  }

  static Type<Integer> integer(String kind, int min, int max, String expected) {
    return new Type<>(kind, false, (source, v) -> {
      try {
        int n = Integer.parseInt(v);
        if (n >= min && n <= max) {
          return n;
        }
      } catch (NumberFormatException e) {
        // said below
      }
      throw invalid(source, expected, v);
    });
  }

  static Type<Duration> duration(String kind, Duration min, String expected) {
    return new Type<>(kind, false, (source, v) -> {
      try {
        Duration d = Duration.parse(v);
        if (d.compareTo(min) >= 0) {
          return d;
        }
      } catch (DateTimeParseException e) {
        // said below
      }
      throw invalid(source, expected, v);
    });
  }

  static Type<ZoneId> zone() {
    return new Type<>("time zone", false, (source, v) -> {
      try {
        return ZoneId.of(v);
      } catch (DateTimeException e) {
        throw invalid(source, "a time zone like Europe/Amsterdam or UTC", v);
      }
    });
  }

  /** Two times of day, {@code HH:MM-HH:MM}; the span may cross midnight. */
  static Type<String> quietHours() {
    return new Type<>("`HH:MM-HH:MM`", false, (source, v) -> {
      if (v.matches("([01]\\d|2[0-3]):[0-5]\\d-([01]\\d|2[0-3]):[0-5]\\d")
          && !v.substring(0, 5).equals(v.substring(6))) {
        return v;
      }
      throw invalid(source, "two different times of day like 22:00-07:00", v);
    });
  }

  /** One of an enum's constants, written in lower case with hyphens ({@code azure-openai}), in any case. */
  static <E extends Enum<E>> Type<E> choice(Class<E> type) {
    List<String> words = Arrays.stream(type.getEnumConstants()).map(SettingTypes::word).toList();
    String kind = words.stream().map(w -> "`" + w + "`").collect(Collectors.joining(", "));
    return new Type<>(kind, false, (source, v) -> {
      int i = words.indexOf(v.toLowerCase(Locale.ROOT));
      if (i >= 0) {
        return type.getEnumConstants()[i];
      }
      if (words.size() == 2) {
        throw invalid(source, words.get(0) + " or " + words.get(1), v);
      }
      throw new ConfigException(source + " must be one of " + String.join(", ", words) + "; not '" + v + "'");
    });
  }

  static String word(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static ConfigException invalid(String source, String expected, String value) {
    return new ConfigException(source + " must be " + expected + ", not '" + value + "'");
  }
}
