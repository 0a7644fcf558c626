package briefbot.bench;

import static org.assertj.core.api.Assertions.assertThat;

import briefbot.bench.BenchReport.Latency;
import briefbot.bench.BenchReport.Size;
import briefbot.bench.BenchReport.Target;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The speed issue's thresholds: each target is met on one side of its goal and missed on the other, by size. */
class TargetsTest {

  private static final long MB = 1L << 20;

  @Test
  void aHybridQuestionMayTakeTenMillisecondsAtAHundredThousandAndTwentyFiveAtAMillion() {
    assertThat(met(size(100_000, 9.9, 700 * MB), "hybrid retrieval p99")).isTrue();
    assertThat(met(size(100_000, 10.1, 700 * MB), "hybrid retrieval p99")).isFalse();
    assertThat(met(size(1_000_000, 24.9, 700 * MB), "hybrid retrieval p99")).isTrue();
    assertThat(met(size(1_000_000, 25.1, 700 * MB), "hybrid retrieval p99")).isFalse();
  }

  @Test
  void theServingProcessMayHold700MegabytesAtAHundredThousandAndOneAndAHalfGigabytesAtAMillion() {
    assertThat(met(size(100_000, 5, 700 * MB), "serving process resident")).isTrue();
    assertThat(met(size(100_000, 5, 701 * MB), "serving process resident")).isFalse();
    assertThat(met(size(1_000_000, 5, 1536 * MB), "serving process resident")).isTrue();
    assertThat(met(size(1_000_000, 5, 1537 * MB), "serving process resident")).isFalse();
  }

  @Test
  void theInMemoryStoreComparisonNeedsBothTheSpeedAndTheRecall() {
    assertThat(met(sideBySide(100, 0.95), "vs InMemoryEmbeddingStore")).isTrue();
    assertThat(met(sideBySide(99.9, 0.99), "vs InMemoryEmbeddingStore")).isFalse();
    assertThat(met(sideBySide(300, 0.949), "vs InMemoryEmbeddingStore")).isFalse();
  }

  @Test
  void fourClientsAreCheckedBelowAMillionOnly() {
    assertThat(names(size(100_000, 5, MB))).contains("hybrid retrieval, 4 clients");
    assertThat(names(size(1_000_000, 5, MB))).doesNotContain("hybrid retrieval, 4 clients");
    assertThat(met(size(100_000, 5, MB), "hybrid retrieval, 4 clients")).as("p99 20 ms at 400/s").isTrue();
  }

  @Test
  void ingestWithTheModelIsCheckedOnceAgainstAHundredParagraphsASecond() {
    var model = new BenchReport.Model("m", 1, 10, 120, 10, 99.9, 0.8, latency(1));
    List<Target> targets = Targets.of(model, List.of(size(10_000, 5, MB), size(100_000, 5, MB)));
    assertThat(targets).filteredOn(t -> t.name().equals("ingest with embeddings")).singleElement()
        .satisfies(t -> {
          assertThat(t.met()).isFalse();
          assertThat(t.paragraphs()).as("reported at the largest size").isEqualTo(100_000);
        });
  }

  private static boolean met(Size size, String name) {
    return Targets.of(model(), List.of(size)).stream().filter(t -> t.name().equals(name)).findFirst()
        .orElseThrow().met();
  }

  private static boolean met(BenchReport.SideBySide side, String name) {
    Size s = size(100_000, 5, MB);
    Size withSide = new Size(s.paragraphs(), s.articles(), s.corpusBytes(), s.vectors(), s.ingest(), s.retrieval(),
        s.ask(), s.memory(), s.serving(), side);
    return met(withSide, name);
  }

  private static List<String> names(Size size) {
    return Targets.of(model(), List.of(size)).stream().map(Target::name).toList();
  }

  private static BenchReport.Model model() {
    return new BenchReport.Model("m", 1, 10, 200, 10, 150, 0.8, latency(1));
  }

  private static Size size(int paragraphs, double hybridP99, long resident) {
    Latency hybrid = new Latency(1, 100, hybridP99 / 2, hybridP99, hybridP99, hybridP99, 100);
    Latency concurrent = new Latency(4, 400, 5, 15, 20, 25, 400);
    var retrieval = new BenchReport.Retrieval(latency(1), latency(1), latency(1), latency(1), hybrid, concurrent,
        null, null, null);
    var ingest = new BenchReport.Ingest(paragraphs, 20_000, 1, 1, 1000, 1, 1, 1, 1);
    var ask = new BenchReport.Ask(latency(5), 10, 10, Map.of());
    var serving = new BenchReport.Serving("java", 1500.0, resident, resident, 10, null, Map.of(), null, Map.of(),
        null, Map.of());
    return new Size(paragraphs, 10, 1, "synthetic", ingest, retrieval, ask, new BenchReport.Memory(1, 1), serving,
        sideBySide(150, 0.97));
  }

  private static BenchReport.SideBySide sideBySide(double speedup, double recall) {
    return new BenchReport.SideBySide(1000, List.of(1000), 10, 10, latency(10), latency(20), 1.0, latency(0.1), recall,
        100, speedup, List.of());
  }

  private static Latency latency(double ms) {
    return new Latency(1, 10, ms, ms, ms, ms, 1000 / ms);
  }
}
