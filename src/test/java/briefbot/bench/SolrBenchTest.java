package briefbot.bench;

import static org.assertj.core.api.Assertions.assertThat;

import briefbot.bench.BenchReport.Latency;
import briefbot.config.SolrSettings;
import briefbot.index.solr.SolrIndex;
import briefbot.testing.SolrCloud;
import briefbot.testing.SolrCloudTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.GenericSolrRequest;
import org.apache.solr.common.util.NamedList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bench --solr} on a tiny corpus against the shared test SolrCloud: the Solr block's shape, never its speed. */
@SolrCloudTest
class SolrBenchTest {

  @TempDir
  static Path work;

  static final int QUESTIONS = 10;
  static SolrSettings cluster;
  static BenchReport report;

  @BeforeAll
  static void runBench() {
    cluster = SolrCloud.shared().settings("unused");
    // The fewest questions the bench allows: on SolrCloud each one costs several requests per kind.
    var options = new Bench.Options(List.of(300), 11, 10, QUESTIONS, 2, false, work.resolve("no.jar"),
        work.resolve("run"), false, cluster);
    report = new Bench(options, line -> {}).run();
  }

  @Test
  void measuresTheSameCorpusOnSolrCloud() {
    assertThat(report.solr()).hasSize(1);
    var solr = report.solr().get(0);
    assertThat(solr.paragraphs()).isEqualTo(report.sizes().get(0).paragraphs()).isEqualTo(300);
    assertThat(solr.indexedParagraphs()).isEqualTo(300);
    assertThat(solr.collection()).isEqualTo("briefbot_bench_300");
    assertThat(solr.shards()).isEqualTo(2);
    assertThat(solr.replicas()).isEqualTo(2);
    assertThat(solr.ingestPerSecond()).isPositive();
    assertThat(solr.ingestSeconds()).isPositive();
    var r = solr.retrieval();
    for (Latency l : List.of(r.bm25(), r.knn(), r.hybrid(), solr.ask().latency())) {
      assertLatency(l, 1, QUESTIONS);
    }
    for (Latency l : List.of(r.bm25Concurrent(), r.knnConcurrent(), r.hybridConcurrent())) {
      assertLatency(l, 2, 2 * QUESTIONS);
    }
    assertThat(solr.ask().questions()).isEqualTo(QUESTIONS);
    assertThat(solr.ask().answered()).isPositive().isLessThanOrEqualTo(QUESTIONS);
  }

  @Test
  void deletesItsCollectionsAfterwards() throws Exception {
    try (SolrClient client = cluster.client()) {
      assertThat(CollectionAdminRequest.listCollections(client))
          .doesNotContain("briefbot_bench_300", "briefbot_bench_300_state");
    }
  }

  @Test
  void printsTheSolrBlockInTheTableAndJson() throws Exception {
    String table = report.table();
    assertThat(table).contains("SolrCloud backend: 2 shards x 2 replicas", "briefbot_bench_300");
    assertThat(table.indexOf("SolrCloud backend")).isGreaterThan(table.indexOf("InMemoryEmbeddingStore"));
    JsonNode solr = new ObjectMapper().readTree(report.json()).path("solr");
    assertThat(solr.size()).isEqualTo(1);
    assertThat(solr.get(0).path("retrieval").path("hybridConcurrent").path("p99Ms").asDouble()).isPositive();
    assertThat(solr.get(0).path("ingestPerSecond").asDouble()).isPositive();
  }

  @Test
  void turnsOffSolrsQueryResultCacheOnTheBenchsCollection() throws Exception {
    SolrSettings settings = new SolrSettings(cluster.urls(), "bench_no_cache", 1, 1);
    SolrIndex.open(settings, null, Clock.systemUTC()).close();
    try (SolrClient client = settings.client()) {
      SolrRun.noCachedResults(settings);

      NamedList<Object> overlay = new GenericSolrRequest(SolrRequest.METHOD.GET, "/config/overlay")
          .setRequiresCollection(true).process(client, "bench_no_cache").getResponse();
      assertThat(path(overlay, "overlay", "props", "query", "queryResultCache", "size")).asString().isEqualTo("0");
      CollectionAdminRequest.deleteCollection("bench_no_cache").process(client);
    }
  }

  /** A value nested in a Solr response, whether its levels came as named lists or maps. */
  private static Object path(Object node, String... keys) {
    for (String key : keys) {
      node = node instanceof NamedList<?> list ? list.get(key) : node instanceof Map<?, ?> map ? map.get(key)
          : null;
    }
    return node;
  }

  private static void assertLatency(Latency l, int clients, int samples) {
    assertThat(l.clients()).isEqualTo(clients);
    assertThat(l.samples()).isEqualTo(samples);
    assertThat(l.p50Ms()).isPositive();
    assertThat(l.p95Ms()).isGreaterThanOrEqualTo(l.p50Ms());
    assertThat(l.p99Ms()).isGreaterThanOrEqualTo(l.p95Ms());
    assertThat(l.perSecond()).isPositive();
  }
}
