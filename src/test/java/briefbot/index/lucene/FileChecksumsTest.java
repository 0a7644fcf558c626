package briefbot.index.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.codecs.CodecUtil;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The open's own checksum pass finds what Lucene's finds, in every file of a segment. */
class FileChecksumsTest {

  @TempDir
  Path dir;

  @Test
  void everyFileOfAnIntactSegmentMatchesAsLuceneReadsIt() throws Exception {
    for (String file : segmentFiles()) {
      assertThat(new FileChecksums().damage(dir.resolve(file))).as(file).isNull();
      assertThat(luceneChecksum(file)).as(file).isTrue();
    }
  }

  @Test
  void aByteChangedAnywhereInAnyFileIsFoundAsLuceneFindsIt() throws Exception {
    List<String> files = segmentFiles();
    assertThat(files).as("postings, stored fields, points, doc values, vectors").hasSizeGreaterThan(10);
    for (String file : files) {
      Path path = dir.resolve(file);
      long length = Files.size(path);
      for (long at : new long[] {0, length / 2, length - 9, length - 1}) {
        flip(path, at);
        assertThat(new FileChecksums().damage(path)).as("%s at byte %d of %d", file, at, length).isNotNull();
        assertThat(luceneChecksum(file)).as("Lucene: %s at byte %d", file, at).isFalse();
        flip(path, at);
      }
      assertThat(new FileChecksums().damage(path)).as(file).isNull();
    }
  }

  @Test
  void aCutFileIsFound() throws Exception {
    String file = segmentFiles().stream().filter(f -> f.endsWith(".fdt")).findFirst().orElseThrow();
    Path path = dir.resolve(file);
    try (RandomAccessFile out = new RandomAccessFile(path.toFile(), "rw")) {
      out.setLength(out.length() - 20);
    }
    assertThat(new FileChecksums().damage(path)).contains(file);
    try (RandomAccessFile out = new RandomAccessFile(path.toFile(), "rw")) {
      out.setLength(5);
    }
    assertThat(new FileChecksums().damage(path)).contains("footer missing");
    Files.delete(path);
    assertThatThrownBy(() -> new FileChecksums().damage(path)).isInstanceOf(IOException.class);
  }

  /** A committed segment of a few hundred documents with every kind of file the index writes. */
  private List<String> segmentFiles() throws Exception {
    try (Directory directory = FSDirectory.open(dir);
        IndexWriter writer = new IndexWriter(directory, LuceneIndex.withoutCompoundFiles(new IndexWriterConfig()))) {
      for (int i = 0; i < 300; i++) {
        Document doc = new Document();
        doc.add(new TextField("body", "paragraph " + i + " of the minister's statement in Berlin", Field.Store.YES));
        doc.add(new LongPoint("published", i));
        doc.add(new NumericDocValuesField("order", i));
        doc.add(new StoredField("id", "a" + i));
        doc.add(new KnnFloatVectorField("vector", new float[] {i, 1, -i, 0.5f}));
        writer.addDocument(doc);
      }
      writer.commit();
      return List.copyOf(SegmentInfos.readLatestCommit(directory).info(0).files());
    }
  }

  private boolean luceneChecksum(String file) throws Exception {
    try (Directory directory = FSDirectory.open(dir); IndexInput in = directory.openInput(file, IOContext.READONCE)) {
      CodecUtil.checksumEntireFile(in);
      return true;
    } catch (Exception e) {
      return false;
    }
  }

  private static void flip(Path file, long at) throws Exception {
    try (RandomAccessFile out = new RandomAccessFile(file.toFile(), "rw")) {
      out.seek(at);
      int b = out.read();
      out.seek(at);
      out.write(b ^ 0x10);
    }
  }
}
