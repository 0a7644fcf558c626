package briefbot.retrieval;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes a small iso-codes installation as Debian lays it out: {@code json/iso_3166-1.json} (or {@code iso_639-2})
 * with English names, and beside the folder {@code locale/LANG/LC_MESSAGES/iso_3166-1.mo}, compiled gettext catalogs
 * of their translations.
 */
final class IsoCodesFiles {

  private IsoCodesFiles() {}

  /** Writes the countries (English name to each language's translation) into {@code folder} and its locale sibling. */
  static void countries(Path folder, Map<String, Map<String, String>> translations) throws IOException {
    standard(folder, "iso_3166-1", "3166-1", translations);
  }

  /** Writes the languages (English name to each language's translation), as {@link #countries} does. */
  static void languages(Path folder, Map<String, Map<String, String>> translations) throws IOException {
    standard(folder, "iso_639-2", "639-2", translations);
  }

  private static void standard(Path folder, String file, String key, Map<String, Map<String, String>> translations)
      throws IOException {
    Files.createDirectories(folder.resolve("json"));
    StringBuilder json = new StringBuilder("{\n  \"" + key + "\": [\n");
    List<String> rows = new ArrayList<>();
    for (String name : translations.keySet()) {
      rows.add("    {\"alpha_2\": \"XX\", \"name\": \"" + name + "\"}");
    }
    json.append(String.join(",\n", rows)).append("\n  ]\n}\n");
    Files.writeString(folder.resolve("json/" + file + ".json"), json);
    Map<String, Map<String, String>> byLanguage = new LinkedHashMap<>();
    translations.forEach((name, languages) -> languages.forEach(
        (language, translated) -> byLanguage.computeIfAbsent(language, k -> new TreeMap<>()).put(name, translated)));
    for (var catalog : byLanguage.entrySet()) {
      Path dir = folder.toAbsolutePath().resolveSibling("locale").resolve(catalog.getKey()).resolve("LC_MESSAGES");
      Files.createDirectories(dir);
      Files.write(dir.resolve(file + ".mo"), mo(catalog.getValue(), ByteOrder.LITTLE_ENDIAN));
    }
  }

  /** A gettext catalog of these translations, with the header entry msgfmt writes first, in a byte order. */
  static byte[] mo(Map<String, String> translations, ByteOrder order) {
    Map<String, String> sorted = new TreeMap<>(translations);
    List<byte[]> originals = new ArrayList<>();
    List<byte[]> translated = new ArrayList<>();
    originals.add(new byte[0]);
    translated.add("Content-Type: text/plain; charset=UTF-8\n".getBytes(StandardCharsets.UTF_8));
    sorted.forEach((k, v) -> {
      originals.add(k.getBytes(StandardCharsets.UTF_8));
      translated.add(v.getBytes(StandardCharsets.UTF_8));
    });
    int n = originals.size();
    int tables = 28;
    int strings = tables + 16 * n;
    int size = strings;
    for (int i = 0; i < n; i++) {
      size += originals.get(i).length + 1 + translated.get(i).length + 1;
    }
    ByteBuffer out = ByteBuffer.allocate(size).order(order);
    out.putInt(0x950412de).putInt(0).putInt(n).putInt(tables).putInt(tables + 8 * n).putInt(0).putInt(0);
    int at = strings;
    for (List<byte[]> table : List.of(originals, translated)) {
      for (byte[] s : table) {
        out.putInt(s.length).putInt(at);
        at += s.length + 1;
      }
    }
    for (List<byte[]> table : List.of(originals, translated)) {
      for (byte[] s : table) {
        out.put(s).put((byte) 0);
      }
    }
    return out.array();
  }
}
