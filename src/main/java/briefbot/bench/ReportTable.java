package briefbot.bench;

import briefbot.bench.BenchReport.Latency;
import briefbot.bench.BenchReport.Size;
import briefbot.bench.BenchReport.SolrSize;
import briefbot.index.lucene.LuceneIndex;
import briefbot.retrieval.Retriever;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/** The readable form of a bench report: one column per corpus size, embedded then SolrCloud, then the targets. */
final class ReportTable {

  private static final int LABEL = 40;
  private static final int COLUMN = 30;

  private final StringBuilder out = new StringBuilder();
  private final List<Size> sizes;

  private ReportTable(List<Size> sizes) {
    this.sizes = sizes;
  }

  static String render(BenchReport report) {
    ReportTable t = new ReportTable(report.sizes());
    var e = report.environment();
    t.line("Briefbot bench: seed %d, %d cores, Java %s, load %.2f before / %.2f after (1-min avg), %.0f s",
        e.seed(), e.cores(), e.java(), e.loadBefore(), e.loadAfter(), e.seconds());
    int clients = report.environment().clients();
    if (report.model() != null) {
      var m = report.model();
      t.line("");
      t.line("Embedding model %s (real), loaded in %.0f ms", m.name(), m.loadMs());
      t.line("  %-38s%.1f paragraphs/s (%,d paragraphs)", "model alone", m.modelPerSecond(), m.modelParagraphs());
      t.line("  %-38s%.1f paragraphs/s (%,d paragraphs; %.0f%% of the model alone)", "ingest with embeddings",
          m.ingestPerSecond(), m.sampleParagraphs(), m.ingestShareOfModel() * 100);
      t.line("  %-38s%s", "question embedding p50/p95/p99 ms", pct(m.queryEmbedding()));
      t.line("");
      t.row("", s -> "%,d paragraphs".formatted(s.paragraphs()));
      t.row("vectors for retrieval", s -> s.vectors().startsWith("real") ? "real" : "synthetic (see notes)");
      t.row("corpus", s -> "%,d files, %,d MB".formatted(s.articles(), s.corpusBytes() >> 20));
      t.row("ingest without embeddings", s -> fmt("%,.0f/s (%.1f s)", s.ingest().plainPerSecond(), s.ingest().plainSeconds()));
      t.row("ingest with vectors", s -> fmt("%,.0f/s (%.1f s)", s.ingest().vectorsPerSecond(), s.ingest().vectorsSeconds()));
      t.row("index on disk", s -> fmt("%,d MB, %d segments", s.ingest().indexBytes() >> 20, s.ingest().segments()));
      t.row("retrieval p50/p95/p99 ms, 1 client", s -> "");
      t.row("  BM25", s -> pct(s.retrieval().bm25()));
      t.row("  kNN", s -> pct(s.retrieval().knn()));
      t.row("  hybrid (Retriever)", s -> pct(s.retrieval().hybrid()));
      t.row("    question's vector cached", s -> vectors(s.retrieval().hybridVectors().cached()));
      t.row("    made by the model meanwhile", s -> vectors(s.retrieval().hybridVectors().embedded()));
      t.row("retrieval p50/p95/p99 ms, %d clients".formatted(clients), s -> "");
      t.row("  BM25", s -> pctQps(s.retrieval().bm25Concurrent()));
      t.row("  kNN", s -> pctQps(s.retrieval().knnConcurrent()));
      t.row("  hybrid (Retriever)", s -> pctQps(s.retrieval().hybridConcurrent()));
      t.row("ask, extractive, warm p50/p95/p99 ms", s -> pct(s.ask().latency()));
      t.row("  answered (rest: no evidence)", s -> fmt("%d of %d", s.ask().answered(), s.ask().questions()));
      t.row("CPU time p50/p95/p99 ms, 1 client", s -> "");
      t.row("  BM25", s -> pct(s.retrieval().cpu().bm25()));
      t.row("  kNN", s -> pct(s.retrieval().cpu().knn()));
      t.row("  hybrid (Retriever)", s -> pct(s.retrieval().cpu().hybrid()));
      t.row("  ask, extractive", s -> pct(s.retrieval().cpu().ask()));
      t.row("GC during the 1-client runs", s -> gc(s.retrieval().gc()));
      t.stages();
      t.row("index opened again (restart)", s -> fmt("%,.0f ms", s.ingest().reopenMs()));
      t.row("heap after GC (bench process)", s -> mb(s.memory().heapAfterGcBytes()));
      t.row("resident (bench process)", s -> mb(s.memory().benchResidentBytes()));
      t.row("fresh serving JVM: first answer", s -> s.serving().firstAnswerMs() == null ? "skipped"
          : fmt("%.2f s", s.serving().firstAnswerMs() / 1000));
      t.row("  steps ms", s -> steps(s.serving().startupMs()));
      t.row("  from a JDK AOT cache", s -> s.serving().aotFirstAnswerMs() == null ? "-"
          : fmt("%.2f s", s.serving().aotFirstAnswerMs() / 1000));
      t.row("  steps ms", s -> steps(s.serving().aotStartupMs()));
      t.row("  from it on C1 (bin/briefbot ask Q)", s -> s.serving().oneQuestionFirstAnswerMs() == null ? "-"
          : fmt("%.2f s", s.serving().oneQuestionFirstAnswerMs() / 1000));
      t.row("  steps ms", s -> steps(s.serving().oneQuestionStartupMs()));
      t.row("  resident after its answers", s -> s.serving().residentBytes() == null ? "-"
          : fmt("%s (peak %s, %d answers)", mb(s.serving().residentBytes()), mb(s.serving().peakResidentBytes()),
              s.serving().answers()));
      t.row("side by side: top 10, same vectors", s -> fmt("%d queries, %,d vectors, segments as ingest's %s",
          s.sideBySide().queries(), s.sideBySide().vectors(), s.sideBySide().segments()));
      t.row("  exact brute force p50/p95/p99", s -> pct(s.sideBySide().exact()));
      t.row("  InMemoryEmbeddingStore p50/p95/p99", s -> pct(s.sideBySide().inMemoryStore()));
      t.row("    recall@10 vs exact", s -> fmt("%.3f", s.sideBySide().inMemoryStoreRecall()));
      t.row("  Briefbot kNN p50/p95/p99", s -> pct(s.sideBySide().briefbot()));
      t.row("    recall@10 vs exact", s -> fmt("%.3f", s.sideBySide().briefbotRecall()));
      t.row("  Briefbot faster by (p50)", s -> fmt("%.1f×", s.sideBySide().speedup()));
      for (int i = 0; i < 2; i++) {
        int at = i;
        t.row("  kNN asking for %s candidates".formatted(i == 0 ? "2×" : "4×"), s -> {
          var c = s.sideBySide().moreCandidates().get(at);
          return fmt("%d: recall %.3f, p50 %.2f ms", c.candidates(), c.recall(), c.latency().p50Ms());
        });
      }
    }
    if (!report.solr().isEmpty()) {
      t.solr(report.solr(), clients);
    }
    if (report.realVectors() != null) {
      t.real(report.realVectors());
    }
    if (report.targets().isEmpty()) {
      return t.out.toString();
    }
    t.line("");
    t.line("Targets (set for 100,000 paragraphs on 2 cores)");
    for (var target : report.targets()) {
      t.line("  %-4s %-28s %-34s %,9d: %s", target.met() ? "met" : "MISS", target.name(), target.goal(),
          target.paragraphs(), target.measured());
    }
    t.line("");
    t.line("Notes");
    t.line("  Synthetic vectors: every word has a seeded random 384-d direction, a text is the normalised sum; the");
    t.line("  real model embeds each question too (its cost is in hybrid, ask and the serving JVM) but its vector is");
    t.line("  not used. kNN asks the HNSW graph for " + Retriever.KNN_CANDIDATES
        + " candidates (half as many again below %,d documents, whose graphs are float), as retrieval does,"
        .formatted(LuceneIndex.FLOAT_VECTORS_BELOW));
    t.line("  and scores them again on their float vectors.");
    t.line("  Side by side runs on vectors drawn from a shape fitted to real news vectors (articles, their");
    t.line("  paragraphs, titles as questions; docs/benchmarks.md), indexed as ingest writes them.");
    report.sizes().stream().filter(s -> s.serving().note() != null)
        .forEach(s -> t.line("  %,d: serving JVM %s", s.paragraphs(), s.serving().note()));
    return t.out.toString();
  }

