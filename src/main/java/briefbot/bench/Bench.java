package briefbot.bench;

import briefbot.answer.AnswerJson;
import briefbot.answer.BadQuestion;
import briefbot.answer.Question;
import briefbot.app.Briefbot;
import briefbot.config.Config;
import briefbot.config.SolrSettings;
import briefbot.index.LoadingEmbeddings;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * {@code briefbot bench}: generates seeded synthetic news corpora and measures ingest, retrieval, answers, memory
 * and cold start at each size, side by side with LangChain4j's InMemoryEmbeddingStore on the same vectors.
 */
public final class Bench {

  /**
   * What to run: corpus sizes in paragraphs, the seed, the real model's sample size, questions per size, concurrent
   * clients, whether the whole corpus gets real embeddings (slow), the jar for the fresh serving JVM, where to work,
   * the SolrCloud cluster to measure each size on as well (null: the embedded index only), and with
   * {@code realVectors} the real news corpus to measure recall on and the folder that keeps its vectors across runs.
   */
  public record Options(List<Integer> sizes, long seed, int sample, int questions, int clients, boolean realVectors,
      Path jar, Path workDir, boolean keep, SolrSettings solr, Path news, Path vectorCache) {

    /** Where the development datasets are, relative to the repository root. */
    public static final Path NEWS = Path.of("..", "shared", "datasets", "news", "corpus");

    /** Where the real vectors are kept between runs: outside the repository and the bench's temporary folder. */
    public static final Path VECTOR_CACHE = Briefbot.DEFAULT_CACHE.resolve("bench");

    public Options {
      sizes = List.copyOf(sizes);
      if ((sizes.isEmpty() && !realVectors) || sizes.stream().anyMatch(n -> n < 10)) {
        throw new IllegalArgumentException("corpus sizes must be at least 10 paragraphs");
      }
      if (sample < 10 || questions < 10 || clients < 1) {
        throw new IllegalArgumentException("--sample and --questions must be at least 10, --clients at least 1");
      }
    }

    /** The embedded index only. */
    public Options(List<Integer> sizes, long seed, int sample, int questions, int clients, boolean realVectors,
        Path jar, Path workDir, boolean keep) {
      this(sizes, seed, sample, questions, clients, realVectors, jar, workDir, keep, null);
    }

    /** The synthetic corpora, with or without SolrCloud; real vectors from the default news corpus and cache. */
    public Options(List<Integer> sizes, long seed, int sample, int questions, int clients, boolean realVectors,
        Path jar, Path workDir, boolean keep, SolrSettings solr) {
      this(sizes, seed, sample, questions, clients, realVectors, jar, workDir, keep, solr, NEWS, VECTOR_CACHE);
    }

    public static Options defaults(List<Integer> sizes) {
      return new Options(sizes, 42, 500, 200, 4, false, ServingProcess.defaultJar(), null, false);
    }
  }

  private final Options options;
  private final Consumer<String> progress;

  public Bench(Options options, Consumer<String> progress) {
    this.options = options;
    this.progress = progress;
  }

  public BenchReport run() {
    if (options.solr() != null) {
      SolrRun.check(options.solr());
    }
    double loadBefore = Machine.load();
    Instant started = Instant.now();
    long t0 = System.nanoTime();
    Path work = workDir();
    try {
      CorpusGenerator generator = new CorpusGenerator(Vocabulary.load(options.seed()), options.seed());
      EmbeddingModel model = null;
      BenchReport.Model modelReport = null;
      if (!options.sizes().isEmpty()) { // real vectors alone need no sample of the model's speed
        progress.accept("loading the embedding model (" + Briefbot.BUILT_IN_EMBEDDINGS + ")");
        long tm = System.nanoTime();
        model = Briefbot.builtInEmbeddings();
        double loadMs = (System.nanoTime() - tm) / 1e6;
        modelReport = new ModelRun(model, new CorpusGenerator(Vocabulary.load(options.seed() + 1),
            options.seed() + 1), progress).measure(Briefbot.BUILT_IN_EMBEDDINGS, loadMs, options.sample(),
            work.resolve("sample"));
        Bench.delete(work.resolve("sample"));
      }
      List<BenchReport.Size> sizes = new ArrayList<>();
      List<BenchReport.SolrSize> solr = new ArrayList<>();
      for (int n : options.sizes()) {
        progress.accept("== %,d paragraphs".formatted(n));
        Path dir = work.resolve("n" + n);
        CorpusGenerator.Generated corpus = generator.write(dir.resolve("corpus"), n, options.questions(), progress);
        progress.accept("corpus: %,d paragraphs in %,d files (%,d MB)".formatted(corpus.paragraphs(),
            corpus.articles(), corpus.bytes() >> 20));
        sizes.add(new SizeRun(options, model, progress).run(corpus, dir));
        if (options.solr() != null) {
          solr.add(new SolrRun(options, model, progress).run(corpus, dir));
        }
        if (!options.keep()) {
          delete(dir);
        }
      }
      BenchReport.RealVectors real = options.realVectors() ? new RealVectorRun(options, progress).run(work) : null;
      var environment = new BenchReport.Environment(Runtime.getRuntime().availableProcessors(),
          System.getProperty("java.version"), System.getProperty("os.name") + " " + System.getProperty("os.arch"),
          loadBefore, Machine.load(), options.seed(), options.questions(), options.clients(), started.toString(),
          Latencies.round(ModelRun.seconds(t0)));
      return new BenchReport(environment, modelReport, sizes, solr, real,
          modelReport == null ? List.of() : Targets.of(modelReport, sizes));
    } finally {
      if (!options.keep()) {
        delete(work);
      } else {
        progress.accept("kept the corpora and indexes in " + work);
      }
    }
  }

  private Path workDir() {
    try {
      if (options.workDir() != null) {
        Files.createDirectories(options.workDir());
        return options.workDir();
      }
      return Files.createTempDirectory("briefbot-bench");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the bench folder: " + e.getMessage(), e);
    }
  }

  /**
   * The serving side of the bench's fresh JVM: like {@code ask --json -}, but on an index of the bench's synthetic
   * vectors; each question also runs the real model, so start-up, memory and latency are those of a real one. After
   * the first answer it prints one more line, the start-up's steps: {@code {"startupMs":{...}}}.
   */
  public static int serve(Config config, long seed, BufferedReader in, PrintWriter out, PrintWriter err)
      throws IOException {
    Startup startup = new Startup();
    LoadingEmbeddings real = Briefbot.builtInEmbeddingsLoading();
    EmbeddingModel model = new SyntheticEmbeddings(seed, real);
    try (Briefbot bot = Briefbot.open(config, Clock.systemUTC(), model)) {
      startup.step("open");
      bot.sync(err::println).warnings().forEach(w -> err.println("warning: " + w));
      startup.step("sync");
      boolean first = true;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        try {
          out.println(AnswerJson.toJson(bot.answerer().ask(Question.of(line))));
        } catch (BadQuestion e) {
          out.println("{\"status\":\"error\"}");
        }
        if (first) {
          startup.step("firstQuestion");
          out.println(startup.json(real));
          first = false;
        }
        out.flush();
      }
    }
    return 0;
  }

  static void delete(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + dir + ": " + e.getMessage(), e);
    }
  }
}
