package briefbot.app;

import briefbot.cache.StampedFiles;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarFile;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;

/**
 * A file of the built-in model unpacked from the jar once into a cache folder, named by the checksum the jar records
 * for it, and checked against that checksum at every use. Reading the 23 MB model out of the jar (inflating it) cost
 * ~320 ms of CPU in a fresh JVM at every start, against ~25 ms to read the unpacked file (docs/benchmarks.md,
 * December 4, eleventh session). Where the jar's entry cannot be read as one (tests run from classes) or the folder
 * cannot be written, there is no file, and the model is read from the jar as before. The ONNX runtime's native
 * libraries are kept the same way ({@link OnnxLibraries}). Each start marks what it uses, and a file or folder of the
 * same name and another checksum (an older jar's) unused for a day is deleted ({@link StampedFiles}).
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
    return unpacked(url, (jar, entries) -> {
      Path file = folder.resolve(stamped(name, entries.get(0).getCrc()));
      if (!unpack(jar, entries.get(0), file)) {
        return Optional.empty();
      }
      // named as stamped() names it: an older jar's model of another checksum goes
      int dot = name.lastIndexOf('.');
      String stem = dot < 0 ? name : name.substring(0, dot);
      new StampedFiles(stem + "-", name.substring(stem.length())).keepOnly(file);
      return Optional.of(file);
    }, List.of(name));
  }

  /**
   * The jar entries {@code names} (all in the folder of the jar that the first one's {@code url} names) as files of
   * their own names in a folder of {@code cache} named {@code prefix} and their checksums, unpacked there first where
   * they are not yet; empty when any cannot be.
   */
  static Optional<Path> folder(Path cache, String prefix, URL url, List<String> names) {
    return unpacked(url, (jar, entries) -> {
      StringBuilder stamp = new StringBuilder(prefix);
      entries.forEach(entry -> stamp.append("-%08x".formatted(entry.getCrc())));
      Path folder = cache.resolve(stamp.toString());
      for (int i = 0; i < names.size(); i++) {
        if (!unpack(jar, entries.get(i), folder.resolve(names.get(i)))) {
          return Optional.empty();
        }
      }
      new StampedFiles(prefix + "-", "").keepOnly(folder); // this platform's folders of other checksums
      return Optional.of(folder);
    }, names);
  }

  /** What {@code then} makes of the entries {@code names} beside the one {@code url} names, read from one jar. */
  private static Optional<Path> unpacked(URL url, Unpacking then, List<String> names) {
    try {
      URLConnection connection = url.openConnection();
      if (!(connection instanceof JarURLConnection jar)) {
        return Optional.empty();
      }
      jar.setUseCaches(false); // a jar file of its own, closed here
      String entryFolder = jar.getEntryName().substring(0, jar.getEntryName().lastIndexOf('/') + 1);
      try (JarFile opened = jar.getJarFile()) {
        List<ZipEntry> entries = new ArrayList<>();
        for (String name : names) {
          ZipEntry entry = opened.getEntry(entryFolder + name);
          if (entry == null || entry.getCrc() < 0) {
            return Optional.empty();
          }
          entries.add(entry);
        }
        return then.apply(opened, entries);
      }
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** Unpacks from the open jar. */
  private interface Unpacking {
    Optional<Path> apply(JarFile jar, List<ZipEntry> entries) throws IOException;
  }

  /** Whether {@code file} holds the entry's bytes, checked by checksum, after unpacking it there when it did not. */
  private static boolean unpack(JarFile jar, ZipEntry entry, Path file) throws IOException {
    if (Files.isRegularFile(file) && crc(file) == entry.getCrc()) {
      return true;
    }
    Files.createDirectories(file.getParent());
    Path tmp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
    try (InputStream in = jar.getInputStream(entry)) {
      Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
      if (crc(tmp) != entry.getCrc()) {
        return false;
      }
      Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      return true;
    } finally {
      Files.deleteIfExists(tmp);
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
