package briefbot.answer;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * WordNet's database files ({@code wndb(5)}) read where they lie: an index entry found by binary search in the
 * memory-mapped sorted index file of its part of speech, a synset read at its byte offset in the data file, the
 * exception lists of irregular forms.
 */
final class WordNetFiles {

  static final String[] PARTS = {"noun", "verb", "adj", "adv"};

  private final Map<String, ByteBuffer> index = new HashMap<>();
  private final Map<String, ByteBuffer> data = new HashMap<>();
  private final Map<String, Map<String, List<String>>> exceptions = new HashMap<>();

  WordNetFiles(Path folder) throws IOException {
    for (String part : PARTS) {
      index.put(part, map(folder.resolve("index." + part)));
      data.put(part, map(folder.resolve("data." + part)));
      exceptions.put(part, exceptions(folder.resolve(part + ".exc")));
    }
  }

  /** A synset's words and pointers (WordNet's data line, {@code wndb(5)}). */
  record Synset(List<String> words, List<Pointer> pointers, boolean satellite) {}

  /** A pointer to another synset; source and target number words within the synsets (0: the whole synset). */
  record Pointer(String symbol, long offset, String part, int source, int target) {}

  /** The index line of {@code lemma} in one part of speech; null if WordNet does not list it so. */
  String entry(String part, String lemma) {
    return find(index.get(part), lemma);
  }

  /** The base forms an exception list gives an irregular form ("took": take); none for a regular one. */
  List<String> exceptions(String part, String form) {
    return exceptions.get(part).getOrDefault(form, List.of());
  }

  /** The synset at {@code offset} of one part of speech's data file. */
  Synset synset(String part, long offset) {
    String[] f = line(data.get(part), (int) offset).split(" ");
    int words = Integer.parseInt(f[3], 16);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < words; i++) {
      out.add(f[4 + 2 * i].replaceFirst("\\(.*\\)$", "").toLowerCase(Locale.ROOT));
    }
    int at = 4 + 2 * words;
    int count = Integer.parseInt(f[at]);
    List<Pointer> pointers = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      int p = at + 1 + 4 * i;
      pointers.add(new Pointer(f[p], Long.parseLong(f[p + 1]), partOf(f[p + 2]),
          Integer.parseInt(f[p + 3].substring(0, 2), 16), Integer.parseInt(f[p + 3].substring(2), 16)));
    }
    return new Synset(out, pointers, f[2].equals("s"));
  }

  private static String partOf(String symbol) {
    return switch (symbol) {
      case "n" -> "noun";
      case "v" -> "verb";
      case "a", "s" -> "adj";
      default -> "adv";
    };
  }

  /** The line of a sorted index file that starts with {@code key} and a space, by binary search; null if none. */
  private static String find(ByteBuffer file, String key) {
    byte[] wanted = key.replace(' ', '_').getBytes(StandardCharsets.US_ASCII);
    int lo = 0;
    int hi = file.limit();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      int start = mid;
      while (start > 0 && file.get(start - 1) != '\n') {
        start--;
      }
      int c = compare(file, start, wanted);
      if (c == 0) {
        return line(file, start);
      }
      if (c < 0) {
        int end = start;
        while (end < file.limit() && file.get(end) != '\n') {
          end++;
        }
        lo = end + 1;
      } else {
        hi = start;
      }
    }
    return null;
  }

  /** The line's first field against the key, byte by byte (the files are ASCII, sorted so). */
  private static int compare(ByteBuffer file, int start, byte[] key) {
    for (int i = 0; ; i++) {
      int at = start + i;
      byte b = at < file.limit() ? file.get(at) : (byte) ' ';
      boolean lineEnds = b == ' ' || b == '\n';
      if (i == key.length) {
        return lineEnds ? 0 : 1;
      }
      if (lineEnds) {
        return -1;
      }
      if (b != key[i]) {
        return Byte.compare(b, key[i]);
      }
    }
  }

  private static String line(ByteBuffer file, int start) {
    int end = start;
    while (end < file.limit() && file.get(end) != '\n') {
      end++;
    }
    byte[] bytes = new byte[end - start];
    file.get(start, bytes);
    return new String(bytes, StandardCharsets.ISO_8859_1);
  }

  private static ByteBuffer map(Path file) throws IOException {
    try (FileChannel channel = FileChannel.open(file)) {
      return channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size());
    }
  }

  /** An exception list ({@code verb.exc}): an irregular form and its base forms, "took take". */
  private static Map<String, List<String>> exceptions(Path file) throws IOException {
    Map<String, List<String>> out = new HashMap<>();
    if (Files.isRegularFile(file)) {
      for (String line : Files.readAllLines(file, StandardCharsets.ISO_8859_1)) {
        String[] f = line.strip().split(" ");
        if (f.length > 1) {
          out.put(f[0], List.of(f).subList(1, f.length));
        }
      }
    }
    return out;
  }
}
