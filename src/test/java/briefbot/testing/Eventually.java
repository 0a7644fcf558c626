package briefbot.testing;

import java.time.Duration;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;

/** Awaitility as the tests wait for something asynchronous: checked at once, then every 20 ms, on the test's thread. */
public final class Eventually {

  private static final Duration EVERY = Duration.ofMillis(20);

  private Eventually() {}

  /** A condition that must come true within {@code atMost}, else the test fails. */
  public static ConditionFactory within(Duration atMost) {
    return Awaitility.await().atMost(atMost).pollDelay(Duration.ZERO).pollInterval(EVERY).pollInSameThread();
  }
}
