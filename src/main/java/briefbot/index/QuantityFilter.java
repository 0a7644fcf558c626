package briefbot.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.util.AttributeSource;

/**
 * Adds the canonical term of each number and month (see {@link Quantities}) after the first token that writes it,
 * at the same position and spanning the offsets of all its tokens (an index requires start offsets in order); the
 * tokens themselves stay. Reads a text's tokens first, since a number
 * can take several ("ten thousand", "1,5 miljard"): the neutral field's texts are paragraphs and questions.
 */
final class QuantityFilter extends TokenFilter {

  /** The type of an added term, so that callers can tell a number or month from the words of the text. */
  static final String TYPE = "<QUANTITY>";

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
  private final TypeAttribute type = addAttribute(TypeAttribute.class);

  private final List<AttributeSource.State> states = new ArrayList<>();
  private final List<String> texts = new ArrayList<>();
  /** Per token, its end offset; per written word, its token: kept between texts, as every paragraph is read. */
  private int[] ends = new int[64];
  private int[] words = new int[64];
  /** Per token, the canonical term to add after it, or null. */
  private String[] added;
  private int[] addedEnd;
  private int next;
  private boolean addPending;

  QuantityFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (added == null) {
      read();
    }
    if (addPending) {
      addPending = false;
      int i = next - 1;
      restoreState(states.get(i));
      int start = offset.startOffset();
      term.setEmpty().append(added[i]);
      offset.setOffset(start, addedEnd[i]);
      increment.setPositionIncrement(0);
      type.setType(TYPE);
      return true;
    }
    if (next >= states.size()) {
      return false;
    }
    restoreState(states.get(next));
    addPending = added[next] != null;
    next++;
    return true;
  }

  private void read() throws IOException {
    boolean any = false;
    BitSet isWord = new BitSet(); // the written words, without the name keys added beside them
    while (input.incrementToken()) {
      String t = term.toString();
      any = any || Quantities.candidate(t); // once one is found, the rest need not be asked
      int token = states.size();
      if (!t.startsWith(NameKeyFilter.MARK)) {
        isWord.set(token);
        words = room(words, texts.size());
        words[texts.size()] = token;
        texts.add(t);
      }
      states.add(captureState());
      ends = room(ends, token);
      ends[token] = offset.endOffset();
    }
    added = new String[states.size()];
    addedEnd = new int[states.size()];
    if (!any) {
      return;
    }
    for (Quantities.Found f : Quantities.find(texts)) {
      if (f.first() == f.last() && f.term().equals(texts.get(f.first()))) {
        continue; // "2024" is already its own canonical term
      }
      int first = words[f.first()];
      int at = first + 1 < states.size() && texts.size() < states.size() && !isWord.get(first + 1)
          ? first + 1 : first; // after the first word's name key, which stays next to its word
      added[at] = f.term();
      addedEnd[at] = ends[words[f.last()]];
    }
  }

  private static int[] room(int[] array, int index) {
    return index < array.length ? array : Arrays.copyOf(array, Math.max(index + 1, 2 * array.length));
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    states.clear();
    texts.clear();
    added = null;
    next = 0;
    addPending = false;
  }
}
