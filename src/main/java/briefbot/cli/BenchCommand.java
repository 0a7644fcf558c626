package briefbot.cli;

import briefbot.bench.Bench;
import briefbot.bench.BenchReport;
import briefbot.config.Config;
import briefbot.config.ConfigException;
import briefbot.config.Settings;
import briefbot.config.SolrSettings;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code briefbot bench}: speed, memory and scale on a seeded synthetic corpus, next to InMemoryEmbeddingStore. */
@Command(name = "bench", description = "Measure ingest, retrieval, answers, memory and cold start on a synthetic "
    + "news corpus, side by side with LangChain4j's InMemoryEmbeddingStore.")
final class BenchCommand implements Callable<Integer> {

  @Option(names = "--paragraphs", split = ",", paramLabel = "N", description = "corpus sizes (default 10000,100000)")
  List<Integer> paragraphs;

  @Option(names = "--million", description = "also run 1,000,000 paragraphs (about half an hour, ~5 GB of disk, "
      + "a heap of 4 GB or more)")
  boolean million;

  @Option(names = "--json", description = "print the report as JSON")
  boolean json;

  @Option(names = "--seed", defaultValue = "42", description = "corpus and vector seed (default ${DEFAULT-VALUE})")
  long seed;

  @Option(names = "--sample", defaultValue = "500", description = "paragraphs embedded with the real model (default ${DEFAULT-VALUE})")
  int sample;

  @Option(names = "--questions", defaultValue = "200", description = "questions per size (default ${DEFAULT-VALUE})")
  int questions;

  @Option(names = "--clients", defaultValue = "4", description = "concurrent clients (default ${DEFAULT-VALUE})")
  int clients;

  @Option(names = "--real-vectors", description = "recall of kNN and an HNSW sweep on the real vectors of a news corpus "
      + "(alone unless --paragraphs is given; its first run embeds ~12,000 paragraphs, minutes to an hour on 2 cores, "
      + "kept in --vector-cache)")
  boolean realVectors;

  @Option(names = "--news", paramLabel = "DIR", description = "the news corpus for --real-vectors (default ../shared/datasets/news/corpus)")
  Path news;

  @Option(names = "--vector-cache", paramLabel = "DIR", description = "where --real-vectors keeps the vectors between runs (default ~/.cache/briefbot/bench)")
  Path vectorCache;

  @Option(names = "--jar", paramLabel = "JAR", description = "the jar for the fresh serving JVM (default: this one, else target/briefbot.jar)")
  Path jar;

  @Option(names = "--keep", paramLabel = "DIR", description = "write corpora and indexes here and keep them (with --solr, the Solr collections too)")
  Path keep;

  @Option(names = "--solr", description = "also measure each size on the SolrCloud at BRIEFBOT_SOLR_URL, in a "
      + "collection briefbot_bench_N made for the run (BRIEFBOT_SOLR_SHARDS/REPLICAS, default 1x2) and deleted after")
  boolean solr;

  @Option(names = "--serve", hidden = true, description = "internal: the bench's fresh serving JVM")
  boolean serve;

  @Option(names = "--corpus", hidden = true)
  String corpus;

  @Option(names = "--data", hidden = true)
  String data;

  private final Map<String, String> env;
  private final BufferedReader in;
  private final PrintWriter out;
  private final PrintWriter err;

  BenchCommand(Cli.Context context) {
    this.env = context.env();
    this.in = context.in();
    this.out = context.out();
    this.err = context.err();
  }

  @Override
  public Integer call() throws IOException {
    if (serve) {
      return Bench.serve(Config.fromEnv(env, List.of(new Config.Flag(Settings.CORPUS_DIR, "--corpus", corpus),
          new Config.Flag(Settings.DATA_DIR, "--data", data))), seed, in, out, err);
    }
    List<Integer> sizes = new ArrayList<>(paragraphs != null ? paragraphs
        : realVectors && !million ? List.of() : List.of(10_000, 100_000));
    if (million && !sizes.contains(1_000_000)) {
      sizes.add(1_000_000);
    }
    Bench.Options defaults = Bench.Options.defaults(List.of(10_000)); // for the default jar, news corpus and cache
    Bench.Options options = new Bench.Options(sizes, seed, sample, questions, clients, realVectors,
        jar == null ? defaults.jar() : jar, keep, keep != null, solr ? solrCluster() : null,
        news == null ? defaults.news() : news, vectorCache == null ? defaults.vectorCache() : vectorCache);
    long start = System.nanoTime();
    BenchReport report = new Bench(options, line -> {
      err.println("[bench %s] %s".formatted(elapsed(start), line));
      err.flush();
    }).run();
    out.println(json ? report.json() : report.table());
    return 0;
  }

  /** The cluster from the environment, as {@code BRIEFBOT_SEARCH=solr} reads it; the collection is the bench's own. */
  private SolrSettings solrCluster() {
    Config config = Config.fromEnv(env);
    if (config.get(Settings.SOLR_URL).isEmpty()) {
      throw new ConfigException("bench --solr needs BRIEFBOT_SOLR_URL: SolrCloud node URLs like "
          + "http://solr1:8983/solr, comma-separated");
    }
    return SolrSettings.from(config);
  }

  private static String elapsed(long start) {
    Duration d = Duration.ofNanos(System.nanoTime() - start);
    return "%d:%02d".formatted(d.toMinutes(), d.toSecondsPart());
  }
}
