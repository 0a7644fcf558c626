package briefbot.concurrent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.FutureTask;
import org.junit.jupiter.api.Test;

class AwaitedTest {

  @Test
  void theValueOfWorkDoneElsewhere() {
    assertEquals("done", Awaited.value(CompletableFuture.supplyAsync(() -> "done"), "working"));
  }

  @Test
  void anUncheckedFailureIsThrownAsTheWorkThrewIt() {
    IllegalArgumentException thrown = new IllegalArgumentException("bad input");
    FutureTask<String> work = new FutureTask<>(() -> {
      throw thrown;
    });
    work.run();
    assertSame(thrown, assertThrows(IllegalArgumentException.class, () -> Awaited.value(work, "working")));
  }

  @Test
  void anErrorIsThrownAsTheWorkThrewIt() {
    OutOfMemoryError thrown = new OutOfMemoryError("no room");
    assertSame(thrown, assertThrows(OutOfMemoryError.class,
        () -> Awaited.value(CompletableFuture.failedFuture(thrown), "working")));
  }

  @Test
  void aCheckedFailureIsWrappedOnceAndSaysWhatFailed() {
    IOException cause = new IOException("disk gone");
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> Awaited.value(CompletableFuture.failedFuture(cause), "loading the dictionaries"));
    assertSame(cause, e.getCause());
    assertEquals("failed loading the dictionaries: disk gone", e.getMessage());
  }

  @Test
  void aCheckedFailureWithoutAMessageSaysOnlyWhatFailed() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> Awaited.value(CompletableFuture.failedFuture(new IOException()), "loading the dictionaries"));
    assertEquals("failed loading the dictionaries", e.getMessage());
  }

  @Test
  void anInterruptedWaitKeepsTheInterrupt() {
    Thread.currentThread().interrupt();
    try {
      IllegalStateException e = assertThrows(IllegalStateException.class,
          () -> Awaited.value(new CompletableFuture<String>(), "embedding the question"));
      assertEquals("interrupted while embedding the question", e.getMessage());
      assertTrue(Thread.currentThread().isInterrupted());
    } finally {
      Thread.interrupted();
    }
  }
}
