package briefbot.index.lucene;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.lucene.codecs.lucene104.Lucene104HnswScalarQuantizedVectorsFormat;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.apache.lucene.store.MMapDirectory;
import org.apache.lucene.store.NIOFSDirectory;
import org.apache.lucene.util.IOUtils;

/** A memory-mapped folder whose {@link #rescoredVectors} files are opened for positional reads instead. */
final class RescoredVectorsRead extends FilterDirectory {

  /** The extension of the files that hold the float vectors, beside the int7 copies and the graph. */
  static final String FLOAT_VECTORS = "vec";

  /** Whether {@code file} holds the float vectors of an int7 segment, read only to score kNN's candidates. */
  static boolean rescoredVectors(String file) {
    return file.endsWith("." + FLOAT_VECTORS) && file.contains(Lucene104HnswScalarQuantizedVectorsFormat.NAME);
  }

  /**
   * How the float vectors are opened for positional reads: NIOFSDirectory's buffer is 1 KB, so a 1,536-byte vector took
   * two reads of the file; its one larger size (4 KB) is the one it gives a merge's context, which changes nothing else
   * for it. Rescoring CPU at 100k -13 % (docs/benchmarks.md).
   */
  static final IOContext WHOLE_VECTORS = IOContext.merge();

  private final Directory reads;

  RescoredVectorsRead(Path path) throws IOException {
    super(new MMapDirectory(path));
    this.reads = new NIOFSDirectory(path);
  }

  @Override
  public IndexInput openInput(String name, IOContext context) throws IOException {
    return rescoredVectors(name) ? reads.openInput(name, WHOLE_VECTORS) : in.openInput(name, context);
  }

  @Override
  public void close() throws IOException {
    IOUtils.close(reads, in);
  }
}
