package briefbot.index.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import briefbot.app.Briefbot;
import briefbot.corpus.Corpus;
import briefbot.index.ArticleSummary;
import briefbot.index.IndexFields;
import briefbot.index.ParagraphIndex.Hit;
import briefbot.testing.SeedCorpus;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.codecs.lucene104.Lucene104HnswScalarQuantizedVectorsFormat;
import org.apache.lucene.codecs.lucene99.Lucene99HnswVectorsFormat;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.store.BufferedIndexInput;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.VectorUtil;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The index keeps its paragraph vectors as floats while it is small and in the int7 quantized format that kNN reads
 * instead of the float ones once it is large; kNN's scores are the float vectors' similarity either way.
 */
class QuantizedVectorsTest {

  private static final String FLOATS = new Lucene99HnswVectorsFormat().getName();
  private static final String INT7 = Lucene104HnswScalarQuantizedVectorsFormat.NAME;

  @TempDir
  Path dir;

  @Test
  void theVectorsAreFloatsBelowTheSizeAndInt7FromIt() {
    assertThat(LuceneIndex.vectorsFormat(LuceneIndex.FLOAT_VECTORS_BELOW - 1).getName()).isEqualTo(FLOATS);
    assertThat(LuceneIndex.vectorsFormat(LuceneIndex.FLOAT_VECTORS_BELOW).getName()).isEqualTo(INT7);
    // float graphs, walked at about half the CPU, are asked for half as many candidates again
    assertThat(LuceneIndex.graphCandidates(100, LuceneIndex.FLOAT_VECTORS_BELOW - 1)).isEqualTo(150);
    assertThat(LuceneIndex.graphCandidates(100, LuceneIndex.FLOAT_VECTORS_BELOW)).isEqualTo(100);
  }

  @Test
  void aSmallIndexWritesItsVectorsAsFloats() throws IOException {
    SeedCorpus.copyTo(dir);
    try (Briefbot bot = Briefbot.open(SeedCorpus.config(dir, Map.of()), Clock.systemUTC())) {
      assertThat(bot.sync(line -> {}).added()).isEqualTo(5);
      // and its kNN asks the float graphs for half as many candidates again (the seed corpus has 101 paragraphs)
      Set<String> articles = bot.index().newest(0, 10).stream().map(ArticleSummary::id).collect(Collectors.toSet());
      float[] question = bot.index().vectors(articles).values().iterator().next();
      assertThat(bot.index().knn(question, 60, 200)).hasSize(90);
    }
    assertThat(formats(dir.resolve("data"))).containsOnly(FLOATS);
  }

