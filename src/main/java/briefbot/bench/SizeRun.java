package briefbot.bench;

import briefbot.Briefbot;
import briefbot.Config;
import briefbot.answer.Answer;
import briefbot.answer.Question;
import briefbot.bench.BenchReport.Latency;
import briefbot.index.LuceneIndex;
import briefbot.index.ParagraphIndex;
import briefbot.index.Vectors;
import briefbot.retrieval.Retriever;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/** Everything measured at one corpus size: ingest, retrieval, answers, memory, a fresh serving JVM, side by side. */
final class SizeRun {

  /** As retrieval asks the HNSW graph for its candidates and shows its best passages. */
  /** The candidates retrieval asks the HNSW graph for, so the bench measures the same query. */
  private static final int KNN_CANDIDATES = briefbot.retrieval.Retriever.KNN_CANDIDATES;
  private static final int PASSAGES = 8;
  private static final int WARM_UP = 50;
  private static final int SERVING_WARM_ANSWERS = 20;

  private final Bench.Options options;
  private final CorpusGenerator generator;
  private final EmbeddingModel realModel;
  private final Consumer<String> progress;
  private final Clock clock = Clock.systemUTC();

  SizeRun(Bench.Options options, CorpusGenerator generator, EmbeddingModel realModel, Consumer<String> progress) {
    this.options = options;
    this.generator = generator;
    this.realModel = realModel;
    this.progress = progress;
  }

  BenchReport.Size run(int paragraphs, Path dir) {
    CorpusGenerator.Generated corpus = generator.write(dir.resolve("corpus"), paragraphs, options.questions(), progress);
    progress.accept("corpus: %,d paragraphs in %,d files (%,d MB)".formatted(corpus.paragraphs(), corpus.articles(),
        corpus.bytes() >> 20));
    double[] plain = ingestPlain(corpus, dir.resolve("plain"));
    boolean real = options.realVectors();
    // Ingest calls embedAll (pure synthetic, fast); a question's single embed also pays the real model's cost.
    EmbeddingModel vectors = real ? realModel : new SyntheticEmbeddings(options.seed(), realModel);
    EmbeddingModel queryVectors = real ? realModel : new SyntheticEmbeddings(options.seed(), null);
    Config config = config(corpus.dir(), dir.resolve("data"));
    BenchReport.Ingest ingest;
    BenchReport.Retrieval retrieval;
    BenchReport.Ask ask;
    BenchReport.Memory memory;
    BenchReport.SideBySide sideBySide;
    try (Briefbot bot = Briefbot.open(config, clock, vectors)) {
      progress.accept("ingest with %s vectors: %,d paragraphs".formatted(real ? "real" : "synthetic", paragraphs));
      long t0 = System.nanoTime();
      int written = bot.sync(progress).paragraphs();
      double seconds = ModelRun.seconds(t0);
      LuceneIndex lucene = (LuceneIndex) bot.index();
      int segments = lucene.search(s -> s.getIndexReader().leaves().size());
      ingest = new BenchReport.Ingest(bot.index().paragraphCount(), plain[0], plain[1], (long) plain[2],
          Latencies.round(written / seconds), Latencies.round(seconds), bot.index().sizeOnDisk(), segments);
      List<String> questions = corpus.questions();
      List<float[]> queryVectorList = questions.stream()
          .map(q -> Vectors.normalized(queryVectors.embed(q).content().vector())).toList();
      Answers answers = new Answers();
      retrieval = retrieval(bot, questions, queryVectorList, answers);
      ask = new BenchReport.Ask(answers.latency, answers.total, answers.answered);
      memory = new BenchReport.Memory(Machine.heapAfterGc(), Machine.selfResident());
      int sideQueries = paragraphs >= 1_000_000 ? 20 : Math.min(100, questions.size());
      sideBySide = new SideBySide(lucene, KNN_CANDIDATES).measure(queryVectorList.subList(0, sideQueries), progress);
    }
    progress.accept("fresh serving JVM: cold start and resident size");
    BenchReport.Serving serving = serving(corpus, config, dir.resolve("serving.log"));
    return new BenchReport.Size(corpus.paragraphs(), corpus.articles(), corpus.bytes(),
        real ? "real (all-MiniLM-L6-v2)" : "synthetic (seeded, 384-d; questions also run the real model)",
        ingest, retrieval, ask, memory, serving, sideBySide);
  }

