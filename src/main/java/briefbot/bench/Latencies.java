package briefbot.bench;

import briefbot.bench.BenchReport.Latency;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Times an operation over a list of inputs, on one thread or several at once, and summarises the latencies. */
final class Latencies {

  /** One timed operation on one input. */
  @FunctionalInterface
  interface Op<T> {
    void run(T input) throws Exception;
  }

  private Latencies() {}

  /** Runs every input once per client, the clients at the same time, each starting at its own offset. */
  static <T> Latency measure(List<T> inputs, int clients, Op<T> op) {
    long[][] perClient = new long[clients][];
    long start = System.nanoTime();
    if (clients == 1) {
      perClient[0] = runAll(inputs, 0, op);
    } else {
      ExecutorService pool = Executors.newFixedThreadPool(clients);
      try {
        List<Future<long[]>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
          int offset = c * inputs.size() / clients;
          futures.add(pool.submit(() -> runAll(inputs, offset, op)));
        }
        for (int c = 0; c < clients; c++) {
          perClient[c] = futures.get(c).get();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      } catch (ExecutionException e) {
        throw new IllegalStateException("a timed operation failed: " + e.getCause(), e.getCause());
      } finally {
        pool.shutdownNow();
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    long[] all = Arrays.stream(perClient).flatMapToLong(Arrays::stream).toArray();
    return summary(all, clients, seconds);
  }

  /**
   * Times several operations on one thread, taking turns input by input, so that a load spike on a shared machine
   * hits all of them alike; one summary per operation.
   */
  static List<Latency> interleaved(int inputs, List<Op<Integer>> ops) {
    return interleavedWithCpu(inputs, ops).wall();
  }

  /**
   * Wall-clock and CPU latencies of each operation, in the order given, and each operation's wall-clock nanoseconds
   * input by input.
   */
  record Timed(List<Latency> wall, List<Latency> cpu, long[][] wallNanos) {

    /** The wall-clock latencies of operation {@code op} on the inputs {@code from} (inclusive) to {@code to}. */
    Latency wall(int op, int from, int to) {
      long[] some = Arrays.copyOfRange(wallNanos[op], from, to);
      return summary(some, 1, Arrays.stream(some).sum() / 1e9);
    }
  }

  /** Like {@link #interleaved}, also timing the calling thread's CPU time per operation. */
  static Timed interleavedWithCpu(int inputs, List<Op<Integer>> ops) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long[][] nanos = new long[ops.size()][inputs];
    long[][] cpu = new long[ops.size()][inputs];
    for (int i = 0; i < inputs; i++) {
      for (int o = 0; o < ops.size(); o++) {
        long c0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        try {
          ops.get(o).run(i);
        } catch (Exception e) {
          throw new IllegalStateException("timed operation failed on input " + i + ": " + e.getMessage(), e);
        }
        nanos[o][i] = System.nanoTime() - t0;
        cpu[o][i] = threads.getCurrentThreadCpuTime() - c0;
      }
    }
    List<Latency> wall = new ArrayList<>();
    List<Latency> cpus = new ArrayList<>();
    for (int o = 0; o < ops.size(); o++) {
      wall.add(summary(nanos[o], 1, Arrays.stream(nanos[o]).sum() / 1e9));
      cpus.add(summary(cpu[o], 1, Arrays.stream(cpu[o]).sum() / 1e9));
    }
    return new Timed(wall, cpus, nanos);
  }

  /** Runs every input once without timing, so the JIT and the caches are warm before measuring. */
  static <T> void warmUp(List<T> inputs, Op<T> op) {
    runAll(inputs, 0, op);
  }

  private static <T> long[] runAll(List<T> inputs, int offset, Op<T> op) {
    long[] nanos = new long[inputs.size()];
    for (int i = 0; i < inputs.size(); i++) {
      T input = inputs.get((offset + i) % inputs.size());
      long t0 = System.nanoTime();
      try {
        op.run(input);
      } catch (Exception e) {
        throw new IllegalStateException("timed operation failed on " + input + ": " + e.getMessage(), e);
      }
      nanos[i] = System.nanoTime() - t0;
    }
    return nanos;
  }

  static Latency summary(long[] nanos, int clients, double seconds) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    double qps = seconds > 0 ? sorted.length / seconds : 0;
    return new Latency(clients, sorted.length, ms(percentile(sorted, 50)), ms(percentile(sorted, 95)),
        ms(percentile(sorted, 99)), ms(sorted.length == 0 ? 0 : sorted[sorted.length - 1]), round(qps));
  }

  /** Nearest-rank percentile. */
  static long percentile(long[] sorted, double p) {
    if (sorted.length == 0) {
      return 0;
    }
    int rank = (int) Math.ceil(p / 100 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }

  static double ms(long nanos) {
    return Math.round(nanos / 10_000.0) / 100.0;
  }

  static double round(double v) {
    return Math.round(v * 10) / 10.0;
  }
}
