package briefbot.index;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.util.Locale;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Adds, after each capitalised word, a spelling key that the ways languages transliterate a name share: Dutch
 * "Poetin", "Isjiba", "Sjoigoe", German "Selenskyj", "Jelzin" and English "Putin", "Ishiba", "Shoigu", "Zelensky",
 * "Yeltsin" meet on {@code ~putin}, {@code ~isiba}..., Greek names' "th" as Spanish and Italian write them ("Thomas",
 * "Tomás"; "Thessalonica", "Tesalónica") on {@code ~tomas}... (the key is a match, not a pronunciation). Runs before
 * lower-casing, which would hide the capital.
 */
final class NameKeyFilter extends TokenFilter {

  /** Keys start with this, which the tokenizer never leaves in a word: a key never equals a written word. */
  static final String MARK = "~";
  private static final int MIN_LENGTH = 3;

  /** Spellings of one sound, longest first, each to one placeholder letter (upper case: the key is lower case). */
  private static final String[][] SOUNDS = {
      {"tsch", "C"}, {"tsj", "C"}, {"tch", "C"}, {"sch", "S"}, {"sj", "S"}, {"sh", "S"}, {"ch", "C"}, {"zj", "Z"},
      {"zh", "Z"}, {"oe", "u"}, {"ou", "u"}, {"ph", "f"}, {"ck", "k"}, {"ts", "z"}, {"th", "t"}, {"w", "v"},
      {"j", "i"}, {"y", "i"}};

  /**
   * Marked keys of the capitalised words seen, since the same names and sentence openers recur in paragraph after
   * paragraph (making each key anew was a seventh of analysing the neutral field at ingest); the commonest kept.
   */
  private static final Cache<String, String> KEYS = Caffeine.newBuilder().maximumSize(50_000).build();

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
  private State pending;
  private String pendingKey;

  NameKeyFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (pending != null) {
      restoreState(pending);
      pending = null;
      term.setEmpty().append(pendingKey);
      increment.setPositionIncrement(0);
      return true;
    }
    if (!input.incrementToken()) {
      return false;
    }
    if (term.length() >= MIN_LENGTH && Character.isUpperCase(term.charAt(0)) && Character.isLetter(term.charAt(1))) {
      pendingKey = KEYS.get(term.toString(), name -> MARK + key(name));
      pending = captureState();
    }
    return true;
  }

  /** The spelling key of a name: folded, lower-cased, its sounds' spellings merged, doubled letters single. */
  static String key(String name) {
    char[] in = name.toLowerCase(Locale.ROOT).toCharArray();
    char[] folded = new char[in.length * 4];
    int length = ASCIIFoldingFilter.foldToASCII(in, 0, folded, 0, in.length);
    String s = new String(folded, 0, length);
    for (String[] sound : SOUNDS) {
      s = s.replace(sound[0], sound[1]);
    }
    if (s.startsWith("s")) {
      s = "z" + s.substring(1); // German "Selenskyj" for "Zelensky"
    }
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (out.isEmpty() || out.charAt(out.length() - 1) != c) {
        out.append(c);
      }
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    pending = null;
  }
}