  /** Each stage the answers timed themselves (timingsMs), p50/p99 and how many answers ran it. */
  private void stages() {
    List<String> stages = sizes.stream().flatMap(s -> s.ask().stagesMs().keySet().stream()).distinct().toList();
    if (!stages.isEmpty()) {
      row("  its stages p50/p99 ms (timingsMs)", s -> "");
    }
    for (String stage : stages) {
      row("    " + stage, s -> {
        Latency l = s.ask().stagesMs().get(stage);
        return l == null ? "-" : fmt("%.2f / %.2f (%d)", l.p50Ms(), l.p99Ms(), l.samples());
      });
    }
  }

  /** Recall on a real corpus's vectors, and the HNSW sweep on them. */
  private void real(BenchReport.RealVectors r) {
    var side = r.sideBySide();
    line("");
    line("Real vectors: %,d paragraphs of %s (%,d embedded by this run, the rest from the cache), %d article titles "
        + "as questions", r.paragraphs(), r.corpus(), r.embeddedThisRun(), r.queries());
    line("  %-38s%.1f s", "ingest", r.ingestSeconds());
    line("  %-38s%s", "exact brute force p50/p95/p99", pct(side.exact()));
    line("  %-38s%s, recall@10 %.3f", "InMemoryEmbeddingStore p50/p95/p99", pct(side.inMemoryStore()),
        side.inMemoryStoreRecall());
    line("  %-38s%s, recall@10 %.3f", "Briefbot kNN (%d candidates)".formatted(side.briefbotCandidates()),
        pct(side.briefbot()), side.briefbotRecall());
    line("  %-38s%.1f×", "Briefbot faster by (p50)", side.speedup());
    var a = r.answers();
    if (a != null) {
      line("  %-38s%s; answered %d of %d", "ask with the real model p50/p95/p99", pct(a.latency()), a.answered(),
          a.questions());
      line("  %-38s%s; process CPU mean %.2f ms", "  asking thread's CPU p50/p95/p99", pct(a.threadCpu()),
          a.processCpuMeanMs());
      a.stagesMs().forEach((stage, l) -> line("  %-38s%.2f / %.2f (%d)", "  " + stage + " p50/p99 ms", l.p50Ms(),
          l.p99Ms(), l.samples()));
    }
    line("");
    line("  HNSW sweep (one segment each; recall@10 vs exact; latency p50/p99 ms); \"shape\": recall on as many");
    line("  vectors drawn from the shipped shape (%s)", r.shape());
    line("  %-15s %4s %5s %10s %8s %8s %8s %8s %9s %9s", "vectors", "M", "beam", "candidates", "recall", "shape",
        "p50", "p99", "build s", "MB");
    for (int i = 0; i < r.sweep().size(); i++) {
      var p = r.sweep().get(i);
      String shape = i < r.shapeSweep().size() ? fmt("%.3f", r.shapeSweep().get(i).recall()) : "-";
      line("  %-15s %4d %5d %10d %8.3f %8s %8.2f %8.2f %9.1f %9.1f", p.format(), p.m(), p.beamWidth(),
          p.candidates(), p.recall(), shape, p.latency().p50Ms(), p.latency().p99Ms(), p.buildSeconds(),
          p.indexBytes() / 1048576.0);
    }
    line("  this corpus's own shape was written to %s", r.fittedShape());
  }

