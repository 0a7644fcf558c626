package briefbot.bench;

import static org.assertj.core.api.Assertions.assertThat;

import briefbot.index.IndexFields;
import briefbot.index.lucene.LuceneIndex;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The side-by-side's Briefbot kNN runs on an index of drawn vectors written and read as ingest and retrieval do. */
class SideBySideTest {

  @TempDir
  Path dir;

  @Test
  void theDrawnVectorsAreWrittenInIngestsFormatWithoutCompoundFiles() throws Exception {
    VectorShape.Drawn drawn = VectorShape.shipped().draw(300, 3, 1);
    try (Directory directory = LuceneIndex.directory(dir)) {
      HnswSweep.build(LuceneIndex.vectorsFormat(), drawn.paragraphs(), directory, IndexFields.VECTOR, false);
      // a compound file would hold the float vectors and be mapped whole: rescoring then reads memory, not the file
      assertThat(Arrays.stream(directory.listAll())).noneMatch(f -> f.endsWith(".cfs"))
          .anyMatch(f -> f.endsWith(".vec"));
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        for (LeafReaderContext leaf : reader.leaves()) {
          FieldInfo vectors = leaf.reader().getFieldInfos().fieldInfo(IndexFields.VECTOR);
          assertThat(vectors.getAttribute("PerFieldKnnVectorsFormat.format"))
              .isEqualTo(LuceneIndex.vectorsFormat().getName());
        }
      }
    }
  }
}
