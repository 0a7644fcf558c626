package briefbot.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import briefbot.config.ConfigException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The schedule read as wall-clock time in its zone: one slot a day, whatever daylight saving does. */
class ScheduleTest {

  private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

  @Test
  void latestSlotIsTheCronTimeInTheZoneIncludingTheExactMinute() {
    Schedule s = Schedule.of("0 8 * * *", AMSTERDAM, "BRIEFBOT_DIGEST_CRON");
    Instant eight = ZonedDateTime.of(2026, 6, 10, 8, 0, 0, 0, AMSTERDAM).toInstant();
    assertThat(s.latest(eight).orElseThrow().at()).isEqualTo(eight).isEqualTo(Instant.parse("2026-06-10T06:00:00Z"));
    assertThat(s.latest(eight.minusSeconds(1)).orElseThrow().day()).isEqualTo(LocalDate.of(2026, 6, 9));
    assertThat(s.next(eight.minusSeconds(1)).orElseThrow().at()).isEqualTo(eight);
    assertThat(s.next(eight).orElseThrow().day()).isEqualTo(LocalDate.of(2026, 6, 11));
  }

  @Test
  void eightOClockStaysEightOClockAcrossBothChanges() {
    Schedule s = Schedule.of("0 8 * * *", AMSTERDAM, "x");
    assertThat(slots(s, "2026-03-27T12:00:00Z", 4)).extracting(Schedule.Slot::at).containsExactly(
        Instant.parse("2026-03-28T07:00:00Z"), Instant.parse("2026-03-29T06:00:00Z"),
        Instant.parse("2026-03-30T06:00:00Z"), Instant.parse("2026-03-31T06:00:00Z"));
    assertThat(slots(s, "2026-10-23T12:00:00Z", 3)).extracting(Schedule.Slot::at).containsExactly(
        Instant.parse("2026-10-24T06:00:00Z"), Instant.parse("2026-10-25T07:00:00Z"),
        Instant.parse("2026-10-26T07:00:00Z"));
  }

  @Test
  void aTimeTheSpringChangeSkipsFiresAtTheShiftedTimeNotNever() {
    // On 29 March 2026 Amsterdam clocks jump from 02:00 to 03:00: 02:30 does not exist that day.
    Schedule s = Schedule.of("30 2 * * *", AMSTERDAM, "x");
    List<Schedule.Slot> slots = slots(s, "2026-03-27T12:00:00Z", 3);
    assertThat(slots).extracting(Schedule.Slot::day).containsExactly(
        LocalDate.of(2026, 3, 28), LocalDate.of(2026, 3, 29), LocalDate.of(2026, 3, 30));
    assertThat(slots.get(1).at()).isEqualTo(Instant.parse("2026-03-29T01:30:00Z")); // 03:30 summer time
    Instant afterJump = Instant.parse("2026-03-29T01:10:00Z"); // 03:10 local, before the shifted slot
    assertThat(s.latest(afterJump).orElseThrow().day()).isEqualTo(LocalDate.of(2026, 3, 28));
  }

  @Test
  void aTimeTheAutumnChangeRepeatsFiresOnce() {
    // On 25 October 2026 Amsterdam clocks go back from 03:00 to 02:00: 02:30 happens twice.
    Schedule s = Schedule.of("30 2 * * *", AMSTERDAM, "x");
    List<Schedule.Slot> slots = slots(s, "2026-10-23T12:00:00Z", 3);
    assertThat(slots).extracting(Schedule.Slot::day).containsExactly(
        LocalDate.of(2026, 10, 24), LocalDate.of(2026, 10, 25), LocalDate.of(2026, 10, 26));
    assertThat(slots.get(1).at()).isEqualTo(Instant.parse("2026-10-25T00:30:00Z")); // the first 02:30
    Instant secondHalfThirty = Instant.parse("2026-10-25T01:30:00Z");
    assertThat(s.latest(secondHalfThirty).orElseThrow().at()).isEqualTo(slots.get(1).at());
  }

  @Test
  void aMalformedCronOrZoneStopsStartUpNamingTheSetting() {
    assertThatThrownBy(() -> Schedule.of("0 8 * *", AMSTERDAM, "BRIEFBOT_DIGEST_CRON"))
        .isInstanceOf(ConfigException.class).hasMessageContaining("BRIEFBOT_DIGEST_CRON").hasMessageContaining("0 8 * *");
    assertThatThrownBy(() -> Schedule.of("61 8 * * *", AMSTERDAM, "BRIEFBOT_DIGEST_CRON"))
        .isInstanceOf(ConfigException.class).hasMessageContaining("BRIEFBOT_DIGEST_CRON");
  }

  /** The slots found by stepping {@code next} from {@code start}, as the scheduler meets them. */
  private static List<Schedule.Slot> slots(Schedule s, String start, int count) {
    List<Schedule.Slot> out = new ArrayList<>();
    Instant t = Instant.parse(start);
    while (out.size() < count) {
      Schedule.Slot slot = s.next(t).orElseThrow();
      out.add(slot);
      t = slot.at();
    }
    assertThat(Duration.between(out.get(0).at(), out.get(count - 1).at())).isLessThan(Duration.ofDays(count));
    return out;
  }
}
