package briefbot.chat.watch;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

/** Hours of the day without alerts ({@code 22:00-07:00}, possibly across midnight) in one time zone. */
record QuietHours(LocalTime from, LocalTime to, ZoneId zone) {

  static final QuietHours NONE = new QuietHours(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT, ZoneId.of("UTC"));

  /** Reads {@code HH:MM-HH:MM} (checked by the setting); null means none. */
  static QuietHours of(String span, ZoneId zone) {
    if (span == null) {
      return NONE;
    }
    return new QuietHours(LocalTime.parse(span.substring(0, 5)), LocalTime.parse(span.substring(6)), zone);
  }

  boolean quiet(Instant at) {
    if (from.equals(to)) {
      return false;
    }
    LocalTime time = at.atZone(zone).toLocalTime();
    return from.isBefore(to) ? !time.isBefore(from) && time.isBefore(to) : !time.isBefore(from) || time.isBefore(to);
  }
}
