package briefbot.state;

import static org.assertj.core.api.Assertions.assertThat;

import briefbot.testing.TestClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** What every {@link BotState} promises of leases, checked the same way on SQLite and on SolrCloud. */
public final class LeaseContract {

  private LeaseContract() {}

  /** One holder at a time; its renewal keeps it; another takes it over only once it has run out. */
  public static void heldRenewedAndTakenOverAfterExpiry(BotState one, BotState two, TestClock clock) {
    Duration ttl = Duration.ofMinutes(2);
    assertThat(one.lease("indexer", "serve-a", ttl)).isTrue();
    assertThat(two.lease("indexer", "serve-b", ttl)).isFalse();
    clock.advance(Duration.ofSeconds(90));
    assertThat(one.lease("indexer", "serve-a", ttl)).as("renewed").isTrue();
    clock.advance(Duration.ofSeconds(90)); // 3 minutes after it was taken, 90 s after the renewal
    assertThat(two.lease("indexer", "serve-b", ttl)).isFalse();
    clock.advance(Duration.ofSeconds(31)); // the renewal has run out
    assertThat(two.lease("indexer", "serve-b", ttl)).as("taken over").isTrue();
    assertThat(one.lease("indexer", "serve-a", ttl)).isFalse();
    assertThat(one.lease("other-work", "serve-a", ttl)).as("leases are independent").isTrue();
  }

  /** A lease given up by its holder is free at once; one given up by another than its holder is not. */
  public static void releasedLeasesAreFreeAtOnce(BotState one, BotState two) {
    Duration ttl = Duration.ofMinutes(2);
    assertThat(one.lease("question-1", "serve-a", ttl)).isTrue();
    assertThat(two.release("question-1", "serve-b")).as("not its lease").isFalse();
    assertThat(two.lease("question-1", "serve-b", ttl)).isFalse();
    assertThat(one.release("question-1", "serve-a")).isTrue();
    assertThat(two.lease("question-1", "serve-b", ttl)).as("free at once").isTrue();
  }

  /** A value stored only when its key is new: the first caller wins, a later one changes nothing. */
  public static void putIfAbsentStoresOnce(BotState one, BotState two) {
    assertThat(one.putIfAbsent("pending", "C1:1.2", "first")).isTrue();
    assertThat(two.putIfAbsent("pending", "C1:1.2", "second")).isFalse();
    assertThat(two.get("pending", "C1:1.2")).contains("first");
  }

  /** Each state races for the same free lease from its own thread, under its own holder name: one wins. */
  public static void exactlyOneOfRacersWins(List<? extends BotState> racers, String lease) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(racers.size());
    try {
      CountDownLatch go = new CountDownLatch(1);
      List<Future<Boolean>> won = new ArrayList<>();
      for (int i = 0; i < racers.size(); i++) {
        BotState state = racers.get(i);
        String holder = "serve-" + i;
        won.add(pool.submit(() -> {
          go.await();
          return state.lease(lease, holder, Duration.ofMinutes(1));
        }));
      }
      go.countDown();
      int winners = 0;
      for (Future<Boolean> w : won) {
        winners += w.get(30, TimeUnit.SECONDS) ? 1 : 0;
      }
      assertThat(winners).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
  }
}
