package briefbot.llm;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs a model call within a time budget, retrying what can succeed on a second try (429, 5xx, a dropped
 * connection) after the wait the server asked for, or a short back-off; a wait that would not fit in what is
 * left of the budget is not waited for, so the person asking gets the extractive answer instead of a long silence.
 */
final class Attempts {

  /** One try at the call. */
  @FunctionalInterface
  interface Attempt<T> {
    T run() throws Exception;
  }

  private static final Duration FIRST_BACKOFF = Duration.ofMillis(500);

  private final Duration budget;
  private final int maxRetries;

  Attempts(Duration budget, int maxRetries) {
    this.budget = budget;
    this.maxRetries = maxRetries;
  }

  <T> T run(Attempt<T> attempt) throws ModelFailure {
    long deadline = System.nanoTime() + budget.toNanos();
    for (int retry = 0; ; retry++) {
      Outcome<T> outcome = once(attempt, deadline);
      if (outcome.failure() == null) {
        return outcome.value();
      }
      Failure failure = outcome.failure();
      String tries = retry == 0 ? "" : " (after " + (retry + 1) + " tries)";
      if (!failure.retryable() || retry >= maxRetries) {
        throw new ModelFailure(failure.cause() + tries);
      }
      Duration wait = failure.retryAfter().orElse(FIRST_BACKOFF.multipliedBy(1L << retry));
      if (System.nanoTime() + wait.toNanos() >= deadline) {
        throw new ModelFailure(failure.cause() + tries + "; waiting " + seconds(wait) + " would exceed the "
            + seconds(budget) + " budget");
      }
      sleep(wait);
    }
  }

  /** What one try gave: a value, or why it failed. */
  private record Outcome<T>(T value, Failure failure) {}

  private <T> Outcome<T> once(Attempt<T> attempt, long deadline) throws ModelFailure {
    FutureTask<T> task = new FutureTask<>(attempt::run);
    Thread.ofVirtual().name("briefbot-llm-call").start(task);
    try {
      T value = task.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      return new Outcome<>(value, value == null ? Failure.of("no reply") : null);
    } catch (ExecutionException e) {
      return new Outcome<>(null, Failure.of(e.getCause()));
    } catch (TimeoutException e) {
      task.cancel(true);
      throw new ModelFailure("timed out after " + seconds(budget));
    } catch (InterruptedException e) {
      task.cancel(true);
      Thread.currentThread().interrupt();
      throw new ModelFailure("interrupted");
    }
  }

  private static void sleep(Duration wait) throws ModelFailure {
    try {
      Thread.sleep(wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ModelFailure("interrupted");
    }
  }

  static String seconds(Duration d) {
    return String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
  }
}
