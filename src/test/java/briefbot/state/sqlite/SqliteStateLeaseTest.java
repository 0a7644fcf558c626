package briefbot.state.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import briefbot.state.BotState;
import briefbot.state.LeaseContract;
import briefbot.testing.TestClock;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Leases in the SQLite state, through two connections to one data folder as two processes on a machine have. */
class SqliteStateLeaseTest {

  @TempDir
  Path dir;
  private final TestClock clock = new TestClock("2026-03-28T10:00:00Z");

  @Test
  void aLeaseIsHeldByOneHolderRenewedByItAndTakenOverOnlyAfterItExpires() {
    try (BotState one = SqliteState.open(dir, clock); BotState two = SqliteState.open(dir, clock)) {
      LeaseContract.heldRenewedAndTakenOverAfterExpiry(one, two, clock);
      assertThat(one.list("indexer")).as("leases are not entries").isEmpty();
    }
  }

  @Test
  void aReleasedLeaseIsFreeAtOnceAndAValueIsStoredOnlyWhenNew() {
    try (BotState one = SqliteState.open(dir, clock); BotState two = SqliteState.open(dir, clock)) {
      LeaseContract.releasedLeasesAreFreeAtOnce(one, two);
      LeaseContract.putIfAbsentStoresOnce(one, two);
    }
  }

  @Test
  void ofManyHoldersRacingForAFreeLeaseExactlyOneGetsIt() throws Exception {
    List<BotState> states = new ArrayList<>();
    try {
      for (int i = 0; i < 6; i++) {
        states.add(SqliteState.open(dir, clock));
      }
      LeaseContract.exactlyOneOfRacersWins(states, "indexer");
    } finally {
      states.forEach(BotState::close);
    }
  }
}
