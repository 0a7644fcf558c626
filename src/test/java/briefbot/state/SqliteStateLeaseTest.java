package briefbot.state;

import static org.assertj.core.api.Assertions.assertThat;

import briefbot.TestClock;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Leases in the SQLite state, through two connections to one data folder as two processes on a machine have. */
class SqliteStateLeaseTest {

  @TempDir
  Path dir;
  private final TestClock clock = new TestClock("2026-03-28T10:00:00Z");

  @Test
  void aLeaseIsHeldByOneHolderRenewedByItAndTakenOverOnlyAfterItExpires() {
    Duration ttl = Duration.ofMinutes(2);
    try (BotState one = BotState.open(dir, clock); BotState two = BotState.open(dir, clock)) {
      assertThat(one.lease("indexer", "serve-a", ttl)).isTrue();
      assertThat(two.lease("indexer", "serve-b", ttl)).isFalse();
      clock.advance(Duration.ofSeconds(90));
      assertThat(one.lease("indexer", "serve-a", ttl)).as("renewed").isTrue();
      clock.advance(Duration.ofSeconds(90));
      assertThat(two.lease("indexer", "serve-b", ttl)).isFalse();
      clock.advance(Duration.ofSeconds(31));
      assertThat(two.lease("indexer", "serve-b", ttl)).as("taken over").isTrue();
      assertThat(one.lease("indexer", "serve-a", ttl)).isFalse();
      assertThat(one.lease("other-work", "serve-a", ttl)).as("leases are independent").isTrue();
      assertThat(one.list("indexer")).as("leases are not entries").isEmpty();
    }
  }

  @Test
  void ofManyHoldersRacingForAFreeLeaseExactlyOneGetsIt() throws Exception {
    int racers = 6;
    List<BotState> states = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(racers);
    try {
      CountDownLatch go = new CountDownLatch(1);
      List<Future<Boolean>> won = new ArrayList<>();
      for (int i = 0; i < racers; i++) {
        BotState state = BotState.open(dir, clock);
        states.add(state);
        String holder = "serve-" + i;
        won.add(pool.submit(() -> {
          go.await();
          return state.lease("indexer", holder, Duration.ofMinutes(1));
        }));
      }
      go.countDown();
      int winners = 0;
      for (Future<Boolean> w : won) {
        winners += w.get(20, TimeUnit.SECONDS) ? 1 : 0;
      }
      assertThat(winners).isEqualTo(1);
    } finally {
      pool.shutdownNow();
      states.forEach(BotState::close);
    }
  }
}
