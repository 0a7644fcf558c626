package briefbot.digest;

import briefbot.config.ConfigException;
import briefbot.config.Settings;
import briefbot.answer.BadQuestion;
import briefbot.answer.Filters;
import com.cronutils.model.Cron;
import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.model.time.ExecutionTime;
import com.cronutils.parser.CronParser;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * When one destination gets its digest: a UNIX cron expression read as wall-clock time in a zone. The cron is
 * matched against local time and only then mapped to an instant, so a time that daylight saving skips fires at
 * the shifted time instead of not at all, and a time that occurs twice fires at its first occurrence.
 */
final class Schedule {

  /** One due digest: when it was due and the local day it is the digest of (the ledger's key). */
  record Slot(Instant at, LocalDate day) {}

  private static final CronParser PARSER = new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.UNIX));

  private final String cron;
  private final ExecutionTime execution;
  private final ZoneId zone;
  /** The question filters the digest's articles pass ({@code lang:nl from:BBC}); empty for all. */
  private final String filter;
  /** The language of the digest's own words ({@code nl}); the stories quote the articles as written. */
  private final Settings.Language language;

  private Schedule(String cron, ExecutionTime execution, ZoneId zone, String filter, Settings.Language language) {
    this.cron = cron;
    this.execution = execution;
    this.zone = zone;
    this.filter = filter;
    this.language = language;
  }

  /** Parses a cron expression; {@code setting} names where it came from for the start-up error. */
  static Schedule of(String cron, ZoneId zone, String setting) {
    try {
      Cron parsed = PARSER.parse(cron.strip());
      parsed.validate();
      return new Schedule(cron.strip(), ExecutionTime.forCron(parsed), zone, "", Settings.Language.EN);
    } catch (IllegalArgumentException e) {
      throw new ConfigException(setting + " must be a cron expression like '0 8 * * *' (minute hour day month weekday),"
          + " not '" + cron + "'");
    }
  }

  ZoneId zone() {
    return zone;
  }

  /**
   * The same schedule for a digest of only the articles {@code filter} lets through (the question filters: {@code
   * from:}, {@code lang:}, {@code since:}...); a filter that is not one stops start-up naming {@code setting}.
   */
  Schedule filtered(String filter, String setting) {
    String spec = filter == null ? "" : filter.strip();
    if (!spec.isEmpty()) {
      Filters.Parsed parsed;
      try {
        parsed = Filters.parse(spec, Clock.systemUTC());
      } catch (BadQuestion e) {
        throw new ConfigException(setting + ": " + e.getMessage());
      }
      if (!parsed.text().isBlank()) {
        throw new ConfigException(setting + " takes only filters (" + Filters.HINT + "), not '" + parsed.text() + "'");
      }
      spec = parsed.spec();
    }
    return new Schedule(cron, execution, zone, spec, language);
  }

  /** The same schedule for a digest whose own words are in {@code language} (one {@link Settings.Language}). */
  Schedule in(Settings.Language language) {
    return new Schedule(cron, execution, zone, filter, language);
  }

  /** The language of the digest's own words, English unless set. */
  Settings.Language language() {
    return language;
  }

  /** The filters as written ({@code lang:nl from:BBC}), empty for none. */
  String filter() {
    return filter;
  }

  String cron() {
    return cron;
  }

  /** The latest slot due at or before {@code now}, if the cron ever fired before. */
  Optional<Slot> latest(Instant now) {
    LocalDateTime wall = now.atZone(zone).toLocalDateTime().plusSeconds(1);
    for (int i = 0; i < 3; i++) {
      Optional<LocalDateTime> last = execution.lastExecution(utc(wall)).map(ZonedDateTime::toLocalDateTime);
      if (last.isEmpty()) {
        return Optional.empty();
      }
      Instant at = instant(last.get());
      if (!at.isAfter(now)) {
        return Optional.of(new Slot(at, last.get().toLocalDate()));
      }
      wall = last.get(); // a skipped wall time maps past now: the slot before it is the latest
    }
    return Optional.empty();
  }

  /** The first slot strictly after {@code after}. */
  Optional<Slot> next(Instant after) {
    LocalDateTime wall = after.atZone(zone).toLocalDateTime();
    for (int i = 0; i < 3; i++) {
      Optional<LocalDateTime> next = execution.nextExecution(utc(wall)).map(ZonedDateTime::toLocalDateTime);
      if (next.isEmpty()) {
        return Optional.empty();
      }
      Instant at = instant(next.get());
      if (at.isAfter(after)) {
        return Optional.of(new Slot(at, next.get().toLocalDate()));
      }
      wall = next.get(); // the second occurrence of a repeated hour maps before its first: move on
    }
    return Optional.empty();
  }

  /** The local day a digest composed at {@code now} belongs to (for digests posted by hand). */
  LocalDate day(Instant now) {
    return now.atZone(zone).toLocalDate();
  }

  /** Wall-clock time to an instant: a skipped time moves forward by the gap, a repeated one takes its first. */
  private Instant instant(LocalDateTime wall) {
    return ZonedDateTime.ofLocal(wall, zone, null).toInstant();
  }

  /** Cron is matched on wall-clock time, which UTC represents without any daylight saving. */
  private static ZonedDateTime utc(LocalDateTime wall) {
    return wall.atZone(ZoneOffset.UTC);
  }

  @Override
  public String toString() {
    return "'" + cron + "' in " + zone + (filter.isEmpty() ? "" : " with " + filter)
        + (language == Settings.Language.EN ? "" : " in " + language.code());
  }
}
