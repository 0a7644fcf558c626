package briefbot.bench;

import briefbot.app.Briefbot;
import briefbot.config.Config;
import briefbot.config.Settings;
import briefbot.index.ParagraphIndex;
import briefbot.index.lucene.LuceneIndex;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Everything measured at one corpus size: ingest, retrieval, answers, memory, a fresh serving JVM, side by side. */
final class SizeRun {

  private static final int SERVING_WARM_ANSWERS = 20;

  private final Bench.Options options;
  private final EmbeddingModel realModel;
  private final Consumer<String> progress;
  private final Clock clock = Clock.systemUTC();

  SizeRun(Bench.Options options, EmbeddingModel realModel, Consumer<String> progress) {
    this.options = options;
    this.realModel = realModel;
    this.progress = progress;
  }

  /**
   * The model ingest and retrieval use: ingest calls embedAll (synthetic, fast); a question also pays the real one.
   * Real vectors are measured on a real corpus instead ({@link RealVectorRun}).
   */
  static EmbeddingModel indexModel(Bench.Options options, EmbeddingModel realModel) {
    return new SyntheticEmbeddings(options.seed(), realModel);
  }

  /** The model for plain kNN's question vectors: those of {@link #indexModel}, without the real model's cost. */
  static EmbeddingModel queryModel(Bench.Options options, EmbeddingModel realModel) {
    return new SyntheticEmbeddings(options.seed(), null);
  }

  BenchReport.Size run(CorpusGenerator.Generated corpus, Path dir) {
    int paragraphs = corpus.paragraphs();
    double[] plain = ingestPlain(corpus, dir.resolve("plain"));
    EmbeddingModel vectors = indexModel(options, realModel);
    Config config = config(corpus.dir(), dir.resolve("data"));
    BenchReport.Ingest ingest;
    BenchReport.Retrieval retrieval;
    BenchReport.Ask ask;
    BenchReport.Memory memory;
    List<Integer> layout;
    try (Briefbot bot = Briefbot.open(config, clock, vectors)) {
      progress.accept("ingest with synthetic vectors: %,d paragraphs".formatted(paragraphs));
      long t0 = System.nanoTime();
      int written = bot.sync(progress).paragraphs();
      double seconds = ModelRun.seconds(t0);
      LuceneIndex lucene = (LuceneIndex) bot.index();
      int segments = lucene.search(s -> s.getIndexReader().leaves().size());
      layout = lucene.search(SideBySide::segments);
      ingest = new BenchReport.Ingest(bot.index().paragraphCount(), plain[0], plain[1], (long) plain[2],
          Latencies.round(written / seconds), Latencies.round(seconds), bot.index().sizeOnDisk(), segments, 0);
      List<String> questions = corpus.questions();
      EmbeddingModel queries = queryModel(options, realModel);
      List<float[]> queryVectorList = RetrievalRun.queryVectors(queries, questions);
      RetrievalRun run = new RetrievalRun(options.clients(), progress);
      run.warm(bot, questions, queries);
      RetrievalRun.Result measured = run.measure(bot, questions, queryVectorList);
      retrieval = measured.retrieval();
      ask = measured.ask();
      memory = new BenchReport.Memory(Machine.heapAfterGc(), Machine.selfResident());
    }
    ingest = new BenchReport.Ingest(ingest.indexedParagraphs(), ingest.plainPerSecond(), ingest.plainSeconds(),
        ingest.plainIndexBytes(), ingest.vectorsPerSecond(), ingest.vectorsSeconds(), ingest.indexBytes(),
        ingest.segments(), reopenMs(config.dataDir(), vectors));
    progress.accept("fresh serving JVM: cold start and resident size");
    BenchReport.Serving serving = serving(corpus, config, dir.resolve("serving.log"));
    // after the serving JVM, not before: the side-by-side writes and drops an index of its own and a heap of vectors,
    // whose after-effects (write-back, the collector) took CPU from the fresh JVM's start (docs/benchmarks.md)
    int sideQueries = paragraphs >= 1_000_000 ? 20 : Math.min(100, corpus.questions().size());
    VectorShape.Drawn drawn = VectorShape.shipped().draw(paragraphs, sideQueries, options.seed());
    // in the segments ingest left: kNN walks a graph a segment, so their number and sizes set its recall and cost
    BenchReport.SideBySide sideBySide = new SideBySide(RetrievalRun.KNN_CANDIDATES)
        .measure(drawn, corpus.paragraphs() + corpus.articles(), layout, dir.resolve("side-by-side"), progress);
    return new BenchReport.Size(corpus.paragraphs(), corpus.articles(), corpus.bytes(),
        "synthetic (seeded, 384-d; questions also run the real model)",
        ingest, retrieval, ask, memory, serving, sideBySide);
  }

  /** Opens the built index again, as a restart does (the commit, each segment, every file's checksum), and closes it. */
  private double reopenMs(Path data, EmbeddingModel vectors) {
    long t0 = System.nanoTime();
    try (ParagraphIndex again = LuceneIndex.open(data, vectors, clock)) {
      return Latencies.round((System.nanoTime() - t0) / 1e6);
    }
  }

  /** Ingest of the whole corpus without an embedding model: parsing, analysis, Lucene. */
  private double[] ingestPlain(CorpusGenerator.Generated corpus, Path data) {
    progress.accept("ingest without embeddings: %,d paragraphs".formatted(corpus.paragraphs()));
    try (ParagraphIndex index = LuceneIndex.open(data, null, clock)) {
      long t0 = System.nanoTime();
      int written = index.sync(new briefbot.corpus.Corpus(corpus.dir()), progress).paragraphs();
      double seconds = ModelRun.seconds(t0);
      return new double[] {Latencies.round(written / seconds), Latencies.round(seconds), index.sizeOnDisk()};
    } finally {
      Bench.delete(data);
    }
  }

  private BenchReport.Serving serving(CorpusGenerator.Generated corpus, Config config, Path log) {
    List<String> where = List.of("--corpus", config.corpusDir().toString(), "--data", config.dataDir().toString());
    List<String> args = new ArrayList<>(List.of("bench", "--serve", "--seed", Long.toString(options.seed())));
    args.addAll(where);
    return new ServingProcess(options.jar()).measure(args, corpus.questions(), SERVING_WARM_ANSWERS, log);
  }

  static Config config(Path corpus, Path data) {
    return Config.of(Map.of(Settings.CORPUS_DIR, corpus.toString(), Settings.DATA_DIR, data.toString()));
  }
}