  /** The same corpora on SolrCloud, in the same columns as the embedded figures above. */
  private void solr(List<SolrSize> solr, int clients) {
    SolrSize first = solr.get(0);
    line("");
    line("SolrCloud backend: %d shard%s x %d replicas on %d node URLs, same corpora, same retrieval and answers",
        first.shards(), first.shards() == 1 ? "" : "s", first.replicas(), first.nodes());
    row(solr, "", s -> "%,d paragraphs".formatted(s.paragraphs()));
    row(solr, "collection", SolrSize::collection);
    row(solr, "ingest with vectors, from empty", s -> fmt("%,.0f/s (%.1f s)", s.ingestPerSecond(), s.ingestSeconds()));
    row(solr, "  paragraphs in the collection", s -> fmt("%,d", s.indexedParagraphs()));
    row(solr, "retrieval p50/p95/p99 ms, 1 client", s -> "");
    row(solr, "  BM25", s -> pct(s.retrieval().bm25()));
    row(solr, "  kNN", s -> pct(s.retrieval().knn()));
    row(solr, "  hybrid (Retriever)", s -> pct(s.retrieval().hybrid()));
    row(solr, "retrieval p50/p95/p99 ms, %d clients".formatted(clients), s -> "");
    row(solr, "  BM25", s -> pctQps(s.retrieval().bm25Concurrent()));
    row(solr, "  kNN", s -> pctQps(s.retrieval().knnConcurrent()));
    row(solr, "  hybrid (Retriever)", s -> pctQps(s.retrieval().hybridConcurrent()));
    row(solr, "ask, extractive, warm p50/p95/p99 ms", s -> pct(s.ask().latency()));
    row(solr, "  answered (rest: no evidence)", s -> fmt("%d of %d", s.ask().answered(), s.ask().questions()));
  }

