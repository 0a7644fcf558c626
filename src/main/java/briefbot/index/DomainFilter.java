package briefbot.index;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Adds, after a web address the tokenizer keeps whole ("meetup.com", "www.bbc.co.uk"), the names it holds at the same
 * position ("meetup", "bbc"): a paragraph that names a firm only by its address still mentions it. Abbreviations with
 * a dot ("z.B", "U.S") have labels too short to be one.
 */
final class DomainFilter extends TokenFilter {

  /**
   * Labels of two letters or more, the last (the top-level domain) of two to six lower-case letters: "aus.Der" is a
   * sentence that lost its space after the full stop, no address.
   */
  private static final Pattern ADDRESS = Pattern.compile("(?:[\\p{L}\\p{N}-]{2,}\\.)+[a-z]{2,6}");
  /** The shortest label kept as a name: "co" of "co.uk" is none. */
  private static final int NAME_LENGTH = 3;

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
  private final Matcher matcher = ADDRESS.matcher("");
  private final Deque<String> names = new ArrayDeque<>();
  private State address;

  DomainFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!names.isEmpty()) {
      restoreState(address);
      term.setEmpty().append(names.poll());
      increment.setPositionIncrement(0);
      return true;
    }
    if (!input.incrementToken()) {
      return false;
    }
    // one matcher reused: a word without a dot fails at its first non-letter or its end, allocating nothing
    if (term.length() > 4 && matcher.reset(term).matches()) {
      String[] labels = term.toString().split("\\.");
      for (int i = 0; i < labels.length - 1; i++) {
        if (labels[i].length() >= NAME_LENGTH && !labels[i].equalsIgnoreCase("www")) {
          names.add(labels[i]);
        }
      }
      address = captureState();
    }
    return true;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    names.clear();
    address = null;
  }
}
