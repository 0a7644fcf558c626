package briefbot.index.lucene;

import briefbot.index.Analyzers;
import briefbot.index.IndexFields;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * The corpus's word nearest a question's word it does not hold, read by Lucene's spell checker from the words as
 * written in every language (the neutral field: lower-case and without accents, unstemmed).
 */
final class NearestWord {

  /**
   * How alike the two must be (1 minus letters apart over the longer's length): one letter in five, so that "Moskow"
   * offers moscow, but a four-letter word (a name the corpus lacks, "Lima") offers no other word one letter apart.
   */
  private static final float ACCURACY = 0.8f;
  /** Shorter words are left alone: too many other words are a letter away. */
  private static final int SHORTEST = 5;

  private NearestWord() {}

  static Optional<String> of(IndexReader reader, String word) throws IOException {
    List<String> terms = Analyzers.wordTerms(IndexFields.BODY_NEUTRAL, word);
    if (terms.isEmpty() || terms.get(0).length() < SHORTEST || !Character.isLetter(terms.get(0).charAt(0))) {
      return Optional.empty();
    }
    DirectSpellChecker checker = new DirectSpellChecker();
    checker.setMinQueryLength(SHORTEST);
    checker.setAccuracy(ACCURACY);
    for (SuggestWord suggested : checker.suggestSimilar(new Term(IndexFields.BODY_NEUTRAL, terms.get(0)), 3, reader,
        SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX, ACCURACY)) {
      if (Character.isLetter(suggested.string.charAt(0))) { // not a name's spelling key
        return Optional.of(suggested.string);
      }
    }
    return Optional.empty();
  }
}
