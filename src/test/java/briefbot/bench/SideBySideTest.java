package briefbot.bench;

import static org.assertj.core.api.Assertions.assertThat;

import briefbot.index.IndexFields;
import briefbot.index.lucene.LuceneIndex;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.codecs.lucene104.Lucene104HnswScalarQuantizedVectorsFormat;
import org.apache.lucene.codecs.lucene99.Lucene99HnswVectorsFormat;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The side-by-side's Briefbot kNN runs on an index of drawn vectors written and read as ingest and retrieval do. */
class SideBySideTest {

  @TempDir
  Path dir;

  @Test
  void theDrawnVectorsAreWrittenInIngestsFormatForTheIndexsSizeWithoutCompoundFiles() throws Exception {
    VectorShape.Drawn drawn = VectorShape.shipped().draw(300, 3, 1);
    // 300 vectors either way: the format is the one ingest gives an index of the size the bench measures
    assertThat(formatWritten(drawn, 100_000, dir.resolve("small")))
        .isEqualTo(new Lucene99HnswVectorsFormat().getName());
    assertThat(formatWritten(drawn, 1_000_000, dir.resolve("large")))
        .isEqualTo(Lucene104HnswScalarQuantizedVectorsFormat.NAME);
  }

  @Test
  void theDrawnVectorsAreWrittenInTheSegmentsOfTheIndexMeasuredInOrder() throws Exception {
    VectorShape.Drawn drawn = VectorShape.shipped().draw(300, 3, 1);
    try (Directory directory = LuceneIndex.directory(dir.resolve("layout"))) {
      // an index's layout as ingest left it (three segments here): kNN then walks as many graphs of the same sizes
      SideBySide.write(drawn.paragraphs(), 100_000, List.of(140, 100, 60), directory);
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        assertThat(SideBySide.segments(new IndexSearcher(reader))).containsExactly(140, 100, 60);
        // doc ids follow the drawn order across the segments, as the exact search's ids do
        LeafReaderContext second = reader.leaves().get(1);
        FloatVectorValues values = second.reader().getFloatVectorValues(IndexFields.VECTOR);
        assertThat(second.docBase).isEqualTo(140);
        assertThat(values.vectorValue(5)).containsExactly(drawn.paragraphs().get(145));
      }
    }
  }

  private static String formatWritten(VectorShape.Drawn drawn, long documents, Path at) throws Exception {
    try (Directory directory = LuceneIndex.directory(at)) {
      SideBySide.write(drawn.paragraphs(), documents, List.of(), directory);
      // a compound file would hold the float vectors and be mapped whole: rescoring then reads memory, not the file
      assertThat(Arrays.stream(directory.listAll())).noneMatch(f -> f.endsWith(".cfs"))
          .anyMatch(f -> f.endsWith(".vec"));
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        assertThat(reader.leaves()).hasSize(1);
        String format = null;
        for (LeafReaderContext leaf : reader.leaves()) {
          FieldInfo vectors = leaf.reader().getFieldInfos().fieldInfo(IndexFields.VECTOR);
          format = vectors.getAttribute("PerFieldKnnVectorsFormat.format");
          assertThat(format).isEqualTo(LuceneIndex.vectorsFormat(documents).getName());
        }
        return format;
      }
    }
  }
}
