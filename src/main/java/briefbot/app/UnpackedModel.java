package briefbot.app;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.jar.JarFile;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;

/**
 * A file of the built-in model unpacked from the jar once into a cache folder, named by the checksum the jar records
 * for it, and checked against that checksum at every use. Reading the 23 MB model out of the jar (inflating it) cost
 * ~320 ms of CPU in a fresh JVM at every start, against ~25 ms to read the unpacked file (docs/benchmarks.md,
 * December 4, eleventh session). Where the jar's entry cannot be read as one (tests run from classes) or the folder
 * cannot be written, there is no file, and the model is read from the jar as before.
 */
final class UnpackedModel {

  private static final int BUFFER = 1 << 20;

  private UnpackedModel() {}

  /** The resource {@code name} of this jar as a file in {@code folder}, unpacked there first when it is not yet. */
  static Optional<Path> in(Path folder, String name) {
    URL url = UnpackedModel.class.getResource("/" + name);
    return url == null ? Optional.empty() : in(folder, url, name);
  }

  /** The jar entry at {@code url} as a file in {@code folder}, unpacked there first when it is not yet. */
  static Optional<Path> in(Path folder, URL url, String name) {
    try {
      URLConnection connection = url.openConnection();
      if (!(connection instanceof JarURLConnection jar)) {
        return Optional.empty();
      }
      jar.setUseCaches(false); // a jar file of its own, closed here
      try (JarFile opened = jar.getJarFile()) {
        ZipEntry entry = opened.getEntry(jar.getEntryName());
        if (entry == null || entry.getCrc() < 0) {
          return Optional.empty();
        }
        Path file = folder.resolve(stamped(name, entry.getCrc()));
        if (Files.isRegularFile(file) && crc(file) == entry.getCrc()) {
          return Optional.of(file);
        }
        Files.createDirectories(folder);
        Path tmp = Files.createTempFile(folder, name, ".tmp");
        try (InputStream in = opened.getInputStream(entry)) {
          Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
          if (crc(tmp) != entry.getCrc()) {
            return Optional.empty();
          }
          Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
          Files.deleteIfExists(tmp);
        }
        return Optional.of(file);
      }
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** "all-minilm-l6-v2-q.onnx" with checksum 0xdf4d1c08 is "all-minilm-l6-v2-q-df4d1c08.onnx". */
  static String stamped(String name, long crc) {
    int dot = name.lastIndexOf('.');
    String stamp = "-%08x".formatted(crc);
    return dot < 0 ? name + stamp : name.substring(0, dot) + stamp + name.substring(dot);
  }

  /** The file's CRC-32, as a zip entry records it. */
  static long crc(Path file) throws IOException {
    CRC32 crc = new CRC32();
    ByteBuffer buffer = ByteBuffer.allocateDirect(BUFFER);
    try (FileChannel channel = FileChannel.open(file)) {
      while (channel.read(buffer) >= 0) {
        buffer.flip();
        crc.update(buffer);
        buffer.clear();
      }
    }
    return crc.getValue();
  }
}
