package briefbot.bench;

import briefbot.bench.BenchReport.Latency;
import briefbot.index.IndexFields;
import briefbot.index.lucene.LuceneIndex;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.store.embedding.EmbeddingMatch;
import dev.langchain4j.store.embedding.EmbeddingSearchRequest;
import dev.langchain4j.store.embedding.inmemory.InMemoryEmbeddingStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.KnnVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.Directory;

/**
 * The vector search a LangChain4j user gets by default (InMemoryEmbeddingStore) against Briefbot's kNN, on the same
 * vectors, both scored by recall@k against exact brute-force search. Briefbot's kNN is what retrieval runs: the HNSW
 * graph (on the float vectors, or on their int7 copies in an index of LuceneIndex's larger sizes) asked for
 * {@code candidates}, those scored again on their float vectors, the best k kept.
 * The vectors are those of an index (the real news corpus's), or drawn from the {@link VectorShape} fitted to real
 * ones and written to an index of their own in Briefbot's format (the synthetic sizes: their texts' stand-in vectors
 * have no structure a real model's have, so their recall said nothing about real text).
 */
final class SideBySide {

  static final int K = 10;

  private final int candidates;

  /** {@code candidates}: how many neighbours Briefbot's kNN query asks the HNSW graph for (as retrieval does). */
  SideBySide(int candidates) {
    this.candidates = candidates;
  }

  /** On the vectors of an index, on one snapshot of it, so doc ids hold still even if segments merge meanwhile. */
  BenchReport.SideBySide measure(LuceneIndex index, List<float[]> queries, Consumer<String> progress) {
    return index.search(searcher -> {
      List<float[]> vectors = new ArrayList<>();
      List<Integer> docs = new ArrayList<>();
      readVectors(searcher, vectors, docs);
      return measure(searcher, searcher.getIndexReader().maxDoc(), vectors, docs, queries, progress);
    });
  }

  /**
   * On drawn vectors, indexed in {@code dir} (deleted after) as ingest wrote the vectors of an index of
   * {@code documents} (paragraphs and articles) into {@code segments}: LuceneIndex's vector format for that size, no
   * compound files, read through LuceneIndex's directory, and as many segments of as many vectors as that index's
   * ({@link #segments}; the writer also flushes at 1 GB), so that kNN walks the graphs retrieval walks.
   */
  BenchReport.SideBySide measure(VectorShape.Drawn drawn, long documents, List<Integer> segments, Path dir,
      Consumer<String> progress) {
    progress.accept("side by side: indexing %,d vectors drawn from the fitted shape in %d segments".formatted(
        drawn.paragraphs().size(), segments.size()));
    try {
      try (Directory directory = LuceneIndex.directory(dir)) {
        write(drawn.paragraphs(), documents, segments, directory);
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
          List<Integer> docs = new ArrayList<>();
          for (int i = 0; i < drawn.paragraphs().size(); i++) {
            docs.add(i);
          }
          return measure(new IndexSearcher(reader), documents, drawn.paragraphs(), docs, drawn.questions(), progress);
        }
      } finally {
        Bench.delete(dir);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("side by side failed: " + e.getMessage(), e);
    }
  }

