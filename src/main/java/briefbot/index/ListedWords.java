package briefbot.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.IntroSorter;
import org.apache.lucene.util.IntsRef;
import org.apache.lucene.util.fst.FST;
import org.apache.lucene.util.fst.FSTCompiler;
import org.apache.lucene.util.fst.NoOutputs;

/**
 * A read-only set of words held as a Lucene FST of their characters, last first: shared beginnings and endings make
 * a 400,000-word list one or two megabytes, where a {@code CharArraySet} of it held about twenty-five (a char array
 * and a slot a word). Read from the end, one walk finds every listed word a word ends in: a compound's heads.
 */
final class ListedWords {

  private static final NoOutputs OUTPUTS = NoOutputs.getSingleton();

  /** Null for no words: the compiler makes no FST of none. */
  private final FST<Object> fst;

  private ListedWords(FST<Object> fst) {
    this.fst = fst;
  }

  /** The set of {@code words} (any order, repeats allowed). */
  static ListedWords of(Collection<String> words) {
    Builder builder = new Builder();
    words.forEach(builder::add);
    return builder.build();
  }

  /**
   * Words added one at a time (any order, repeats allowed), each held reversed in one growing array of chars until the
   * set is built: a list of 413,000 Dutch words held as strings, and again reversed, took some 45 MB of heap at once,
   * which stopped a first run in a 100 MB heap (docs/cross-language.md); held so, about 13 MB (the chars, where each
   * word starts, the sort's order), and the first run passes in 80 MB.
   */
  static final class Builder {

    /** The words' chars, each word reversed, one after another. */
    private char[] chars = new char[1 << 16];
    /** Word {@code i} is {@code chars[starts[i], starts[i + 1])}. */
    private int[] starts = new int[1 << 12];
    private int count;

    /** Adds a word (reversed char by char: StringBuilder.reverse keeps surrogate pairs, which the lookups do not). */
    void add(String word) {
      if (word.isEmpty()) {
        return;
      }
      int at = starts[count];
      chars = ArrayUtil.grow(chars, at + word.length());
      for (int i = word.length() - 1; i >= 0; i--) {
        chars[at++] = word.charAt(i);
      }
      starts = ArrayUtil.grow(starts, count + 2);
      starts[++count] = at;
    }

    /** The set of the words added. */
    ListedWords build() {
      int[] order = new int[count];
      for (int i = 0; i < count; i++) {
        order[i] = i;
      }
      // in the compiler's label order, which for labels that are chars is String's own
      new IntroSorter() {
        private int pivot;

        @Override
        protected void setPivot(int i) {
          pivot = order[i];
        }

        @Override
        protected int comparePivot(int j) {
          return compareWords(pivot, order[j]);
        }

        @Override
        protected int compare(int i, int j) {
          return compareWords(order[i], order[j]);
        }

        @Override
        protected void swap(int i, int j) {
          int t = order[i];
          order[i] = order[j];
          order[j] = t;
        }
      }.sort(0, count);
      FSTCompiler<Object> compiler = new FSTCompiler.Builder<>(FST.INPUT_TYPE.BYTE4, OUTPUTS).build();
      IntsRef labels = new IntsRef(new int[16], 0, 0);
      try {
        for (int n = 0; n < count; n++) {
          int word = order[n];
          if (n > 0 && compareWords(order[n - 1], word) == 0) {
            continue;
          }
          int length = starts[word + 1] - starts[word];
          if (labels.ints.length < length) {
            labels.ints = new int[length];
          }
          for (int i = 0; i < length; i++) {
            labels.ints[i] = chars[starts[word] + i];
          }
          labels.length = length;
          compiler.add(labels, OUTPUTS.getNoOutput());
        }
        chars = null;
        starts = null;
        FST.FSTMetadata<Object> metadata = compiler.compile();
        if (metadata == null) {
          return new ListedWords(null);
        }
        // read back as one array: the compiler's own store reads a byte through its blocks' buffers, which made
        // ingest's split a third slower than a lookup in an array
        ByteBuffersDataOutput bytes = new ByteBuffersDataOutput();
        compiler.getFSTReader().writeTo(bytes);
        return new ListedWords(new FST<>(metadata, bytes.toDataInput()));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot build a word list", e); // on the heap: never thrown
      }
    }

    private int compareWords(int a, int b) {
      return Arrays.compare(chars, starts[a], starts[a + 1], chars, starts[b], starts[b + 1]);
    }
  }

  /** Whether {@code text[start, end)} is a listed word. */
  boolean contains(char[] text, int start, int end) {
    return end > start && walk(text, start, end, null);
  }

  /**
   * Which ends of {@code text[start, end)} are listed words: element {@code i} is whether {@code text[start + i, end)}
   * is one. One walk for all of them, where a lookup each would walk the shared ending again and again.
   */
  boolean[] endings(char[] text, int start, int end) {
    boolean[] out = new boolean[Math.max(0, end - start)];
    walk(text, start, end, out);
    return out;
  }

  /**
   * Walks {@code text[start, end)} from its last letter, noting in {@code finals} (when given) which ends are listed
   * words; whether the whole of it is one.
   */
  private boolean walk(char[] text, int start, int end, boolean[] finals) {
    if (fst == null) {
      return false;
    }
    FST.BytesReader in = fst.getBytesReader();
    FST.Arc<Object> arc = fst.getFirstArc(new FST.Arc<>());
    try {
      for (int i = end - 1; i >= start; i--) {
        if (fst.findTargetArc(text[i], arc, arc, in) == null) {
          return false;
        }
        if (finals != null) {
          finals[i - start] = arc.isFinal();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read a word list", e); // on the heap: never thrown
    }
    return arc.isFinal();
  }

  /** Writes the set to {@code file}, which {@link #read} reads back: a fraction of building it again (docs/benchmarks.md). */
  void save(Path file) throws IOException {
    if (fst == null) {
      throw new IOException("an empty word list is not saved"); // the compiler makes no FST of none
    }
    fst.save(file);
  }

  /** The set {@link #save} wrote to {@code file}, read whole onto the heap as a built one is held. */
  static ListedWords read(Path file) throws IOException {
    return new ListedWords(FST.read(file, OUTPUTS));
  }

  /** The bytes the set takes on the heap. */
  long bytes() {
    return fst == null ? 0 : fst.ramBytesUsed();
  }
}
