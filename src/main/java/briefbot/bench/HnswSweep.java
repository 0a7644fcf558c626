package briefbot.bench;

import briefbot.bench.BenchReport.Latency;
import briefbot.bench.BenchReport.SweepPoint;
import briefbot.index.lucene.LuceneIndex;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.lucene.codecs.KnnVectorsFormat;
import org.apache.lucene.codecs.lucene104.Lucene104Codec;
import org.apache.lucene.codecs.lucene104.Lucene104HnswScalarQuantizedVectorsFormat;
import org.apache.lucene.codecs.lucene99.Lucene99HnswVectorsFormat;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.quantization.QuantizedByteVectorValues.ScalarEncoding;

/**
 * HNSW settings tried on one set of vectors: for each graph (M, beam width, float or scalar-quantized vectors) an
 * index of its own, one segment, searched with several candidate counts; recall@10 against exact search.
 */
final class HnswSweep {

  /** One graph to build: its links per node, its build beam, and how vectors are stored (null: float32). */
  record Graph(int m, int beamWidth, ScalarEncoding encoding) {

    /** float32, int7 or int4 (quantized vectors are searched as such, and "rescored" on their float vectors too). */
    String format() {
      return encoding == null ? "float32" : switch (encoding) {
        case UNSIGNED_BYTE -> "int8";
        case SEVEN_BIT -> "int7";
        case PACKED_NIBBLE -> "int4";
        default -> encoding.name().toLowerCase(Locale.ROOT);
      };
    }

    KnnVectorsFormat vectorsFormat() {
      return encoding == null ? new Lucene99HnswVectorsFormat(m, beamWidth)
          : new Lucene104HnswScalarQuantizedVectorsFormat(encoding, m, beamWidth);
    }
  }

  /** The graphs the sweep builds by default: Lucene's default (16, 100), wider ones, and quantized vectors. */
  static final List<Graph> GRAPHS = List.of(new Graph(16, 100, null), new Graph(32, 100, null),
      new Graph(16, 200, null), new Graph(32, 200, null), new Graph(16, 100, ScalarEncoding.SEVEN_BIT),
      new Graph(16, 100, ScalarEncoding.PACKED_NIBBLE), new Graph(32, 200, ScalarEncoding.SEVEN_BIT));

  /** Candidate counts asked of the graph (k is 10): retrieval asks for {@link RetrievalRun#KNN_CANDIDATES}. */
  static final List<Integer> CANDIDATES = List.of(10, 50, 100, 200);

  private static final String FIELD = "v";

  private final Consumer<String> progress;

  HnswSweep(Consumer<String> progress) {
    this.progress = progress;
  }

  List<SweepPoint> run(List<float[]> vectors, List<float[]> queries, List<Graph> graphs, Path work) {
    List<Integer> all = new ArrayList<>();
    for (int i = 0; i < vectors.size(); i++) {
      all.add(i);
    }
    List<Set<Integer>> exact = new ArrayList<>();
    for (float[] q : queries) {
      exact.add(SideBySide.exact(vectors, all, q));
    }
    List<SweepPoint> points = new ArrayList<>();
    for (Graph graph : graphs) {
      points.addAll(measure(graph, vectors, queries, exact, work.resolve("m" + graph.m() + "-b" + graph.beamWidth()
          + "-" + graph.format())));
    }
    return points;
  }

