package briefbot.answer;

import briefbot.corpus.LanguageDetector;
import java.util.List;

/** A claim part's done words and the language they are read in. */
record Deed(List<String> words, String language) {

  static final Deed NONE = new Deed(List.of(), "en");

  /**
   * The words of a claim's part that state a deed as done ("have helped", "retook"), read once per part; none when the
   * part gives a purpose itself ("sent troops to help"), which says no more than a source's purpose.
   */
  static Deed of(String part) {
    List<Names.Token> mine = Names.tokens(part).stream().filter(Names.Token::word).toList();
    String language = LanguageDetector.detect(part, "en");
    return new Deed(Purpose.opening(mine) >= 0 ? List.of() : Purpose.done(mine, language), language);
  }

  /**
   * Whether the claim's part states as done what the source clause gives only as a purpose ("sent troops to help
   * Moscow", "om Moskou te helpen"): a word of the deed is covered by the clause's purpose and not by what comes
   * before it.
   */
  boolean purposeOnly(String clause, Stance.Covers covers) {
    if (words.isEmpty()) {
      return false;
    }
    List<Names.Token> theirs = Names.tokens(clause).stream().filter(Names.Token::word).toList();
    int at = Purpose.opening(theirs);
    if (at < 0) {
      return false;
    }
    String purpose = Purpose.text(theirs, at, Purpose.closing(theirs, at));
    String before = Purpose.text(theirs, 0, at);
    return words.stream().anyMatch(w -> said(w, language, clause, purpose, covers)
        && !said(w, language, clause, before, covers));
  }

  /**
   * Whether {@code text} covers a claim's word, or, for a participle of a language other than English, its verb's
   * infinitive: the stems of "gesteund" and "steunen" differ.
   */
  private static boolean said(String word, String language, String clause, String text, Stance.Covers covers) {
    return covers.covers(word, clause, text) || !language.equals("en")
        && Words.lemmas(LanguageDetector.fold(word), language).stream().anyMatch(l -> covers.covers(l, clause, text));
  }
}
