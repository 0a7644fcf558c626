package briefbot.bench;

import briefbot.app.Briefbot;
import briefbot.config.Config;
import briefbot.config.Settings;
import briefbot.config.SolrSettings;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.GenericSolrRequest;

/**
 * One corpus size on SolrCloud: the bench's corpus is ingested into a collection of its own, created empty so that
 * ingest is measured from nothing, then measured with the same retrieval and answers as the embedded index.
 */
final class SolrRun {

  private final Bench.Options options;
  private final SolrSettings cluster;
  private final EmbeddingModel realModel;
  private final Consumer<String> progress;

  SolrRun(Bench.Options options, EmbeddingModel realModel, Consumer<String> progress) {
    this.options = options;
    this.cluster = options.solr();
    this.realModel = realModel;
    this.progress = progress;
  }

  /** Fails fast, before the long embedded runs, when no node of the cluster answers. */
  static void check(SolrSettings cluster) {
    try (SolrClient client = cluster.client()) {
      CollectionAdminRequest.listCollections(client);
    } catch (IOException | SolrServerException | RuntimeException e) {
      throw new IllegalStateException("bench --solr: no SolrCloud answers at " + String.join(",", cluster.urls())
          + " (BRIEFBOT_SOLR_URL): " + e.getMessage(), e);
    }
  }

  BenchReport.SolrSize run(CorpusGenerator.Generated corpus, Path dir) {
    int n = corpus.paragraphs();
    SolrSettings settings = new SolrSettings(cluster.urls(), "briefbot_bench_" + n, cluster.shards(),
        cluster.replicas());
    progress.accept("SolrCloud: collection %s, %d shards x %d replicas".formatted(settings.collection(),
        settings.shards(), settings.replicas()));
    drop(settings);
    try (Briefbot bot = Briefbot.open(config(settings, corpus.dir(), dir.resolve("solr-data")), Clock.systemUTC(),
        SizeRun.indexModel(options, realModel))) {
      noCachedResults(settings);
      progress.accept("SolrCloud ingest: %,d paragraphs".formatted(n));
      long t0 = System.nanoTime();
      var report = bot.sync(progress);
      double seconds = ModelRun.seconds(t0);
      report.warnings().forEach(w -> progress.accept("warning: " + w));
      int indexed = bot.index().paragraphCount();
      List<String> questions = corpus.questions();
      EmbeddingModel queryModel = SizeRun.queryModel(options, realModel);
      List<float[]> vectors = RetrievalRun.queryVectors(queryModel, questions);
      RetrievalRun run = new RetrievalRun(options.clients(), progress);
      run.warm(bot, questions, queryModel);
      RetrievalRun.Result measured = run.measure(bot, questions, vectors);
      return new BenchReport.SolrSize(n, settings.collection(), settings.shards(), settings.replicas(),
          settings.urls().size(), indexed, Latencies.round(report.paragraphs() / seconds), Latencies.round(seconds),
          measured.retrieval(), measured.ask());
    } finally {
      if (options.keep()) {
        progress.accept("kept the Solr collections " + settings.collection() + " and " + settings.stateCollection());
      } else {
        drop(settings);
      }
    }
  }

  /**
   * Keeps Solr's query-result cache from answering the bench's searches (a size of 0):
   * the bench asks each question BM25, kNN, hybrid and `ask` in turn, so hybrid's searches would come from that
   * cache, filled by the same question a moment before, where the embedded index, which has none, searches again.
   * The bench's own collection only (Solr's Config API); a serving collection keeps its cache. Solr's filter cache
   * stays: no question of the bench sends a filter (Briefbot adds one only for a question's own filters), so it serves
   * only the state check, and the embedded Lucene keeps its query cache for filters too.
   */
  static void noCachedResults(SolrSettings settings) {
    try (SolrClient client = settings.client()) {
      new GenericSolrRequest(SolrRequest.METHOD.POST, "/config").setRequiresCollection(true)
          .withContent("{\"set-property\":{\"query.queryResultCache.size\":0}}".getBytes(StandardCharsets.UTF_8),
              "application/json")
          .process(client, settings.collection());
    } catch (IOException | SolrServerException | RuntimeException e) {
      throw new IllegalStateException("bench --solr: cannot turn off Solr's query-result cache for "
          + settings.collection() + ": " + e.getMessage(), e);
    }
  }

  private static Config config(SolrSettings settings, Path corpus, Path data) {
    return Config.of(Map.of(Settings.CORPUS_DIR, corpus.toString(), Settings.DATA_DIR, data.toString(),
        Settings.SEARCH, "solr", Settings.SOLR_URL, String.join(",", settings.urls()),
        Settings.SOLR_COLLECTION, settings.collection(),
        Settings.SOLR_SHARDS, Integer.toString(settings.shards()),
        Settings.SOLR_REPLICAS, Integer.toString(settings.replicas())));
  }

  /** Deletes the bench's collection and the state collection Briefbot made beside it, when they exist. */
  private static void drop(SolrSettings settings) {
    try (SolrClient client = settings.client()) {
      List<String> existing = CollectionAdminRequest.listCollections(client);
      for (String name : List.of(settings.collection(), settings.stateCollection())) {
        if (existing.contains(name)) {
          CollectionAdminRequest.deleteCollection(name).process(client);
        }
      }
    } catch (IOException | SolrServerException e) {
      throw new UncheckedIOException("cannot delete the bench's Solr collection " + settings.collection() + ": "
          + e.getMessage(), e instanceof IOException io ? io : new IOException(e));
    }
  }
}
