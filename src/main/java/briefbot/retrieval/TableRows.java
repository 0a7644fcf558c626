package briefbot.retrieval;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.Stream;
import org.apache.lucene.codecs.CodecUtil;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.NIOFSDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.IOUtils;
import org.apache.lucene.util.OfflineSorter;

/**
 * A term table's keys and encoded translations, written to a scratch folder in any order and sorted there by
 * Lucene's {@link OfflineSorter}: the table is compiled from them once everything it was made from is let go.
 */
final class TableRows implements Closeable {

  private static final String PREFIX = "rows";
  private static final String FOLDER = "freedict-rows";
  /**
   * A scratch folder this much older than a conversion takes (a minute) was left by a process stopped while it
   * converted (Ctrl-C on a first run): up to 83 MB, deleted when the next conversion starts.
   */
  static final Duration LEFT_BEHIND = Duration.ofHours(1);
  /** The sorter's share of the heap: the rows are sorted in parts this big, and the parts merged. */
  private static final int SORT_BUFFER_MB = 32;
  /** A row: its key's length (two bytes), its key, its encoded translations. */
  private static final int LENGTH_BYTES = 2;
  private static final Comparator<BytesRef> BY_KEY = (a, b) -> Arrays.compareUnsigned(
      a.bytes, a.offset + LENGTH_BYTES, a.offset + LENGTH_BYTES + keyLength(a),
      b.bytes, b.offset + LENGTH_BYTES, b.offset + LENGTH_BYTES + keyLength(b));

  private final Path folder;
  private final int sortBufferMb;
  private final Directory directory;
  private final IndexOutput unsorted;
  private final OfflineSorter.ByteSequencesWriter writer;
  private final BytesRef row = new BytesRef(new byte[64]);
  private boolean written;

  /** Rows in a new folder inside {@code parent} (the table's own folder), or in the system's temp folder. */
  TableRows(Path parent) throws IOException {
    this(parent, SORT_BUFFER_MB);
  }

  /** Rows sorted in parts of {@code sortBufferMb} megabytes (at least one). */
  TableRows(Path parent, int sortBufferMb) throws IOException {
    this.sortBufferMb = sortBufferMb;
    Path made;
    try {
      Files.createDirectories(parent);
      deleteLeftBehind(parent);
      made = Files.createTempDirectory(parent, FOLDER);
    } catch (IOException e) {
      made = Files.createTempDirectory("briefbot-freedict-rows"); // a cache that cannot be written
    }
    folder = made;
    directory = new NIOFSDirectory(folder); // read through buffers: mapped, the rows' pages would count as resident
    unsorted = directory.createTempOutput(PREFIX, "unsorted", IOContext.DEFAULT);
    writer = new OfflineSorter.ByteSequencesWriter(unsorted);
  }

  void add(byte[] key, byte[] translations) throws IOException {
    int length = LENGTH_BYTES + key.length + translations.length;
    if (length > Short.MAX_VALUE) {
      throw new IllegalArgumentException("a row of " + length + " bytes under " + new BytesRef(key).utf8ToString());
    }
    if (row.bytes.length < length) {
      row.bytes = new byte[Math.max(length, row.bytes.length * 2)];
    }
    row.bytes[0] = (byte) (key.length >>> 8);
    row.bytes[1] = (byte) key.length;
    System.arraycopy(key, 0, row.bytes, LENGTH_BYTES, key.length);
    System.arraycopy(translations, 0, row.bytes, LENGTH_BYTES + key.length, translations.length);
    row.length = length;
    writer.write(row);
  }

  /** The table of every row added, by key (of rows under one key, one). */
  TermTable table() throws IOException {
    CodecUtil.writeFooter(unsorted);
    writer.close();
    written = true;
    OfflineSorter sorter = new OfflineSorter(directory, PREFIX, BY_KEY, OfflineSorter.BufferSize.megabytes(
        sortBufferMb), OfflineSorter.MAX_TEMPFILES, -1, null, 0);
    String sorted = sorter.sort(unsorted.getName());
    directory.deleteFile(unsorted.getName());
    TermTable.Builder table = new TermTable.Builder();
    try (OfflineSorter.ByteSequencesReader reader = new OfflineSorter.ByteSequencesReader(
        directory.openChecksumInput(sorted), sorted)) {
      byte[] last = null;
      for (BytesRef next = reader.next(); next != null; next = reader.next()) {
        int keyLength = keyLength(next);
        int start = next.offset + LENGTH_BYTES;
        byte[] key = Arrays.copyOfRange(next.bytes, start, start + keyLength);
        // the FST takes a key once; two strings make one key only when one holds a broken surrogate pair
        if (!Arrays.equals(key, last)) {
          table.add(key, Arrays.copyOfRange(next.bytes, start + keyLength, next.offset + next.length));
        }
        last = key;
      }
    }
    return table.build();
  }

  private static int keyLength(BytesRef row) {
    return (row.bytes[row.offset] & 0xff) << 8 | row.bytes[row.offset + 1] & 0xff;
  }

  /** Deletes the scratch folder and what is left in it. */
  @Override
  public void close() throws IOException {
    try {
      if (!written) {
        writer.close();
      }
      directory.close();
    } finally {
      IOUtils.rm(folder);
    }
  }

  /** The scratch folders in {@code parent} that conversions stopped on their way left there. */
  private static void deleteLeftBehind(Path parent) throws IOException {
    Instant before = Instant.now().minus(LEFT_BEHIND);
    try (Stream<Path> folders = Files.list(parent)) {
      for (Path old : folders.filter(f -> f.getFileName().toString().startsWith(FOLDER)).toList()) {
        if (Files.isDirectory(old) && Files.getLastModifiedTime(old).toInstant().isBefore(before)) {
          IOUtils.rm(old);
        }
      }
    }
  }
}
