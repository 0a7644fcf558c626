package briefbot.chat;

import static org.assertj.core.api.Assertions.assertThat;

import briefbot.state.BotState;
import briefbot.state.sqlite.SqliteState;
import briefbot.testing.TestClock;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Work that keeps failing is taken up less and less often, never dropped before its give-up age. */
class PendingTest {

  @TempDir
  Path dir;

  private final TestClock clock = new TestClock("2026-12-07T09:00:00Z");
  private BotState state;
  private Pending pending;

  @BeforeEach
  void open() {
    state = SqliteState.open(dir, clock);
    pending = new Pending(state, "test.pending", "test.done", Duration.ofHours(1), clock);
  }

  @AfterEach
  void close() throws Exception {
    pending.close();
    state.close();
  }

  @Test
  void workThatFailsAgainWaitsTwiceAsLongEachTimeUpToTenMinutes() {
    pending.record("q1", "the question");
    List<Long> triedAtSeconds = new ArrayList<>();
    List<String> givenUp = new ArrayList<>();
    long start = clock.millis();
    // every sweep for an hour and a half; each attempt fails
    for (int sweep = 0; sweep < 180; sweep++) {
      pending.sweep(key -> {
        assertThat(pending.take(key)).contains("the question");
        triedAtSeconds.add((clock.millis() - start) / 1000);
        pending.letGo(key);
      }, givenUp::add);
      clock.advance(Duration.ofSeconds(30));
    }
    assertThat(triedAtSeconds).containsExactly(0L, 30L, 90L, 210L, 450L, 930L, 1530L, 2130L, 2730L, 3330L);
    assertThat(givenUp).containsOnly("q1");
  }

  @Test
  void workThatIsDoneOrDeliveredAgainIsNotHeldBackByEarlierFailures() {
    pending.record("q1", "the question");
    for (int failure = 0; failure < 3; failure++) {
      assertThat(pending.take("q1")).isPresent();
      pending.letGo("q1");
    }
    List<String> swept = new ArrayList<>();
    pending.sweep(swept::add, key -> { });
    assertThat(swept).as("waiting after three failures").isEmpty();
    // the platform delivers it again: taken at once, whatever the wait
    assertThat(pending.take("q1")).contains("the question");
    pending.finish("q1");
    pending.record("q2", "another question");
    clock.advance(Duration.ofMinutes(5));
    pending.sweep(swept::add, key -> { });
    assertThat(swept).containsExactly("q2");
    assertThat(pending.done("q1")).isTrue();
  }
}
