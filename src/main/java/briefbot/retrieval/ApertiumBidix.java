package briefbot.retrieval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads Apertium's bilingual dictionaries as lttoolbox compiles them ({@code spa-eng.autobil.bin} in Debian's
 * {@code apertium-eng-spa}): each lemma's translations, with the part of speech of its first tag, as dictionary
 * entries.
 */
final class ApertiumBidix {

  private static final Pattern FILE = Pattern.compile("([a-z]{3})-([a-z]{3})\\.autobil\\.bin");
  private static final byte[] MAGIC = "LTTB".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] TRANSDUCER_MAGIC = "LTTD".getBytes(StandardCharsets.US_ASCII);
  private static final long WEIGHTS = 1;
  /** Lemmas are short: a path this long without a tag is a loop of the transducer, not a word. */
  private static final int MAX_DEPTH = 64;

  /** One compiled dictionary: translations from {@code from} into {@code to}. */
  record Source(String from, String to, Path file) {}

  private ApertiumBidix() {}

  /** The dictionaries between two languages the index analyses, in a folder's package folders; none when missing. */
  static List<Source> find(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    List<Source> out = new ArrayList<>();
    try (Stream<Path> files = Files.walk(folder, 2)) {
      for (Path file : files.sorted().toList()) {
        Matcher m = FILE.matcher(file.getFileName().toString());
        if (m.matches() && FreeDict.CODES.containsKey(m.group(1)) && FreeDict.CODES.containsKey(m.group(2))) {
          out.add(new Source(FreeDict.CODES.get(m.group(1)), FreeDict.CODES.get(m.group(2)), file));
        }
      }
    }
    return out;
  }

  /** Every lemma of a dictionary with its translations, one sense each. */
  static void read(Source source, Consumer<FreeDict.Entry> sink) throws IOException {
    Transducer main = Transducer.read(Files.readAllBytes(source.file()), source.file());
    Map<String, Map<String, Integer>> lemmas = new LinkedHashMap<>();
    main.walk(main.initial, new StringBuilder(), new StringBuilder(), 0, 0, new HashSet<>(), 0,
        (from, to, pos) -> lemmas.computeIfAbsent(from, k -> new LinkedHashMap<>()).merge(to, pos, (a, b) -> a | b));
    lemmas.forEach((lemma, translations) -> {
      int pos = translations.values().stream().reduce(0, (a, b) -> a | b);
      List<List<FreeDict.Term>> senses = new ArrayList<>();
      translations.forEach((t, p) -> senses.add(List.of(new FreeDict.Term(t, p))));
      sink.accept(new FreeDict.Entry(lemma, pos, List.copyOf(senses)));
    });
  }

  /** A pair of a lemma and its translation, with the part of speech of the lemma's first tag. */
  private interface PairSink {
    void accept(String from, String to, int pos);
  }

  /**
   * The first section of a compiled file (the dictionary itself; later ones hold regular expressions for numbers
   * and such): symbol pairs by index, and per state its transitions as (symbol pair, target) pairs.
   */
  private record Transducer(List<String> tags, int[][] symbols, int initial, int[][] transitions) {

    /** A character's code, a tag as minus its index plus one, or 0 for nothing. */
    private static final int EPSILON = 0;

    static Transducer read(byte[] bytes, Path file) throws IOException {
      Reader in = new Reader(bytes);
      if (!in.startsWith(MAGIC)) {
        throw new IOException(file + " is no lttoolbox transducer");
      }
      in.skip(MAGIC.length + Long.BYTES);
      in.string(); // the letters of the language, which a dictionary lookup does not need
      int tagCount = in.number();
      List<String> tags = new ArrayList<>(tagCount);
      for (int i = 0; i < tagCount; i++) {
        tags.add(in.string());
      }
      int[][] symbols = new int[in.number()][];
      for (int i = 0; i < symbols.length; i++) {
        symbols[i] = new int[] {in.number() - tagCount, in.number() - tagCount};
      }
      if (in.number() == 0) {
        throw new IOException(file + " holds no transducer");
      }
      in.string(); // the section's name ("main@standard")
      boolean weighted = false;
      if (in.startsWith(TRANSDUCER_MAGIC)) {
        in.skip(TRANSDUCER_MAGIC.length);
        weighted = (in.littleEndianLong() & WEIGHTS) != 0;
      }
      int initial = in.number();
      int finals = in.number();
      for (int i = 0; i < finals; i++) {
        in.number();
        if (weighted) {
          in.weight();
        }
      }
      int states = in.number();
      int[][] transitions = new int[states][];
      for (int state = 0; state < states; state++) {
        int count = in.number();
        int[] out = new int[2 * count];
        int symbol = 0;
        for (int t = 0; t < count; t++) {
          symbol += in.number();
          out[2 * t] = symbol;
          out[2 * t + 1] = (state + in.number()) % states;
          if (weighted) {
            in.weight();
          }
        }
        transitions[state] = out;
      }
      return new Transducer(List.copyOf(tags), symbols, initial, transitions);
    }

    /**
     * Every path from a state until both sides have reached their first tag, which ends the lemma; a path that
     * starts with a digit is a number's pattern, not a word.
     */
    void walk(int state, StringBuilder from, StringBuilder to, int fromTag, int toTag, Set<Integer> onPath,
        int depth, PairSink sink) {
      if (fromTag != 0 && toTag != 0) {
        String f = from.toString().strip();
        String t = to.toString().strip();
        // a name the other language writes alike ("Madrid") needs no translation
        if (!f.isEmpty() && !t.isEmpty() && f.indexOf('#') < 0 && t.indexOf('#') < 0
            && !(tags.get(-fromTag - 1).equals("np") && f.equals(t))) {
          sink.accept(f, t, partOfSpeech(fromTag));
        }
        return;
      }
      if (depth > MAX_DEPTH || !onPath.add(state)) {
        return;
      }
      int[] out = transitions[state];
      for (int i = 0; i < out.length; i += 2) {
        int[] pair = symbols[out[i]];
        if (fromTag == 0 && from.isEmpty() && pair[0] > 0 && Character.isDigit(pair[0])) {
          continue;
        }
        int fromLength = from.length();
        int toLength = to.length();
        int nextFromTag = fromTag == 0 ? step(pair[0], from) : fromTag;
        int nextToTag = toTag == 0 ? step(pair[1], to) : toTag;
        walk(out[i + 1], from, to, nextFromTag, nextToTag, onPath, depth + 1, sink);
        from.setLength(fromLength);
        to.setLength(toLength);
      }
      onPath.remove(state);
    }

    /** Adds a character to a side's lemma; a tag ends it (returned as its symbol), nothing leaves it as it was. */
    private static int step(int symbol, StringBuilder side) {
      if (symbol > EPSILON) {
        side.appendCodePoint(symbol);
        return 0;
      }
      return symbol;
    }

    private int partOfSpeech(int tag) {
      return PartOfSpeech.of(List.of(switch (tags.get(-tag - 1)) {
        case "vblex", "vbser", "vbhaver", "vbmod", "vaux" -> "v";
        case "n", "np" -> "n";
        case "adj" -> "adj";
        default -> "adv";
      }));
    }
  }

  /** lttoolbox's compressed numbers: the top two bits of the first byte say how many bytes follow. */
  private static final class Reader {

    private final byte[] bytes;
    private int at;

    Reader(byte[] bytes) {
      this.bytes = bytes;
    }

    boolean startsWith(byte[] magic) {
      if (at + magic.length > bytes.length) {
        return false;
      }
      for (int i = 0; i < magic.length; i++) {
        if (bytes[at + i] != magic[i]) {
          return false;
        }
      }
      return true;
    }

    void skip(int n) {
      at += n;
    }

    long littleEndianLong() {
      long v = 0;
      for (int i = 0; i < Long.BYTES; i++) {
        v |= (long) (bytes[at + i] & 0xff) << (8 * i);
      }
      at += Long.BYTES;
      return v;
    }

    int number() throws IOException {
      if (at >= bytes.length) {
        throw new IOException("the transducer ends early");
      }
      int first = bytes[at++] & 0xff;
      int more = first >>> 6;
      int v = first & 0x3f;
      for (int i = 0; i < more; i++) {
        v = (v << 8) | (bytes[at++] & 0xff);
      }
      return v;
    }

    String string() throws IOException {
      int n = number();
      StringBuilder out = new StringBuilder(n);
      for (int i = 0; i < n; i++) {
        out.appendCodePoint(number());
      }
      return out.toString();
    }

    /** A weight (mantissa and exponent, each in one or two numbers), read past: a dictionary lookup ignores it. */
    void weight() throws IOException {
      for (int part = 0; part < 2; part++) {
        if (number() >= 0x04000000) {
          number();
        }
      }
    }
  }
}