  @Test
  void aSegmentBegunOnceTheIndexHoldsTheSizeAndEveryMergeThenIsInt7() throws IOException {
    try (Directory directory = LuceneIndex.directory(dir)) {
      SizedVectors codec = new SizedVectors(30);
      try (IndexWriter writer = new IndexWriter(directory, LuceneIndex.withoutCompoundFiles(
          new IndexWriterConfig().setCodec(codec).setMergePolicy(NoMergePolicy.INSTANCE)))) {
        codec.of(writer);
        add(writer, 0, 40); // begun with the index empty
        writer.commit();
        add(writer, 40, 10); // begun with 41 documents in it
        writer.commit();
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
          assertThat(reader.leaves().stream().map(QuantizedVectorsTest::format)).containsExactly(FLOATS, INT7);
        }
      }
      try (IndexWriter writer = new IndexWriter(directory, LuceneIndex.withoutCompoundFiles(
          new IndexWriterConfig().setCodec(codec)))) {
        codec.of(writer);
        writer.forceMerge(1);
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
          assertThat(reader.leaves().stream().map(QuantizedVectorsTest::format)).containsExactly(INT7);
          assertThat(reader.numDocs()).isEqualTo(50);
        }
      }
    }
  }

  @Test
  void anInt7IndexOpensAsItIsAndKnnScoresItsAndNewFloatSegmentsExactly() throws IOException {
    Path corpus = SeedCorpus.copyTo(dir);
    Path data = dir.resolve("data");
    EmbeddingModel model = new WordVectors();
    // written as the code before the size rule wrote every index: int7 whatever its size
    try (LuceneIndex index = LuceneIndex.open(data, model, Clock.systemUTC(), 0)) {
      index.sync(new Corpus(corpus), line -> {});
    }
    assertThat(formats(data)).containsOnly(INT7);
    Files.writeString(corpus.resolve("005_added.txt"), """
        ---
        source: Reuters
        language: en
        ---
        Moscow is sending fighter jets and missile defense systems to Tehran, officials in Washington said.
        The memorandum asks agencies to plan for closer ties between the four countries.
        """);
    try (LuceneIndex index = LuceneIndex.open(data, model, Clock.systemUTC())) {
      assertThat(index.sync(new Corpus(corpus), line -> {}).added()).isEqualTo(1);
      assertThat(formats(data)).contains(INT7, FLOATS);
      Set<String> articles = index.newest(0, 10).stream().map(ArticleSummary::id).collect(Collectors.toSet());
      Map<String, float[]> vectors = index.vectors(articles);
      float[] question = model.embed("Which fighter jets is Moscow sending to Tehran?").content().vector();
      List<Hit> hits = index.knn(question, vectors.size(), vectors.size());
      assertThat(hits).hasSize(vectors.size());
      assertThat(hits).anyMatch(h -> h.id().startsWith("005_added#"));
      for (Hit hit : hits) {
        // the int7 copies alone give scores off by up to a few thousandths; the float vectors' dot product is exact
        double exact = (1 + VectorUtil.dotProduct(question, vectors.get(hit.id()))) / 2;
        assertThat(hit.score()).as(hit.id()).isCloseTo(exact, within(1e-6));
      }
    }
  }

  @Test
  void kNNScoresAreTheExactSimilarityOfTheFloatVectors() throws IOException {
    SeedCorpus.copyTo(dir);
    try (Briefbot bot = Briefbot.open(SeedCorpus.config(dir, Map.of()), Clock.systemUTC())) {
      bot.sync(line -> {});
      Set<String> articles = bot.index().newest(0, 10).stream().map(ArticleSummary::id).collect(Collectors.toSet());
      Map<String, float[]> vectors = bot.index().vectors(articles);
      float[] question = vectors.values().iterator().next();
      List<Hit> hits = bot.index().knn(question, 100, 20);
      assertThat(hits).hasSize(20);
      for (Hit hit : hits) {
        double exact = (1 + VectorUtil.dotProduct(question, vectors.get(hit.id()))) / 2;
        assertThat(hit.score()).as(hit.id()).isCloseTo(exact, within(1e-6));
      }
    }
  }

  @Test
  void kNNMapsTheInt7CopiesIntoMemoryButNotTheFloatVectorsItScoresAgain() throws IOException {
    Path smaps = Path.of("/proc/self/smaps");
    Assumptions.assumeTrue(Files.isReadable(smaps), "needs Linux's /proc/self/smaps");
    Path corpus = SeedCorpus.copyTo(dir);
    // an index of the size whose vectors are int7 (here: every size)
    try (LuceneIndex lucene = LuceneIndex.open(dir.resolve("data"), new WordVectors(), Clock.systemUTC(), 0)) {
      lucene.sync(new Corpus(corpus), line -> {});
      Set<String> articles = lucene.newest(0, 10).stream().map(ArticleSummary::id).collect(Collectors.toSet());
      float[] question = lucene.vectors(articles).values().iterator().next();
      assertThat(lucene.knn(question, 100, 20)).hasSize(20);
      Path index = dir.resolve("data").resolve("index").toRealPath();
      List<String> mapped = Files.readAllLines(smaps).stream()
          .filter(line -> line.contains(index.toString()))
          .map(line -> line.substring(line.lastIndexOf('.') + 1))
          .distinct().toList();
      // the graph and the int7 copies are mapped (kNN read them); the float vectors were read, not mapped
      assertThat(mapped).contains("veq", "vex").doesNotContain(RescoredVectorsRead.FLOAT_VECTORS);
      // and a vector is read in one go: the buffer holds a whole one (NIOFSDirectory's default 1 KB did not)
      try (Directory directory = LuceneIndex.directory(index)) {
        for (String file : directory.listAll()) {
          if (RescoredVectorsRead.rescoredVectors(file)) {
            try (IndexInput input = directory.openInput(file, IOContext.DEFAULT)) {
              assertThat(((BufferedIndexInput) input).getBufferSize()).as(file)
                  .isGreaterThanOrEqualTo(question.length * Float.BYTES);
            }
          }
        }
      }
    }
    assertThat(formats(dir.resolve("data"))).containsOnly(INT7);
  }

  @Test
  void aFloatSegmentWrittenBeforeInt7KeepsItsVectorsMappedForItsGraphWalk() throws IOException {
    Path smaps = Path.of("/proc/self/smaps");
    Assumptions.assumeTrue(Files.isReadable(smaps), "needs Linux's /proc/self/smaps");
    Path index = Files.createDirectories(dir.resolve("float")).toRealPath();
    try (IndexWriter writer = new IndexWriter(FSDirectory.open(index),
        new IndexWriterConfig().setUseCompoundFile(false))) {
      for (int i = 0; i < 50; i++) {
        Document doc = new Document();
        doc.add(new KnnFloatVectorField(IndexFields.VECTOR, VectorUtil.l2normalize(new float[] {1, i, 2, i % 7}),
            VectorSimilarityFunction.DOT_PRODUCT));
        writer.addDocument(doc);
      }
    }
    try (Directory directory = LuceneIndex.directory(index); DirectoryReader reader = DirectoryReader.open(directory)) {
      new IndexSearcher(reader).search(new KnnFloatVectorQuery(IndexFields.VECTOR, new float[] {0.5f, 0.5f, 0.5f, 0.5f},
          10), 10);
      List<String> mapped = Files.readAllLines(smaps).stream()
          .filter(line -> line.contains(index.toString()))
          .map(line -> line.substring(line.lastIndexOf('.') + 1))
          .distinct().toList();
      assertThat(mapped).contains(RescoredVectorsRead.FLOAT_VECTORS);
    }
  }
  private static void add(IndexWriter writer, int from, int n) throws IOException {
    for (int i = from; i < from + n; i++) {
      Document doc = new Document();
      doc.add(new KnnFloatVectorField(IndexFields.VECTOR, VectorUtil.l2normalize(new float[] {1, i, 2, i % 7}),
          VectorSimilarityFunction.DOT_PRODUCT));
      writer.addDocument(doc);
    }
  }

  private static String format(LeafReaderContext leaf) {
    FieldInfo vectors = leaf.reader().getFieldInfos().fieldInfo(IndexFields.VECTOR);
    return vectors.getAttribute("PerFieldKnnVectorsFormat.format");
  }

  /** The vector format of each segment of the index in {@code data}. */
  private static List<String> formats(Path data) throws IOException {
    try (FSDirectory directory = FSDirectory.open(data.resolve("index"));
        DirectoryReader reader = DirectoryReader.open(directory)) {
      assertThat(reader.leaves()).isNotEmpty();
      return reader.leaves().stream().map(QuantizedVectorsTest::format).toList();
    }
  }

  /** Vectors of the built-in model's size without loading it: each word a seeded direction, a text their sum. */
  private static final class WordVectors implements EmbeddingModel {
    @Override
    public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
      List<Embedding> out = new ArrayList<>();
      for (TextSegment segment : segments) {
        float[] v = new float[384];
        for (String word : segment.text().toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
          Random direction = new Random(word.hashCode());
          for (int i = 0; i < v.length; i++) {
            v[i] += (float) direction.nextGaussian();
          }
        }
        out.add(Embedding.from(VectorUtil.l2normalize(v)));
      }
      return Response.from(out);
    }

    @Override
    public int dimension() {
      return 384;
    }

    @Override
    public String modelName() {
      return "test-word-vectors";
    }
  }
}
