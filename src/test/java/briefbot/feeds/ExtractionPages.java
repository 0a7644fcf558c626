package briefbot.feeds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.CRC32;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.tukaani.xz.XZInputStream;

/**
 * Trafilatura's evaluation set as the benchmark reads it: the annotations of evaldata.json, and each page's HTML
 * straight from pages.tar.xz (looked up in cache/ first, then eval/, as its scorer does).
 */
record ExtractionPages(List<ExtractionPages.Item> items) {

  /** One annotated page: its file (relative to the data folder), HTML, snippets that must and must not be found. */
  record Item(String url, String file, byte[] html, List<String> with, List<String> without) {

    /** Every third page, by a hash of its file name, is held back from development. */
    boolean heldBack() {
      CRC32 crc = new CRC32();
      crc.update(file.getBytes(StandardCharsets.UTF_8));
      return crc.getValue() % 3 == 0;
    }
  }

  static ExtractionPages read(Path dir) throws IOException {
    Map<String, byte[]> files = untar(dir.resolve("pages.tar.xz"));
    JsonNode eval = new ObjectMapper().readTree(dir.resolve("evaldata.json").toFile());
    List<Item> items = new ArrayList<>();
    // Sorted by URL, as the scorer walks them.
    Map<String, JsonNode> sorted = new TreeMap<>();
    eval.fields().forEachRemaining(e -> sorted.put(e.getKey(), e.getValue()));
    for (var e : sorted.entrySet()) {
      String name = e.getValue().get("file").asText();
      String file = files.containsKey("cache/" + name) ? "cache/" + name : "eval/" + name;
      byte[] html = files.get(file);
      if (html == null) {
        throw new IOException(e.getKey() + ": page not in pages.tar.xz: " + name);
      }
      items.add(new Item(e.getKey(), file, html, strings(e.getValue().get("with")), strings(e.getValue().get("without"))));
    }
    return new ExtractionPages(items);
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  private static Map<String, byte[]> untar(Path archive) throws IOException {
    Map<String, byte[]> files = new HashMap<>();
    try (InputStream in = new XZInputStream(new BufferedInputStream(Files.newInputStream(archive), 1 << 16));
        TarArchiveInputStream tar = new TarArchiveInputStream(in)) {
      for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
        if (entry.isFile()) {
          files.put(entry.getName().replaceFirst("^\\./", ""), tar.readAllBytes());
        }
      }
    }
    return files;
  }
}
