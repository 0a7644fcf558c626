package briefbot.index.lucene;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.zip.CRC32;
import org.apache.lucene.codecs.CodecUtil;

/**
 * The check Lucene's {@code checkIntegrity} makes of a file (the CRC-32 of every byte before the checksum against the
 * checksum in its footer, and the footer's marks), read in 1 MB blocks straight from the file. Lucene reads through
 * its index input a kilobyte at a time: at a fresh JVM's open of the 100,000-paragraph bench index (185 MB) that took
 * 130-160 ms of the main thread's CPU, this 47-55 ms (docs/benchmarks.md, December 4, twelfth session).
 */
final class FileChecksums {

  private static final int BLOCK = 1 << 20;
  /** The footer: magic, algorithm id (0: CRC-32), then the checksum as a long. */
  private static final int FOOTER = CodecUtil.footerLength();

  private final ByteBuffer block = ByteBuffer.allocateDirect(BLOCK);

  /** Null when {@code file}'s bytes match its footer's checksum, else what does not ("checksum mismatch in _0.doc"). */
  String damage(Path file) throws IOException {
    try (FileChannel channel = FileChannel.open(file)) {
      long length = channel.size();
      if (length < FOOTER) {
        return "footer missing in " + file.getFileName() + " (" + length + " bytes)";
      }
      ByteBuffer footer = ByteBuffer.allocate(FOOTER);
      readFully(channel, footer, length - FOOTER);
      footer.flip();
      int magic = footer.getInt();
      int algorithm = footer.getInt();
      long stored = footer.getLong();
      if (magic != CodecUtil.FOOTER_MAGIC || algorithm != 0 || (stored & 0xFFFFFFFF00000000L) != 0) {
        return "footer damaged in " + file.getFileName();
      }
      long actual = crc(channel, length - Long.BYTES);
      return actual == stored ? null : "checksum mismatch in %s (footer %x, bytes %x)".formatted(file.getFileName(),
          stored, actual);
    }
  }

  /** The CRC-32 of the channel's first {@code upTo} bytes. */
  private long crc(FileChannel channel, long upTo) throws IOException {
    CRC32 crc = new CRC32();
    for (long at = 0; at < upTo; ) {
      block.clear().limit((int) Math.min(BLOCK, upTo - at));
      at += readFully(channel, block, at);
      block.flip();
      crc.update(block);
    }
    return crc.getValue();
  }

  private static int readFully(FileChannel channel, ByteBuffer into, long at) throws IOException {
    int read = 0;
    while (into.hasRemaining()) {
      int n = channel.read(into, at + read);
      if (n < 0) {
        throw new IOException("file shorter than it was");
      }
      read += n;
    }
    return read;
  }
}
