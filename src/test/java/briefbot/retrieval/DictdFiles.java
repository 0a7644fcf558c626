package briefbot.retrieval;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;

/** Writes a small dictionary in the dictd format FreeDict ships (.index with base64 offsets, gzip'd .dict.dz). */
final class DictdFiles {

  private static final String B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

  private DictdFiles() {}

  /** Writes {@code freedict-FROM-TO} into a folder; each entry is its full text, the headword line first. */
  static void write(Path folder, String from, String to, String... entries) throws IOException {
    Files.createDirectories(folder);
    ByteArrayOutputStream dict = new ByteArrayOutputStream();
    StringBuilder index = new StringBuilder();
    String info = "00databaseinfo\nA hand-made test dictionary.\n";
    index.append(line("00databaseinfo", 0, info.getBytes(StandardCharsets.UTF_8).length));
    dict.writeBytes(info.getBytes(StandardCharsets.UTF_8));
    for (String entry : entries) {
      byte[] bytes = entry.getBytes(StandardCharsets.UTF_8);
      String headword = entry.substring(0, entry.indexOf(" /") > 0 ? entry.indexOf(" /") : entry.indexOf('\n'));
      index.append(line(headword.toLowerCase(Locale.ROOT), dict.size(), bytes.length));
      dict.writeBytes(bytes);
    }
    String name = "freedict-" + from + "-" + to;
    Files.writeString(folder.resolve(name + ".index"), index);
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(folder.resolve(name + ".dict.dz")))) {
      dict.writeTo(out);
    }
  }

  private static String line(String word, long offset, long length) {
    return word + "\t" + b64(offset) + "\t" + b64(length) + "\n";
  }

  private static String b64(long v) {
    StringBuilder out = new StringBuilder();
    do {
      out.insert(0, B64.charAt((int) (v % 64)));
      v /= 64;
    } while (v > 0);
    return out.toString();
  }
}
