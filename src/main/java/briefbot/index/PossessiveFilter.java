package briefbot.index;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Drops a word's possessive "'s" ("McDonald's", "Dior’s") in every language: the German, Spanish and Dutch analysers
 * keep it, so a Spanish paragraph's "McDonald's" never met a question's "McDonald". A number keeps it: "1980's" is a
 * decade ({@link Quantities}).
 */
final class PossessiveFilter extends TokenFilter {

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

  PossessiveFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    int n = term.length();
    if (n > 3 && Character.isLetter(term.charAt(0)) && (term.charAt(n - 1) == 's' || term.charAt(n - 1) == 'S')
        && isApostrophe(term.charAt(n - 2)) && Character.isLetter(term.charAt(n - 3))) {
      term.setLength(n - 2);
    }
    return true;
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019' || c == '\uFF07';
  }
}