  private List<SweepPoint> measure(Graph graph, List<float[]> vectors, List<float[]> queries,
      List<Set<Integer>> exact, Path dir) {
    progress.accept("HNSW sweep: M %d, beam %d, %s: building over %,d vectors".formatted(graph.m(),
        graph.beamWidth(), graph.format(), vectors.size()));
    try (Directory directory = LuceneIndex.directory(dir)) {
      long t0 = System.nanoTime();
      build(graph.vectorsFormat(), vectors, directory, FIELD);
      double buildSeconds = ModelRun.seconds(t0);
      long bytes = 0;
      for (String f : directory.listAll()) {
        bytes += directory.fileLength(f);
      }
      List<SweepPoint> points = new ArrayList<>();
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        for (boolean rescored : graph.encoding() == null ? List.of(false) : List.of(false, true)) {
          String format = graph.format() + (rescored ? " rescored" : "");
          for (int candidates : CANDIDATES) {
            Latencies.warmUp(queries, q -> search(searcher, q, candidates, rescored));
            List<Set<Integer>> found = new ArrayList<>();
            Latency latency = Latencies.measure(queries, 1, q -> found.add(search(searcher, q, candidates, rescored)));
            points.add(new SweepPoint(format, graph.m(), graph.beamWidth(), candidates,
                Latencies.round(buildSeconds), bytes, SideBySide.recall(found, exact), latency));
          }
        }
      }
      Bench.delete(dir);
      return points;
    } catch (IOException e) {
      throw new UncheckedIOException("HNSW sweep failed: " + e.getMessage(), e);
    }
  }

  /**
   * One segment: what the writer flushed (1 GB at a time) merged into one, which at a million vectors builds the
   * graph again. Doc ids follow the vectors' order: added in order, never deleted.
   */
  static void build(KnnVectorsFormat format, List<float[]> vectors, Directory directory, String field)
      throws IOException {
    try (IndexWriter writer = new IndexWriter(directory, config(format))) {
      add(writer, vectors, field, List.of());
      writer.forceMerge(1);
    }
  }

  /**
   * Segments of the sizes given, in order: flushed there and never merged (the writer also flushes at 1 GB, and the
   * last segment takes what the sizes leave over). Doc ids follow the vectors' order.
   */
  static void build(KnnVectorsFormat format, List<float[]> vectors, Directory directory, String field,
      List<Integer> segments) throws IOException {
    try (IndexWriter writer = new IndexWriter(directory, config(format).setMergePolicy(NoMergePolicy.INSTANCE))) {
      add(writer, vectors, field, segments);
    }
  }

  private static IndexWriterConfig config(KnnVectorsFormat format) {
    // no compound files, as ingest writes them: a .cfs would hold the float vectors that retrieval reads by
    // positional reads, and map them (kNN's rescoring was 0.2 ms a question cheaper so, docs/benchmarks.md)
    return LuceneIndex.withoutCompoundFiles(new IndexWriterConfig().setCodec(new Lucene104Codec() {
      @Override
      public KnnVectorsFormat getKnnVectorsFormatForField(String field) {
        return format;
      }
    }).setRAMBufferSizeMB(1024).setMaxBufferedDocs(IndexWriterConfig.DISABLE_AUTO_FLUSH));
  }

  /** Adds the vectors in order, flushing a segment after each of the sizes given but the last. */
  private static void add(IndexWriter writer, List<float[]> vectors, String field, List<Integer> segments)
      throws IOException {
    int segment = 0;
    int inSegment = 0;
    for (float[] v : vectors) {
      Document doc = new Document();
      doc.add(new KnnFloatVectorField(field, v, VectorSimilarityFunction.DOT_PRODUCT));
      writer.addDocument(doc);
      inSegment++;
      if (segment < segments.size() - 1 && inSegment == segments.get(segment)) {
        writer.flush();
        segment++;
        inSegment = 0;
      }
    }
  }

  /** The graph's best 10, or (rescored) its best {@code candidates} scored again on their float vectors, as retrieval does. */
  private static Set<Integer> search(IndexSearcher searcher, float[] query, int candidates, boolean rescored)
      throws IOException {
    if (rescored) {
      return SideBySide.knn(searcher, FIELD, query, candidates);
    }
    Set<Integer> top = new HashSet<>();
    for (ScoreDoc hit : searcher.search(new KnnFloatVectorQuery(FIELD, query, candidates), SideBySide.K).scoreDocs) {
      top.add(hit.doc);
    }
    return top;
  }
}
