package briefbot.bench;

import static org.assertj.core.api.Assertions.assertThat;

import briefbot.bench.BenchReport.Latency;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the whole bench on a tiny corpus and checks the report's shape (never its speed). */
class BenchTest {

  @TempDir
  static Path work;

  static BenchReport report;
  static final List<String> PROGRESS = new CopyOnWriteArrayList<>();

  @BeforeAll
  static void runBench() {
    var options = new Bench.Options(List.of(300), 7, 30, 20, 2, false, work.resolve("no.jar"), work.resolve("run"), false);
    report = new Bench(options, PROGRESS::add).run();
  }

  @Test
  void reportsTheModelOnItsSample() {
    var model = report.model();
    assertThat(model.sampleParagraphs()).isEqualTo(30);
    assertThat(model.modelPerSecond()).isPositive();
    assertThat(model.ingestPerSecond()).isPositive();
    assertThat(model.ingestShareOfModel()).isPositive();
    assertLatency(model.queryEmbedding());
  }

  @Test
  void reportsEverySectionForTheSize() {
    assertThat(report.sizes()).hasSize(1);
    var size = report.sizes().get(0);
    assertThat(size.paragraphs()).isEqualTo(300);
    assertThat(size.ingest().indexedParagraphs()).isEqualTo(300);
    assertThat(size.ingest().plainPerSecond()).isPositive();
    assertThat(size.ingest().vectorsPerSecond()).isPositive();
    assertThat(size.ingest().indexBytes()).isPositive();
    assertThat(size.ingest().plainIndexBytes()).isPositive();
    var r = size.retrieval();
    for (Latency l : List.of(r.bm25(), r.knn(), r.hybrid(), size.ask().latency())) {
      assertLatency(l);
      assertThat(l.clients()).isEqualTo(1);
    }
    for (Latency l : List.of(r.bm25Concurrent(), r.knnConcurrent(), r.hybridConcurrent())) {
      assertLatency(l);
      assertThat(l.clients()).isEqualTo(2);
      assertThat(l.samples()).isEqualTo(2 * 20);
    }
    var byVector = r.hybridVectors();
    assertThat(byVector.cached().samples() + byVector.embedded().samples())
        .as("every one-client hybrid question, split by whether the warm-up cached its vector")
        .isEqualTo(r.hybrid().samples());
    assertThat(byVector.cached().samples()).as("the warm-up's questions: all 20 here").isEqualTo(20);
    assertThat(size.ask().answered()).isPositive().isLessThanOrEqualTo(size.ask().questions());
    assertThat(size.ask().stagesMs()).as("the answers' own timingsMs, per stage").containsKeys("total", "embed",
        "bm25", "knn");
    assertThat(size.ask().stagesMs().get("total").samples()).isEqualTo(size.ask().questions());
    assertThat(size.ask().stagesMs().get("total").p50Ms()).isPositive();
    assertThat(size.ingest().reopenMs()).isPositive();
    assertThat(size.memory().heapAfterGcBytes()).isPositive();
    assertThat(size.memory().benchResidentBytes()).isPositive();
  }

  @Test
  void comparesWithTheInMemoryStoreAgainstExactSearch() {
    var side = report.sizes().get(0).sideBySide();
    assertThat(side.vectors()).isEqualTo(300);
    assertThat(side.segments()).as("the segments of the size's own index, as ingest wrote them")
        .hasSize(report.sizes().get(0).ingest().segments());
    assertThat(side.segments().stream().mapToInt(Integer::intValue).sum()).isEqualTo(300);
    assertThat(side.queries()).isEqualTo(20);
    assertThat(side.inMemoryStoreRecall()).as("the store searches exhaustively").isGreaterThanOrEqualTo(0.99);
    assertThat(side.briefbotRecall()).isBetween(0.5, 1.0);
    assertLatency(side.exact());
    assertLatency(side.inMemoryStore());
    assertLatency(side.briefbot());
    assertThat(side.speedup()).isPositive();
  }

  @Test
  void skipsTheServingJvmWithANoteWhenThereIsNoJar() {
    var serving = report.sizes().get(0).serving();
    assertThat(serving.firstAnswerMs()).isNull();
    assertThat(serving.note()).startsWith("skipped").contains("no.jar");
  }

  @Test
  void checksTheTargetsAndShowsProgress() {
    assertThat(report.targets()).extracting(BenchReport.Target::name)
        .contains("hybrid retrieval p99", "hybrid retrieval, 4 clients", "extractive answer p99",
            "vs InMemoryEmbeddingStore", "ingest without embeddings", "ingest with embeddings");
    assertThat(PROGRESS).anyMatch(l -> l.contains("ingest without embeddings"))
        .anyMatch(l -> l.contains("side by side"));
    assertThat(work.resolve("run")).doesNotExist();
  }

  @Test
  void printsATableAndJson() throws Exception {
    String table = report.table();
    assertThat(table).contains("300 paragraphs", "ingest without embeddings", "BM25", "kNN", "hybrid", "ask",
        "InMemoryEmbeddingStore", "recall@10", "heap after GC", "Targets", "skipped", "its stages", "index opened again",
        "question's vector cached");
    JsonNode json = new ObjectMapper().readTree(report.json());
    assertThat(json.path("sizes").get(0).path("retrieval").path("hybrid").path("p99Ms").asDouble()).isPositive();
    assertThat(json.path("model").path("modelPerSecond").asDouble()).isPositive();
    assertThat(json.path("environment").path("cores").asInt()).isPositive();
    assertThat(json.path("solr").isArray()).as("without --solr, an empty list").isTrue();
    assertThat(report.solr()).isEmpty();
    assertThat(table).doesNotContain("SolrCloud");
  }

  private static void assertLatency(Latency l) {
    assertThat(l.samples()).isPositive();
    assertThat(l.p50Ms()).isPositive();
    assertThat(l.p95Ms()).isGreaterThanOrEqualTo(l.p50Ms());
    assertThat(l.p99Ms()).isGreaterThanOrEqualTo(l.p95Ms());
    assertThat(l.maxMs()).isGreaterThanOrEqualTo(l.p99Ms());
    assertThat(l.perSecond()).isPositive();
  }
}
