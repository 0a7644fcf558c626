package briefbot.index.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import briefbot.app.Briefbot;
import briefbot.index.IndexFields;
import briefbot.testing.SeedCorpus;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.apache.lucene.codecs.lucene104.Lucene104HnswScalarQuantizedVectorsFormat;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.store.FSDirectory;
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
}
