package briefbot.digest;

import briefbot.config.Config;
import briefbot.config.ConfigException;
import briefbot.config.Settings;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The digest schedule of every destination: {@code BRIEFBOT_DIGEST_CRON} in {@code BRIEFBOT_DIGEST_TZ}, written in
 * {@code BRIEFBOT_DIGEST_LANGUAGE}, unless {@code digest.yaml} in the data folder gives a channel its own hour, zone,
 * filter or language.
 */
final class Schedules {

  static final String FILE = "digest.yaml";

  private final Schedule fallback;
  private final Map<String, Schedule> overrides;

  Schedules(Schedule fallback, Map<String, Schedule> overrides) {
    this.fallback = fallback;
    this.overrides = Map.copyOf(overrides);
  }

  static Schedules from(Config config) {
    Schedule fallback = Schedule.of(config.get(Settings.DIGEST_CRON), config.get(Settings.DIGEST_TZ),
        config.nameOf(Settings.DIGEST_CRON)).filtered(config.get(Settings.DIGEST_FILTER),
        config.nameOf(Settings.DIGEST_FILTER)).in(config.get(Settings.DIGEST_LANGUAGE));
    return new Schedules(fallback, overrides(config.dataDir().resolve(FILE), fallback));
  }

  /**
   * Reads {@code channels: {"slack:C0123": {cron: "30 7 * * 1-5", tz: Europe/Amsterdam, filter: "lang:nl", language:
   * nl}}}; a channel may give any of the four (the others are the defaults'). A {@code lang:} filter does not set the
   * language: which articles a channel follows and which language its people read are separate choices. A missing
   * file means no overrides; a malformed one stops start-up naming the entry.
   */
  static Map<String, Schedule> overrides(Path file, Schedule fallback) {
    if (!Files.isRegularFile(file)) {
      return Map.of();
    }
    JsonNode root;
    try {
      root = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
    } catch (IOException e) {
      throw new ConfigException(file + " is not valid YAML: " + firstLine(e.getMessage()));
    }
    Map<String, Schedule> out = new LinkedHashMap<>();
    JsonNode channels = root == null ? null : root.get("channels");
    if (channels == null || channels.isNull()) {
      return out;
    }
    if (!channels.isObject()) {
      throw new ConfigException(file + ": 'channels' must map a channel (like slack:C0123) to its cron and tz");
    }
    for (var e : channels.properties()) {
      String where = file.getFileName() + " channels." + e.getKey();
      JsonNode cron = e.getValue().get("cron");
      JsonNode tz = e.getValue().get("tz");
      JsonNode filter = e.getValue().get("filter");
      JsonNode language = e.getValue().get("language");
      if (cron == null && tz == null && filter == null && language == null) {
        throw new ConfigException(where + " needs a cron, a tz, a filter or a language");
      }
      out.put(e.getKey(), Schedule.of(cron == null ? fallback.cron() : cron.asText(),
          tz == null ? fallback.zone() : zone(tz.asText(), where + ".tz"), where + ".cron")
          .filtered(filter == null ? fallback.filter() : filter.asText(), where + ".filter")
          .in(language == null ? fallback.language() : language(language.asText(), where + ".language")));
    }
    return out;
  }

  private static ZoneId zone(String value, String where) {
    try {
      return ZoneId.of(value);
    } catch (DateTimeException e) {
      throw new ConfigException(where + " must be a time zone like Europe/Amsterdam or UTC, not '" + value + "'");
    }
  }

  private static Settings.Language language(String value, String where) {
    return Settings.Language.of(value.strip().toLowerCase(Locale.ROOT)).orElseThrow(() -> new ConfigException(where
        + " must be one of " + Arrays.stream(Settings.Language.values()).map(Settings.Language::code)
        .collect(Collectors.joining(", ")) + "; not '" + value + "'"));
  }

  private static String firstLine(String message) {
    return message == null ? "" : message.lines().findFirst().orElse("");
  }

  /** The schedule of {@code sink:destination}; an override may also name the destination alone. */
  Schedule of(String sink, String destination) {
    Schedule s = overrides.get(sink + ":" + destination);
    if (s == null) {
      s = overrides.get(destination);
    }
    return s == null ? fallback : s;
  }

  Schedule fallback() {
    return fallback;
  }
}
