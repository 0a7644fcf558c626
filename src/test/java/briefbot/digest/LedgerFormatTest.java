package briefbot.digest;

import static org.assertj.core.api.Assertions.assertThat;

import briefbot.state.BotState;
import briefbot.state.sqlite.SqliteState;
import briefbot.testing.TestClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The digest ledger keeps its stored form: an entry an earlier version wrote is where the next digest starts. */
class LedgerFormatTest {

  @TempDir
  Path dir;
  private final TestClock clock = new TestClock("2026-03-28T08:00:00Z");

  @Test
  void aPostedEntryInTheEarlierFormIsWhereTheNextDigestStarts() {
    try (BotState state = SqliteState.open(dir, clock)) {
      String key = Ledger.key("slack:C1", LocalDate.of(2026, 3, 27));
      state.claim(Ledger.NAMESPACE, key + "#1");
      state.put(Ledger.NAMESPACE, key, "{\"state\":\"POSTED\",\"attempt\":1,\"owner\":\"4242-abcd1234\",\"expires\":0,"
          + "\"retryAt\":0,\"until\":1774598400000,\"articles\":[\"a1\",\"a2\"],\"note\":null}");
      Ledger ledger = new Ledger(state, "me", Duration.ofMinutes(10));

      Ledger.Entry last = ledger.lastDelivered("slack:C1", LocalDate.of(2026, 3, 28)).orElseThrow();
      assertThat(last.state()).isEqualTo(Ledger.State.POSTED);
      assertThat(last.until()).isEqualTo(Instant.parse("2026-03-27T08:00:00Z").toEpochMilli());
      assertThat(last.articles()).containsExactly("a1", "a2");
      assertThat(ledger.get(key)).contains(last);
      assertThat(ledger.acquire(key, ledger.get(key), clock.instant())).as("attempt 2 is free")
          .contains(new Ledger.Lease(key, 2));
    }
  }

  @Test
  void newEntriesAreWrittenInTheSameForm() {
    try (BotState state = SqliteState.open(dir, clock)) {
      Ledger ledger = new Ledger(state, "4242-abcd1234", Duration.ofMinutes(10));
      String key = Ledger.key("slack:C1", LocalDate.of(2026, 3, 28));
      Ledger.Lease lease = ledger.acquire(key, ledger.get(key), clock.instant()).orElseThrow();
      ledger.finished(lease, Ledger.State.POSTED, clock.instant(), List.of("a3"));
      assertThat(state.get(Ledger.NAMESPACE, key)).contains("{\"state\":\"POSTED\",\"attempt\":1,"
          + "\"owner\":\"4242-abcd1234\",\"expires\":0,\"retryAt\":0,\"until\":1774684800000,\"articles\":[\"a3\"],"
          + "\"note\":null}");
    }
  }
}
