package briefbot.retrieval;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.IntsRefBuilder;
import org.apache.lucene.util.fst.ByteSequenceOutputs;
import org.apache.lucene.util.fst.FST;
import org.apache.lucene.util.fst.FSTCompiler;
import org.apache.lucene.util.fst.Util;

/**
 * A compact, read-only map from a word of one language to its weighted translations into another: a Lucene FST
 * (shared prefixes and suffixes, microsecond lookups), saved to and loaded from one file.
 */
final class TermTable {

  /**
   * Which key a lookup uses: the word as written (lower-cased) or its stem in the source language's analyser; or a
   * word's parts of speech (from and to the same language), each share of its senses as a "translation" v, n, a, o.
   */
  enum Key { WORD, STEM, POS }

  /** A translation and how far it can be trusted, from 1 (the one sense, confirmed both ways) down. */
  record Translation(String text, double weight) {}

  private static final ByteSequenceOutputs OUTPUTS = ByteSequenceOutputs.getSingleton();
  private static final int WEIGHT_STEPS = 100;

  private final FST<BytesRef> fst;

  private TermTable(FST<BytesRef> fst) {
    this.fst = fst;
  }

  /** The translations of a key from one language into another, best first; none when the table lacks it. */
  List<Translation> get(String from, String to, Key kind, String key) {
    BytesRef value;
    try {
      value = Util.get(fst, new BytesRef(key(from, to, kind, key)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return value == null ? List.of() : decode(value);
  }

  long bytes() {
    return fst.numBytes();
  }

  void save(Path file) throws IOException {
    fst.save(file);
  }

  static TermTable load(Path file) throws IOException {
    return new TermTable(FST.read(file, OUTPUTS));
  }

  /**
   * Builds a table from keys added in byte order, each with its translations best first: nothing is held but the
   * table itself, so a caller can stream its keys (from the FST compiler: the same keys give the same bytes).
   */
  static final class Builder {

    private final FSTCompiler<BytesRef> compiler = new FSTCompiler.Builder<>(FST.INPUT_TYPE.BYTE1, OUTPUTS).build();
    private final IntsRefBuilder scratch = new IntsRefBuilder();

    /** A key and its translations as {@link #encode} wrote them. */
    void add(byte[] key, byte[] translations) throws IOException {
      compiler.add(Util.toIntsRef(new BytesRef(key), scratch), new BytesRef(translations));
    }

    TermTable build() throws IOException {
      return new TermTable(FST.fromFSTReader(compiler.compile(), compiler.getFSTReader()));
    }
  }

  /** The bytes a key is stored under: "en>de" then the kind's mark then the word. */
  static byte[] key(String from, String to, Key kind, String word) {
    return (from + ">" + to + (switch (kind) {
      case WORD -> ":";
      case STEM -> "~";
      case POS -> "#";
    }) + word).getBytes(StandardCharsets.UTF_8);
  }

  /** Each translation as its weight in hundredths (one byte), its UTF-8 text and a zero byte. */
  static byte[] encode(List<Translation> translations) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Translation t : translations) {
      out.write((int) Math.max(1, Math.min(WEIGHT_STEPS, Math.round(t.weight() * WEIGHT_STEPS))));
      out.writeBytes(t.text().getBytes(StandardCharsets.UTF_8));
      out.write(0);
    }
    return out.toByteArray();
  }

  private static List<Translation> decode(BytesRef value) {
    List<Translation> out = new ArrayList<>();
    int i = value.offset;
    int end = value.offset + value.length;
    while (i < end) {
      double weight = (value.bytes[i++] & 0xff) / (double) WEIGHT_STEPS;
      int start = i;
      while (i < end && value.bytes[i] != 0) {
        i++;
      }
      out.add(new Translation(new String(value.bytes, start, i - start, StandardCharsets.UTF_8), weight));
      i++;
    }
    return out;
  }
}
