package briefbot.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.store.ByteBuffersDataOutput;
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
    // reversed char by char (StringBuilder.reverse keeps surrogate pairs, which the lookups do not), and sorted in
    // the compiler's label order, which for labels that are chars is String's own
    List<String> reversed = new ArrayList<>(words.size());
    for (String word : words) {
      char[] chars = new char[word.length()];
      for (int i = 0; i < chars.length; i++) {
        chars[i] = word.charAt(chars.length - 1 - i);
      }
      reversed.add(new String(chars));
    }
    reversed.sort(null);
    FSTCompiler<Object> compiler = new FSTCompiler.Builder<>(FST.INPUT_TYPE.BYTE4, OUTPUTS).build();
    IntsRef labels = new IntsRef(new int[16], 0, 0);
    try {
      String last = null;
      for (String word : reversed) {
        if (!word.isEmpty() && !word.equals(last)) {
          if (labels.ints.length < word.length()) {
            labels.ints = new int[word.length()];
          }
          for (int i = 0; i < word.length(); i++) {
            labels.ints[i] = word.charAt(i);
          }
          labels.length = word.length();
          compiler.add(labels, OUTPUTS.getNoOutput());
        }
        last = word;
      }
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

  /** The bytes the set takes on the heap. */
  long bytes() {
    return fst == null ? 0 : fst.ramBytesUsed();
  }
}
