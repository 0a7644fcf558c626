package briefbot.retrieval;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * How long each stage of answering one question took, so that a slow answer can be explained; a stage timed twice
 * adds up. Stages may be timed from more than one thread (the question's embedding runs beside BM25).
 */
public final class Stages {

  private final Map<String, Long> nanos = new LinkedHashMap<>();

  public <T> T time(String stage, Supplier<T> work) {
    long start = System.nanoTime();
    try {
      return work.get();
    } finally {
      add(stage, System.nanoTime() - start);
    }
  }

  public synchronized void add(String stage, long elapsedNanos) {
    nanos.merge(stage, elapsedNanos, Long::sum);
  }

  /** Milliseconds per stage, to a hundredth, in the order the stages were first timed. */
  public synchronized Map<String, Double> millis() {
    Map<String, Double> out = new LinkedHashMap<>();
    nanos.forEach((stage, n) -> out.put(stage, millis(n)));
    return out;
  }

  /** Nanoseconds as milliseconds to a hundredth. */
  public static double millis(long nanos) {
    return Math.round(nanos / 10_000.0) / 100.0;
  }
}
