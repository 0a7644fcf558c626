package briefbot.index.lucene;

import briefbot.index.Analyzers;
import briefbot.index.IndexFields;
import java.io.IOException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * The corpus's word nearest a question's word it does not hold, read by Lucene's spell checker from the words as
 * written in every language (the neutral field: lower-case and without accents, unstemmed), and given as the paragraphs
 * that hold it write it ("zurich": Zürich).
 */
final class NearestWord {

  /**
   * How alike the two must be (1 minus letters apart over the longer's length): one letter in five, so that "Moskow"
   * offers moscow, but a four-letter word (a name the corpus lacks, "Lima") offers no other word one letter apart.
   */
  private static final float ACCURACY = 0.8f;
  /** Shorter words are offered only a word they lack a letter of ({@link #lacksAnInnerLetter}). */
  private static final int SHORTEST = 5;
  /**
   * A four-letter word is offered only the five-letter word it lacks an inner letter of ("Japn": Japan), as a hand
   * typing fast drops one: too many other words are a letter away from it otherwise ("Lima": Lina, "Iran": Iraq), and
   * a letter added at its end is a plural or another form ("Lima": Limas) rather than a typo.
   */
  private static final int SHORTEST_LACKING_A_LETTER = 4;
  /** Paragraphs whose spelling of the word is read: enough that a sentence's capital first letter is outvoted. */
  private static final int READ = 8;
  private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}]*");

  private NearestWord() {}

  static Optional<String> of(IndexSearcher searcher, String word) throws IOException {
    Optional<String> nearest = term(searcher, word);
    return nearest.isPresent() ? Optional.of(writtenAs(searcher, nearest.get())) : Optional.empty();
  }

  /** The neutral field's term nearest the word, as {@link #of} finds it, before reading how paragraphs write it. */
  static Optional<String> term(IndexSearcher searcher, String word) throws IOException {
    List<String> terms = Analyzers.wordTerms(IndexFields.BODY_NEUTRAL, word);
    if (terms.isEmpty() || !Character.isLetter(terms.get(0).charAt(0))) {
      return Optional.empty();
    }
    String term = terms.get(0);
    int length = term.codePointCount(0, term.length());
    Optional<String> nearest = length >= SHORTEST ? nearest(checker(ACCURACY, maxEdits(length)),
        searcher.getIndexReader(), term) : length == SHORTEST_LACKING_A_LETTER ? lackingALetter(searcher, term)
        : Optional.empty();
    return nearest;
  }

  private static DirectSpellChecker checker(float accuracy, int maxEdits) {
    DirectSpellChecker checker = new DirectSpellChecker();
    checker.setMinQueryLength(SHORTEST_LACKING_A_LETTER);
    checker.setAccuracy(accuracy);
    checker.setMaxEdits(maxEdits);
    return checker;
  }

  /** The five-letter word a four-letter {@code term} lacks an inner letter of, if the corpus holds one. */
  private static Optional<String> lackingALetter(IndexSearcher searcher, String term) throws IOException {
    float oneOfFour = 1f - 1f / SHORTEST_LACKING_A_LETTER; // the checker's score of a word one letter from it
    for (SuggestWord suggested : checker(oneOfFour, 1).suggestSimilar(new Term(IndexFields.BODY_NEUTRAL, term), 5,
        searcher.getIndexReader(), SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX, oneOfFour)) {
      if (Character.isLetter(suggested.string.charAt(0)) && lacksAnInnerLetter(term, suggested.string)
          && LiveTerms.held(searcher.getIndexReader(), new Term(IndexFields.BODY_NEUTRAL, suggested.string))) {
        return Optional.of(suggested.string);
      }
    }
    return Optional.empty();
  }

  /** Whether {@code word} is {@code longer} without one letter that is neither its first nor its last. */
  static boolean lacksAnInnerLetter(String word, String longer) {
    if (longer.length() != word.length() + 1) {
      return false;
    }
    for (int at = 1; at < longer.length() - 1; at++) {
      if (word.equals(longer.substring(0, at) + longer.substring(at + 1))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The most letters apart a word of {@code length} can be from one that passes {@link #ACCURACY}: the checker scores
   * a word {@code edits} apart 1 - edits / the shorter's length, so under ten letters two apart never passes, and its
   * second search (the costly two-edit automaton, most of a refusal's time in the spell checker) finds nothing.
   */
  static int maxEdits(int length) {
    return 1f - 2f / length >= ACCURACY ? 2 : 1;
  }

  /** The checker's first suggestion that is a word, not a name's spelling key. */
  static Optional<String> nearest(DirectSpellChecker checker, IndexReader reader, String term) throws IOException {
    for (SuggestWord suggested : checker.suggestSimilar(new Term(IndexFields.BODY_NEUTRAL, term), 3, reader,
        SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX, ACCURACY)) {
      if (Character.isLetter(suggested.string.charAt(0))
          && LiveTerms.held(reader, new Term(IndexFields.BODY_NEUTRAL, suggested.string))) {
        return Optional.of(suggested.string);
      }
    }
    return Optional.empty();
  }

  /**
   * How the paragraphs holding a neutral field's {@code term} write it most often, case and accents as written ("Moscow",
   * "Zürich"); the term itself where none of them writes it as one word.
   */
  private static String writtenAs(IndexSearcher searcher, String term) throws IOException {
    Map<String, Integer> spellings = new HashMap<>();
    StoredFields stored = searcher.storedFields();
    for (ScoreDoc hit : searcher.search(new TermQuery(new Term(IndexFields.BODY_NEUTRAL, term)), READ).scoreDocs) {
      String text = stored.document(hit.doc, Set.of(IndexFields.TEXT)).get(IndexFields.TEXT);
      Matcher m = WORD.matcher(text == null ? "" : text);
      while (m.find()) {
        String written = m.group();
        if (Math.abs(written.length() - term.length()) <= 2 // folding changes a length by little ("ß": ss)
            && Analyzers.wordTerms(IndexFields.BODY_NEUTRAL, written).contains(term)) {
          spellings.merge(written, 1, Integer::sum);
        }
      }
    }
    // the most often written; of equals, the one in fewer capitals (a common word that also opens a sentence)
    return spellings.entrySet().stream()
        .max(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
            .thenComparing(e -> e.getKey().chars().filter(Character::isLowerCase).count()))
        .map(Map.Entry::getKey).orElse(term);
  }
}