  private void row(String label, Function<Size, String> value) {
    row(sizes, label, value);
  }

  private <T> void row(List<T> columns, String label, Function<T, String> value) {
    StringBuilder line = new StringBuilder(pad(label, LABEL));
    for (T column : columns) {
      line.append(pad(value.apply(column), COLUMN));
    }
    out.append(line.toString().stripTrailing()).append('\n');
  }

  private void line(String format, Object... args) {
    out.append(String.format(Locale.ROOT, format, args)).append('\n');
  }

  private static String pad(String s, int width) {
    return s.length() >= width ? s + " " : s + " ".repeat(width - s.length());
  }

  private static String pct(Latency l) {
    return fmt("%.2f / %.2f / %.2f", l.p50Ms(), l.p95Ms(), l.p99Ms());
  }

  /** A part of the one-client hybrid latencies, with how many questions it holds. */
  private static String vectors(Latency l) {
    return l.samples() == 0 ? "none" : pct(l) + fmt(" (%d questions)", l.samples());
  }

  private static String pctQps(Latency l) {
    return pct(l) + fmt(" (%,.0f/s)", l.perSecond());
  }

  /** The collections in short: "12 collections, 40 ms in all, longest 9 ms; 2.1 MB allocated per round". */
  private static String gc(BenchReport.Gc gc) {
    return fmt("%d collections, %d ms in all, longest %d ms; %.1f MB allocated per round", gc.collections(),
        gc.totalMs(), gc.longestMs(), gc.allocatedMbPerRound());
  }

  /**
   * A start-up's steps in short, wall then CPU: "jvm 210, open 850, sync 40, q 1300; model 1900 (q waited 600);
   * cpu 4100 (jvm 300, open 1500, sync 60, q 1700; model 1200)".
   */
  private static String steps(Map<String, Double> steps) {
    if (steps.isEmpty()) {
      return "-";
    }
    return fmt("jvm %.0f, open %.0f, sync %.0f, q %.0f; model %.0f (q waited %.0f); cpu %.0f (jvm %.0f, open %.0f,"
        + " sync %.0f, q %.0f; model %.0f)",
        steps.getOrDefault("jvm", -1.0), steps.getOrDefault("open", -1.0), steps.getOrDefault("sync", -1.0),
        steps.getOrDefault("firstQuestion", -1.0), steps.getOrDefault("modelLoad", -1.0),
        steps.getOrDefault("modelWait", -1.0), steps.getOrDefault("cpu", -1.0), steps.getOrDefault("jvmCpu", -1.0),
        steps.getOrDefault("openCpu", -1.0), steps.getOrDefault("syncCpu", -1.0),
        steps.getOrDefault("firstQuestionCpu", -1.0), steps.getOrDefault("modelLoadCpu", -1.0));
  }

  private static String mb(Long bytes) {
    return bytes == null || bytes < 0 ? "-" : fmt("%,d MB", bytes >> 20);
  }

  private static String fmt(String format, Object... args) {
    return String.format(Locale.ROOT, format, args);
  }
}
