package briefbot.retrieval;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The translations of a compiled gettext catalog (a {@code .mo} file, as Debian's iso-codes installs them), by
 * original text: a header, then two tables of (length, offset) pairs pointing at the originals and their
 * translations, in the byte order its magic number tells (GNU gettext manual, "The Format of GNU MO Files").
 */
final class GettextCatalog {

  private static final int MAGIC = 0x950412de;

  private GettextCatalog() {}

  /** The catalog's translations: original to translated text, UTF-8, without the header entry and plural forms. */
  static Map<String, String> read(Path file) throws IOException {
    ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
    if (bytes.remaining() < 20) {
      throw new IOException(file + " is no gettext catalog: too short");
    }
    if (bytes.getInt(0) != MAGIC) {
      bytes.order(ByteOrder.BIG_ENDIAN);
      if (bytes.getInt(0) != MAGIC) {
        throw new IOException(file + " is no gettext catalog: no magic number");
      }
    }
    int count = bytes.getInt(8);
    int originals = bytes.getInt(12);
    int translations = bytes.getInt(16);
    Map<String, String> out = new HashMap<>(count * 2);
    for (int i = 0; i < count; i++) {
      String original = string(bytes, originals + 8 * i, file);
      String translated = string(bytes, translations + 8 * i, file);
      // the header has the empty original; an original with a NUL has plural forms, which names never have
      if (!original.isEmpty() && original.indexOf('\0') < 0) {
        out.put(original, translated);
      }
    }
    return out;
  }

  private static String string(ByteBuffer bytes, int entry, Path file) throws IOException {
    if (entry < 0 || entry + 8 > bytes.limit()) {
      throw new IOException(file + " is damaged: a table entry lies outside the file");
    }
    int length = bytes.getInt(entry);
    int offset = bytes.getInt(entry + 4);
    if (length < 0 || offset < 0 || offset + length > bytes.limit()) {
      throw new IOException(file + " is damaged: a string lies outside the file");
    }
    return new String(bytes.array(), offset, length, StandardCharsets.UTF_8);
  }
}