  /**
   * How many vectors each segment of an index holds, in segment order: the layout its writer left, which sets how
   * many graphs kNN walks and how large each is (recall and cost both follow it, docs/benchmarks.md).
   */
  static List<Integer> segments(IndexSearcher searcher) throws IOException {
    List<Integer> sizes = new ArrayList<>();
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      FloatVectorValues values = leaf.reader().getFloatVectorValues(IndexFields.VECTOR);
      if (values != null && values.size() > 0) {
        sizes.add(values.size());
      }
    }
    return sizes;
  }

  /**
   * The vectors written as ingest writes those of an index of {@code documents}, doc ids in their order, into
   * segments of the sizes given (the last one takes what they leave over; none given: one segment).
   */
  static void write(List<float[]> vectors, long documents, List<Integer> segments, Directory directory)
      throws IOException {
    HnswSweep.build(LuceneIndex.vectorsFormat(documents), vectors, directory, IndexFields.VECTOR, segments);
  }

  /**
   * Briefbot's kNN asks the graph as retrieval does for an index of {@code documents}
   * ({@link LuceneIndex#graphCandidates}: more candidates from the float graphs of a smaller index).
   */
  private BenchReport.SideBySide measure(IndexSearcher searcher, long documents, List<float[]> vectors,
      List<Integer> docs, List<float[]> queries, Consumer<String> progress) throws IOException {
    progress.accept("side by side: %,d vectors; filling InMemoryEmbeddingStore".formatted(vectors.size()));
    InMemoryEmbeddingStore<TextSegment> store = new InMemoryEmbeddingStore<>();
    List<String> ids = store.addAll(vectors.stream().map(Embedding::from).toList());
    Map<String, Integer> docOf = new HashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      docOf.put(ids.get(i), docs.get(i));
    }

    List<Set<Integer>> exact = new ArrayList<>();
    Latency exactLatency = Latencies.measure(queries, 1, q -> exact.add(exact(vectors, docs, q)));
    List<Set<Integer>> fromStore = new ArrayList<>();
    Latencies.warmUp(queries.subList(0, Math.min(5, queries.size())), q -> storeSearch(store, docOf, q));
    progress.accept("side by side: InMemoryEmbeddingStore, %d queries".formatted(queries.size()));
    Latency storeLatency = Latencies.measure(queries, 1, q -> fromStore.add(storeSearch(store, docOf, q)));
    int asked = LuceneIndex.graphCandidates(candidates, documents);
    BenchReport.Candidates briefbot = knn(searcher, queries, exact, asked);
    double speedup = briefbot.latency().p50Ms() > 0
        ? Latencies.round(storeLatency.p50Ms() / briefbot.latency().p50Ms()) : 0;
    List<BenchReport.Candidates> more = List.of(knn(searcher, queries, exact, asked * 2),
        knn(searcher, queries, exact, asked * 4));
    return new BenchReport.SideBySide(vectors.size(), segments(searcher), queries.size(), K, exactLatency,
        storeLatency, recall(fromStore, exact), briefbot.latency(), briefbot.recall(), asked, speedup, more);
  }
  private static BenchReport.Candidates knn(IndexSearcher searcher, List<float[]> queries, List<Set<Integer>> exact,
      int candidates) {
    List<Set<Integer>> found = new ArrayList<>();
    Latencies.warmUp(queries, q -> knn(searcher, q, candidates));
    Latency latency = Latencies.measure(queries, 1, q -> found.add(knn(searcher, q, candidates)));
    return new BenchReport.Candidates(candidates, recall(found, exact), latency);
  }

  private static void readVectors(IndexSearcher searcher, List<float[]> vectors, List<Integer> docs) throws IOException {
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      FloatVectorValues values = leaf.reader().getFloatVectorValues(IndexFields.VECTOR);
      if (values == null) {
        continue;
      }
      KnnVectorValues.DocIndexIterator it = values.iterator();
      for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
        vectors.add(values.vectorValue(it.index()).clone());
        docs.add(leaf.docBase + doc);
      }
    }
  }

  /** Every vector of the index, in doc id order. */
  static List<float[]> vectors(IndexSearcher searcher) throws IOException {
    List<float[]> vectors = new ArrayList<>();
    readVectors(searcher, vectors, new ArrayList<>());
    return vectors;
  }

  /**
   * Briefbot's kNN as retrieval runs it (LuceneQueries.knn): the HNSW graph asked for {@code candidates}, each scored
   * again on its float vector, the best K kept.
   */
  private static Set<Integer> knn(IndexSearcher searcher, float[] query, int candidates) throws IOException {
    return knn(searcher, IndexFields.VECTOR, query, candidates);
  }

  static Set<Integer> knn(IndexSearcher searcher, String field, float[] query, int candidates) throws IOException {
    ScoreDoc[] found = searcher.search(new KnnFloatVectorQuery(field, query, candidates), candidates).scoreDocs;
    Arrays.sort(found, Comparator.comparingInt(d -> d.doc));
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    int leaf = -1;
    FloatVectorValues values = null;
    KnnVectorValues.DocIndexIterator it = null;
    for (ScoreDoc d : found) {
      int at = ReaderUtil.subIndex(d.doc, leaves);
      if (at != leaf) {
        leaf = at;
        values = leaves.get(at).reader().getFloatVectorValues(field);
        it = values.iterator();
      }
      int target = d.doc - leaves.get(at).docBase;
      if (it.docID() < target) {
        it.advance(target);
      }
      d.score = VectorSimilarityFunction.DOT_PRODUCT.compare(query, values.vectorValue(it.index()));
    }
    Arrays.sort(found, Comparator.comparingDouble((ScoreDoc d) -> -d.score).thenComparingInt(d -> d.doc));
    Set<Integer> top = new HashSet<>();
    for (int i = 0; i < Math.min(K, found.length); i++) {
      top.add(found[i].doc);
    }
    return top;
  }

  private static Set<Integer> storeSearch(InMemoryEmbeddingStore<TextSegment> store, Map<String, Integer> docOf,
      float[] query) {
    Set<Integer> top = new HashSet<>();
    var request = EmbeddingSearchRequest.builder().queryEmbedding(Embedding.from(query)).maxResults(K).build();
    for (EmbeddingMatch<TextSegment> match : store.search(request).matches()) {
      top.add(docOf.get(match.embeddingId()));
    }
    return top;
  }

  /** Exact top K by dot product (the vectors are unit length, so this is cosine). */
  static Set<Integer> exact(List<float[]> vectors, List<Integer> docs, float[] query) {
    PriorityQueue<double[]> best = new PriorityQueue<>((a, b) -> Double.compare(a[0], b[0]));
    for (int i = 0; i < vectors.size(); i++) {
      float[] v = vectors.get(i);
      double dot = 0;
      for (int d = 0; d < v.length; d++) {
        dot += v[d] * query[d];
      }
      if (best.size() < K) {
        best.add(new double[] {dot, i});
      } else if (dot > best.peek()[0]) {
        best.poll();
        best.add(new double[] {dot, i});
      }
    }
    Set<Integer> top = new HashSet<>();
    for (double[] e : best) {
      top.add(docs.get((int) e[1]));
    }
    return top;
  }

  static double recall(List<Set<Integer>> found, List<Set<Integer>> exact) {
    double sum = 0;
    for (int i = 0; i < exact.size(); i++) {
      Set<Integer> hit = new HashSet<>(found.get(i));
      hit.retainAll(exact.get(i));
      sum += exact.get(i).isEmpty() ? 1 : (double) hit.size() / exact.get(i).size();
    }
    return exact.isEmpty() ? 0 : Math.round(sum / exact.size() * 1000) / 1000.0;
  }
}
