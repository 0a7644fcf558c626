package briefbot.concurrent;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * The value of work run on another thread, its failure thrown here as the work threw it: an unchecked exception or
 * error as it was, a checked one wrapped once, an interrupt kept on the waiting thread.
 */
public final class Awaited {

  private Awaited() {}

  /** Waits for {@code work}; {@code doing} says what it does ("loading the dictionaries") in the failure's message. */
  public static <T> T value(Future<T> work, String doing) {
    try {
      return work.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      String why = e.getCause().getMessage();
      throw new IllegalStateException("failed " + doing + (why == null ? "" : ": " + why), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while " + doing, e);
    }
  }
}
