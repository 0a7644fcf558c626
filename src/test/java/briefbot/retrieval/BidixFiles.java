package briefbot.retrieval;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a small bilingual dictionary as lttoolbox compiles Apertium's ({@code spa-eng.autobil.bin}): one path per
 * entry, the two lemmas letter by letter, then the entry's tag on both sides.
 */
final class BidixFiles {

  /** An entry: a lemma, its translation, the tag that follows both ("n", "vblex", "np"). */
  record Pair(String from, String to, String tag) {}

  private BidixFiles() {}

  static void write(Path file, List<Pair> entries) throws IOException {
    List<String> tags = entries.stream().map(Pair::tag).distinct().toList();
    Map<List<Integer>, Integer> symbols = new LinkedHashMap<>();
    symbols.put(List.of(0, 0), 0);
    List<int[]> transitions = new ArrayList<>(); // from, symbol, to
    int states = 1;
    List<Integer> finals = new ArrayList<>();
    for (Pair e : entries) {
      int[] from = e.from().codePoints().toArray();
      int[] to = e.to().codePoints().toArray();
      int tag = -(tags.indexOf(e.tag()) + 1);
      int state = 0;
      for (int i = 0; i <= Math.max(from.length, to.length); i++) {
        int a = i < from.length ? from[i] : i == Math.max(from.length, to.length) ? tag : 0;
        int b = i < to.length ? to[i] : i == Math.max(from.length, to.length) ? tag : 0;
        int symbol = symbols.computeIfAbsent(List.of(a, b), k -> symbols.size());
        transitions.add(new int[] {state, symbol, states});
        state = states++;
      }
      finals.add(state);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes("LTTB".getBytes(StandardCharsets.US_ASCII));
    out.writeBytes(new byte[Long.BYTES]);
    string(out, "");
    number(out, tags.size());
    tags.forEach(t -> string(out, t));
    number(out, symbols.size());
    symbols.keySet().forEach(p -> {
      number(out, p.get(0) + tags.size());
      number(out, p.get(1) + tags.size());
    });
    number(out, 1);
    string(out, "main@standard");
    number(out, 0);
    number(out, finals.size());
    int base = 0;
    for (int f : finals) {
      number(out, f - base);
      base = f;
    }
    number(out, states);
    for (int s = 0; s < states; s++) {
      int state = s;
      List<int[]> own = transitions.stream().filter(t -> t[0] == state)
          .sorted((x, y) -> Integer.compare(x[1], y[1])).toList();
      number(out, own.size());
      int symbolBase = 0;
      for (int[] t : own) {
        number(out, t[1] - symbolBase);
        symbolBase = t[1];
        number(out, t[2] >= s ? t[2] - s : t[2] + states - s);
      }
    }
    Files.createDirectories(file.getParent());
    Files.write(file, out.toByteArray());
  }

  private static void string(ByteArrayOutputStream out, String s) {
    int[] points = s.codePoints().toArray();
    number(out, points.length);
    for (int p : points) {
      number(out, p);
    }
  }

  /** lttoolbox's compressed number: one to four bytes, the count in the first byte's top two bits. */
  private static void number(ByteArrayOutputStream out, int v) {
    int bytes = v < 0x40 ? 1 : v < 0x4000 ? 2 : v < 0x400000 ? 3 : 4;
    for (int i = bytes - 1; i >= 0; i--) {
      int b = (v >>> (8 * i)) & 0xff;
      out.write(i == bytes - 1 ? b | ((bytes - 1) << 6) : b);
    }
  }
}