  /** Ingest of the whole corpus without an embedding model: parsing, analysis, Lucene. */
  private double[] ingestPlain(CorpusGenerator.Generated corpus, Path data) {
    progress.accept("ingest without embeddings: %,d paragraphs".formatted(corpus.paragraphs()));
    try (ParagraphIndex index = ParagraphIndex.open(data, null, clock)) {
      long t0 = System.nanoTime();
      int written = index.sync(new briefbot.corpus.Corpus(corpus.dir()), progress).paragraphs();
      double seconds = ModelRun.seconds(t0);
      return new double[] {Latencies.round(written / seconds), Latencies.round(seconds), index.sizeOnDisk()};
    } finally {
      Bench.delete(data);
    }
  }

  /** Retrieval of each kind and whole answers: one client taking turns between them, then several clients per kind. */
  private BenchReport.Retrieval retrieval(Briefbot bot, List<String> questions, List<float[]> vectors, Answers answers) {
    Retriever bm25 = new Retriever(bot.index(), null, Set.of("en"));
    Retriever hybrid = bot.retriever();
    ParagraphIndex index = bot.index();
    List<Question> parsed = questions.stream().map(Question::of).toList();
    Latencies.Op<float[]> knn = v -> {
      List<ParagraphIndex.Hit> hits = index.knn(v, KNN_CANDIDATES, KNN_CANDIDATES);
      index.paragraphs(hits.subList(0, Math.min(PASSAGES, hits.size())).stream().map(ParagraphIndex.Hit::id).toList());
    };
    List<Latencies.Op<Integer>> ops = List.of(
        i -> bm25.retrieve(questions.get(i)),
        i -> knn.run(vectors.get(i)),
        i -> hybrid.retrieve(questions.get(i)),
        i -> answers.record(bot.answerer().ask(parsed.get(i))));
    List<Integer> warm = java.util.stream.IntStream.range(0, Math.min(WARM_UP, questions.size())).boxed().toList();
    progress.accept("retrieval and answers, 1 client: BM25, kNN, hybrid, ask in turn");
    for (var op : ops) {
      Latencies.warmUp(warm, op);
    }
    answers.reset();
    List<Latency> single = Latencies.interleaved(questions.size(), ops);
    answers.latency = single.get(3);
    progress.accept("retrieval, %d clients: BM25".formatted(options.clients()));
    Latency bn = Latencies.measure(questions, options.clients(), bm25::retrieve);
    progress.accept("retrieval, %d clients: kNN".formatted(options.clients()));
    Latency kn = Latencies.measure(vectors, options.clients(), knn);
    progress.accept("retrieval, %d clients: hybrid".formatted(options.clients()));
    Latency hn = Latencies.measure(questions, options.clients(), hybrid::retrieve);
    return new BenchReport.Retrieval(single.get(0), bn, single.get(1), kn, single.get(2), hn);
  }

  /** What the timed answers came to. */
  private static final class Answers {
    int answered;
    int total;
    Latency latency;

    void record(Answer answer) {
      total++;
      if (answer instanceof Answer.Grounded) {
        answered++;
      }
    }

    void reset() {
      answered = 0;
      total = 0;
    }
  }

  private BenchReport.Serving serving(CorpusGenerator.Generated corpus, Config config, Path log) {
    List<String> where = List.of("--corpus", config.corpusDir().toString(), "--data", config.dataDir().toString());
    List<String> args = new java.util.ArrayList<>();
    if (options.realVectors()) {
      args.addAll(List.of("ask", "--json"));
      args.addAll(where);
      args.add("-");
    } else {
      args.addAll(List.of("bench", "--serve", "--seed", Long.toString(options.seed())));
      args.addAll(where);
    }
    return new ServingProcess(options.jar()).measure(args, corpus.questions(), SERVING_WARM_ANSWERS, log);
  }

  static Config config(Path corpus, Path data) {
    return Config.fromEnv(Map.of("BRIEFBOT_CORPUS_DIR", corpus.toString(), "BRIEFBOT_DATA_DIR", data.toString()));
  }
}
