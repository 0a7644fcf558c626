package briefbot.index.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import briefbot.app.Briefbot;
import briefbot.index.ArticleSummary;
import briefbot.index.IndexFields;
import briefbot.index.ParagraphIndex.Hit;
import briefbot.testing.SeedCorpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.codecs.lucene104.Lucene104HnswScalarQuantizedVectorsFormat;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
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

/** The index keeps its paragraph vectors in the int7 quantized format that kNN reads instead of the float ones. */
class QuantizedVectorsTest {

  @TempDir
  Path dir;

  @Test
  void everySegmentWritesTheVectorFieldQuantized() throws IOException {
    SeedCorpus.copyTo(dir);
    try (Briefbot bot = Briefbot.open(SeedCorpus.config(dir, Map.of()), Clock.systemUTC())) {
      assertThat(bot.sync(line -> {}).added()).isEqualTo(5);
    }
    try (FSDirectory directory = FSDirectory.open(dir.resolve("data").resolve("index"));
        DirectoryReader reader = DirectoryReader.open(directory)) {
      assertThat(reader.leaves()).isNotEmpty();
      for (LeafReaderContext leaf : reader.leaves()) {
        FieldInfo vectors = leaf.reader().getFieldInfos().fieldInfo(IndexFields.VECTOR);
        assertThat(vectors.getAttribute("PerFieldKnnVectorsFormat.format"))
            .isEqualTo(Lucene104HnswScalarQuantizedVectorsFormat.NAME);
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
        // the int7 copies alone give scores off by up to a few thousandths; the float vectors' dot product is exact
        double exact = (1 + VectorUtil.dotProduct(question, vectors.get(hit.id()))) / 2;
        assertThat(hit.score()).as(hit.id()).isCloseTo(exact, within(1e-6));
      }
    }
  }

  @Test
  void kNNMapsTheInt7CopiesIntoMemoryButNotTheFloatVectorsItScoresAgain() throws IOException {
    Path smaps = Path.of("/proc/self/smaps");
    Assumptions.assumeTrue(Files.isReadable(smaps), "needs Linux's /proc/self/smaps");
    SeedCorpus.copyTo(dir);
    try (Briefbot bot = Briefbot.open(SeedCorpus.config(dir, Map.of()), Clock.systemUTC())) {
      bot.sync(line -> {});
      Set<String> articles = bot.index().newest(0, 10).stream().map(ArticleSummary::id).collect(Collectors.toSet());
      float[] question = bot.index().vectors(articles).values().iterator().next();
      assertThat(bot.index().knn(question, 100, 20)).hasSize(20);
      Path index = dir.resolve("data").resolve("index").toRealPath();
      List<String> mapped = Files.readAllLines(smaps).stream()
          .filter(line -> line.contains(index.toString()))
          .map(line -> line.substring(line.lastIndexOf('.') + 1))
          .distinct().toList();
      // the graph and the int7 copies are mapped (kNN read them); the float vectors were read, not mapped
      assertThat(mapped).contains("veq", "vex").doesNotContain(LuceneIndex.FLOAT_VECTORS);
      // and a vector is read in one go: the buffer holds a whole one (NIOFSDirectory's default 1 KB did not)
      try (Directory directory = LuceneIndex.directory(index)) {
        for (String file : directory.listAll()) {
          if (LuceneIndex.rescoredVectors(file)) {
            try (IndexInput input = directory.openInput(file, IOContext.DEFAULT)) {
              assertThat(((BufferedIndexInput) input).getBufferSize()).as(file)
                  .isGreaterThanOrEqualTo(question.length * Float.BYTES);
            }
          }
        }
      }
    }
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
      assertThat(mapped).contains(LuceneIndex.FLOAT_VECTORS);
    }
  }
}
