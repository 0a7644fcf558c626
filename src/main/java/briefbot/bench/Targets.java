package briefbot.bench;

import briefbot.bench.BenchReport.Size;
import briefbot.bench.BenchReport.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The targets, checked against what was measured at each size. */
final class Targets {

  private static final long GB = 1L << 30;

  private Targets() {}

  static List<Target> of(BenchReport.Model model, List<Size> sizes) {
    List<Target> targets = new ArrayList<>();
    int largest = sizes.stream().mapToInt(Size::paragraphs).max().orElse(0);
    targets.add(new Target(largest, "ingest with embeddings", "≥ 100 paragraphs/s",
        fmt("%.1f/s (model alone %.1f/s)", model.ingestPerSecond(), model.modelPerSecond()),
        model.ingestPerSecond() >= 100));
    for (Size s : sizes) {
      int n = s.paragraphs();
      double hybrid = s.retrieval().hybrid().p99Ms();
      targets.add(new Target(n, "hybrid retrieval p99", "< 10 ms", fmt("%.2f ms", hybrid), hybrid < 10));
      double ask = s.ask().latency().p99Ms();
      targets.add(new Target(n, "extractive answer p99", "< 30 ms", fmt("%.2f ms", ask), ask < 30));
      var side = s.sideBySide();
      targets.add(new Target(n, "vs InMemoryEmbeddingStore", "≥ 50× faster, recall@10 ≥ 0.95",
          fmt("%.1f× faster, recall@10 %.3f", side.speedup(), side.briefbotRecall()),
          side.speedup() >= 50 && side.briefbotRecall() >= 0.95));
      double plain = s.ingest().plainPerSecond();
      targets.add(new Target(n, "ingest without embeddings", "≥ 10,000 paragraphs/s", fmt("%,.0f/s", plain),
          plain >= 10_000));
      var serving = s.serving();
      if (serving.residentBytes() != null) {
        targets.add(new Target(n, "serving process resident", "< 1 GB",
            fmt("%,d MB", serving.residentBytes() >> 20), serving.residentBytes() < GB));
      }
      if (serving.firstAnswerMs() != null) {
        targets.add(new Target(n, "cold ask (fresh JVM)", "< 2 s", fmt("%.2f s", serving.firstAnswerMs() / 1000),
            serving.firstAnswerMs() < 2000));
      }
      if (serving.aotFirstAnswerMs() != null) {
        targets.add(new Target(n, "cold ask from AOT cache", "< 2 s", fmt("%.2f s", serving.aotFirstAnswerMs() / 1000),
            serving.aotFirstAnswerMs() < 2000));
      }
      if (serving.oneQuestionFirstAnswerMs() != null) {
        targets.add(new Target(n, "cold ask, bin/briefbot", "< 2 s",
            fmt("%.2f s", serving.oneQuestionFirstAnswerMs() / 1000), serving.oneQuestionFirstAnswerMs() < 2000));
      }
    }
    return targets;
  }

  private static String fmt(String format, Object... args) {
    return String.format(Locale.ROOT, format, args);
  }
}
