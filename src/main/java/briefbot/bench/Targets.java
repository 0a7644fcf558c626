package briefbot.bench;

import briefbot.bench.BenchReport.Size;
import briefbot.bench.BenchReport.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The targets of the speed issue (#19), checked against what was measured at each size: a million paragraphs may take
 * 25 ms a hybrid question and 1.5 GB resident, up to 100,000 paragraphs 10 ms and 700 MB.
 */
final class Targets {

  private static final long MB = 1L << 20;
  private static final int MILLION = 1_000_000;

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
      double hybridGoal = n >= MILLION ? 25 : 10;
      targets.add(new Target(n, "hybrid retrieval p99", fmt("≤ %.0f ms", hybridGoal), fmt("%.2f ms", hybrid),
          hybrid <= hybridGoal));
      var concurrent = s.retrieval().hybridConcurrent();
      if (n < MILLION) {
        targets.add(new Target(n, "hybrid retrieval, 4 clients", "p99 ≤ 20 ms, ≥ 400 questions/s",
            fmt("p99 %.2f ms, %.0f/s (%d clients)", concurrent.p99Ms(), concurrent.perSecond(), concurrent.clients()),
            concurrent.p99Ms() <= 20 && concurrent.perSecond() >= 400));
      }
      double ask = s.ask().latency().p99Ms();
      targets.add(new Target(n, "extractive answer p99", "≤ 20 ms", fmt("%.2f ms", ask), ask <= 20));
      var side = s.sideBySide();
      targets.add(new Target(n, "vs InMemoryEmbeddingStore", "≥ 100× faster, recall@10 ≥ 0.95",
          fmt("%.1f× faster, recall@10 %.3f", side.speedup(), side.briefbotRecall()),
          side.speedup() >= 100 && side.briefbotRecall() >= 0.95));
      double plain = s.ingest().plainPerSecond();
      targets.add(new Target(n, "ingest without embeddings", "≥ 10,000 paragraphs/s", fmt("%,.0f/s", plain),
          plain >= 10_000));
      var serving = s.serving();
      if (serving.residentBytes() != null) {
        long residentGoal = n >= MILLION ? 1536 : 700;
        targets.add(new Target(n, "serving process resident", fmt("≤ %,d MB", residentGoal),
            fmt("%,d MB", serving.residentBytes() / MB), serving.residentBytes() <= residentGoal * MB));
      }
      if (serving.firstAnswerMs() != null) {
        targets.add(new Target(n, "cold ask (fresh JVM)", "≤ 2 s", fmt("%.2f s", serving.firstAnswerMs() / 1000),
            serving.firstAnswerMs() <= 2000));
      }
      if (serving.aotFirstAnswerMs() != null) {
        targets.add(new Target(n, "cold ask from AOT cache", "≤ 2 s", fmt("%.2f s", serving.aotFirstAnswerMs() / 1000),
            serving.aotFirstAnswerMs() <= 2000));
      }
      if (serving.oneQuestionFirstAnswerMs() != null) {
        targets.add(new Target(n, "cold ask, bin/briefbot", "≤ 2 s",
            fmt("%.2f s", serving.oneQuestionFirstAnswerMs() / 1000), serving.oneQuestionFirstAnswerMs() <= 2000));
      }
    }
    return targets;
  }

  private static String fmt(String format, Object... args) {
    return String.format(Locale.ROOT, format, args);
  }
}
