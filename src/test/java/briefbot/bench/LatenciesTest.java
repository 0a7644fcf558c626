package briefbot.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LatenciesTest {

  @Test
  void takesNearestRankPercentiles() {
    long[] sorted = new long[100];
    for (int i = 0; i < 100; i++) {
      sorted[i] = (i + 1) * 1_000_000L;
    }
    assertThat(Latencies.percentile(sorted, 50)).isEqualTo(50_000_000L);
    assertThat(Latencies.percentile(sorted, 99)).isEqualTo(99_000_000L);
    var summary = Latencies.summary(sorted, 1, 1.0);
    assertThat(summary.p95Ms()).isEqualTo(95.0);
    assertThat(summary.maxMs()).isEqualTo(100.0);
    assertThat(summary.perSecond()).isEqualTo(100.0);
  }

  @Test
  void runsEveryInputOncePerClient() {
    var seen = ConcurrentHashMap.<String>newKeySet();
    var count = new AtomicInteger();
    var latency = Latencies.measure(List.of("a", "b", "c"), 3, s -> {
      seen.add(s + Thread.currentThread().getName());
      count.incrementAndGet();
    });
    assertThat(count).hasValue(9);
    assertThat(latency.samples()).isEqualTo(9);
    assertThat(latency.clients()).isEqualTo(3);
    assertThat(seen).hasSize(9);
  }

  @Test
  void interleavedTimesEachOperationOncePerInput() {
    List<String> order = new ArrayList<>();
    List<Latencies.Op<Integer>> ops = List.of(i -> order.add("a" + i), i -> order.add("b" + i));
    var latencies = Latencies.interleaved(3, ops);
    assertThat(order).containsExactly("a0", "b0", "a1", "b1", "a2", "b2");
    assertThat(latencies).hasSize(2).allSatisfy(l -> assertThat(l.samples()).isEqualTo(3));
  }
}
