package briefbot.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one run of {@code briefbot bench} measured: the machine, the embedding model, each corpus size on the embedded
 * index, with {@code --solr} the same corpora on SolrCloud (else {@code solr} is empty), and with
 * {@code --real-vectors} recall on a real news corpus's vectors (else {@code realVectors} is null).
 */
public record BenchReport(Environment environment, Model model, List<Size> sizes, List<SolrSize> solr,
    RealVectors realVectors, List<Target> targets) {

  public BenchReport {
    sizes = List.copyOf(sizes);
    solr = List.copyOf(solr);
    targets = List.copyOf(targets);
  }

  /** The machine and the run's settings; load is the 1-minute load average before and after (the machine is shared). */
  public record Environment(int cores, String java, String os, double loadBefore, double loadAfter, long seed,
      int questions, int clients, String startedAt, double seconds) {}

  /** The real embedding model on a sample: its own throughput, ingest throughput with it, and query embedding. */
  public record Model(String name, double loadMs, int modelParagraphs, double modelPerSecond, int sampleParagraphs,
      double ingestPerSecond, double ingestShareOfModel, Latency queryEmbedding) {}

  /** Everything measured at one corpus size. */
  public record Size(int paragraphs, int articles, long corpusBytes, String vectors, Ingest ingest, Retrieval retrieval,
      Ask ask, Memory memory, Serving serving, SideBySide sideBySide) {}

  /**
   * The same corpus on a SolrCloud collection, measured as the embedded index is: ingest from an empty collection
   * (bulk, through {@code sync}), then the same retrieval and answers; {@code nodes} is how many node URLs were given.
   */
  public record SolrSize(int paragraphs, String collection, int shards, int replicas, int nodes, int indexedParagraphs,
      double ingestPerSecond, double ingestSeconds, Retrieval retrieval, Ask ask) {}

  /**
   * Bulk ingest of the whole corpus, without embeddings and with the vectors retrieval uses; and how long opening
   * the built index again takes (what a restart pays: the commit, every segment, and every file's checksum).
   */
  public record Ingest(int indexedParagraphs, double plainPerSecond, double plainSeconds, long plainIndexBytes,
      double vectorsPerSecond, double vectorsSeconds, long indexBytes, int segments, double reopenMs) {}

  /** Retrieval latency by kind, with one client and with several at once. */
  public record Retrieval(Latency bm25, Latency bm25Concurrent, Latency knn, Latency knnConcurrent, Latency hybrid,
      Latency hybridConcurrent, Cpu cpu, Gc gc, HybridVectors hybridVectors) {}

  /**
   * The one-client hybrid latencies split by whether the question's vector was made during the warm-up (the first
   * questions: the cache holds it) or is made by the model as the question is retrieved (the rest), beside BM25 on
   * another core, with kNN waiting for it: the second's tail is the model's slowest questions (docs/benchmarks.md).
   */
  public record HybridVectors(Latency cached, Latency embedded) {}

  /**
   * The CPU time each kind took with one client (the calling thread's; Lucene searches one index on it): a figure
   * a busy machine inflates far less than wall time, since waiting for a core is not counted.
   */
  public record Cpu(Latency bm25, Latency knn, Latency hybrid, Latency ask) {}

  /**
   * The JVM's garbage collections during the one-client runs: how many, their time in all and the longest (each
   * pauses whichever operation is running), and the bytes the calling thread allocated per round of the four kinds.
   */
  public record Gc(int collections, long totalMs, long longestMs, double allocatedMbPerRound) {}

  /** Latency percentiles in milliseconds, and operations per second over the whole run. */
  public record Latency(int clients, int samples, double p50Ms, double p95Ms, double p99Ms, double maxMs,
      double perSecond) {}

  /**
   * End-to-end extractive answers, warm, and each stage the answers timed themselves ({@code timingsMs}: embedding,
   * BM25, kNN, the answerability signals, the claim check...), over the answers that ran it.
   */
  public record Ask(Latency latency, int questions, int answered, Map<String, Latency> stagesMs) {

    public Ask {
      stagesMs = Collections.unmodifiableMap(new LinkedHashMap<>(stagesMs));
    }
  }

  /** The bench process while it serves: heap after a full GC, and its resident size (an upper bound: it also generated and ingested). */
  public record Memory(long heapAfterGcBytes, long benchResidentBytes) {}

  /**
   * A fresh serving JVM: time to its first answer (cold start), its start-up steps as it timed them, and its resident
   * size after answering; then the same cold start from a JDK AOT cache a training run wrote, and from that cache on
   * C1 alone as {@code bin/briefbot} runs a one-question {@code ask} (null when not measured).
   */
  public record Serving(String command, Double firstAnswerMs, Long residentBytes, Long peakResidentBytes, int answers,
      String note, Map<String, Double> startupMs, Double aotFirstAnswerMs, Map<String, Double> aotStartupMs,
      Double oneQuestionFirstAnswerMs, Map<String, Double> oneQuestionStartupMs) {

    public Serving {
      startupMs = Collections.unmodifiableMap(new LinkedHashMap<>(startupMs));
      aotStartupMs = Collections.unmodifiableMap(new LinkedHashMap<>(aotStartupMs));
      oneQuestionStartupMs = Collections.unmodifiableMap(new LinkedHashMap<>(oneQuestionStartupMs));
    }

    Serving withAot(Serving cached, Serving oneQuestion) {
      return new Serving(command, firstAnswerMs, residentBytes, peakResidentBytes, answers,
          cached.note() != null ? cached.note() : oneQuestion.note() != null ? oneQuestion.note() : note, startupMs,
          cached.firstAnswerMs(), cached.startupMs(),
          oneQuestion.firstAnswerMs(), oneQuestion.startupMs());
    }

    Serving withoutAot(String aotNote) {
      return new Serving(command, firstAnswerMs, residentBytes, peakResidentBytes, answers, aotNote, startupMs, null,
          Map.of(), null, Map.of());
    }
  }

  /**
   * LangChain4j's InMemoryEmbeddingStore against Briefbot's kNN on the same vectors, both against exact search;
   * {@code segments}: how many vectors each segment of Briefbot's index holds (its kNN walks one graph a segment).
   */
  public record SideBySide(int vectors, List<Integer> segments, int queries, int k, Latency exact,
      Latency inMemoryStore, double inMemoryStoreRecall, Latency briefbot, double briefbotRecall,
      int briefbotCandidates, double speedup, List<Candidates> moreCandidates) {

    public SideBySide {
      segments = List.copyOf(segments);
      moreCandidates = List.copyOf(moreCandidates);
    }
  }

  /** Briefbot's kNN asking the HNSW graph for more candidates than retrieval does: what recall that buys, at what cost. */
  public record Candidates(int candidates, double recall, Latency latency) {}

  /**
   * A real news corpus indexed with the real model: how many of its vectors this run embedded (the rest came from the
   * cache file), kNN and InMemoryEmbeddingStore against exact search with article titles as questions, the HNSW
   * sweep on the same vectors, and the same sweep on as many vectors and questions drawn from the shipped
   * {@code shape} (what the synthetic sizes' kNN comparison runs on), with where this corpus's own fit was written.
   */
  public record RealVectors(String corpus, int paragraphs, int writtenParagraphs, int embeddedThisRun,
      double ingestSeconds, int queries, SideBySide sideBySide, List<SweepPoint> sweep, RealAnswers answers,
      String shape, List<SweepPoint> shapeSweep, String fittedShape) {

    public RealVectors {
      sweep = List.copyOf(sweep);
      shapeSweep = List.copyOf(shapeSweep);
    }
  }

  /**
   * Extractive answers on the real corpus, warm, with the real model embedding every question and the verdict's
   * sentences (the synthetic sizes cannot show that cost): wall-clock and the asking thread's CPU per answer, the
   * process's CPU per answer over them all (the question's vector is embedded on another thread), and each stage the
   * answers timed themselves.
   */
  public record RealAnswers(int questions, int answered, Latency latency, Latency threadCpu, double processCpuMeanMs,
      Map<String, Latency> stagesMs) {

    public RealAnswers {
      stagesMs = Collections.unmodifiableMap(new LinkedHashMap<>(stagesMs));
    }
  }

  /** One HNSW setting asked for {@code candidates}: recall@10 against exact search, latency, build time and size. */
  public record SweepPoint(String format, int m, int beamWidth, int candidates, double buildSeconds, long indexBytes,
      double recall, Latency latency) {}

  /** One of the targets (set for 100,000 paragraphs on 2 cores), checked at one corpus size. */
  public record Target(int paragraphs, String name, String goal, String measured, boolean met) {}

  /** The readable table. */
  public String table() {
    return ReportTable.render(this);
  }

  public String json() {
    try {
      return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(this);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
