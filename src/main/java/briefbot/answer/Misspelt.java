package briefbot.answer;

import briefbot.retrieval.Retriever;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The refusal of a question the corpus may answer under another spelling: a word of it that no spelling dictionary
 * lists and no article writes, a letter or two from one they do ("Moskow": Moscow), is offered as the articles write
 * that word, in the question's language. The one place it is said, so that the command line, the web page, Slack and
 * Teams say it alike.
 */
final class Misspelt {

  private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}]*");

  private Misspelt() {}

  /**
   * The refusal, with "Did you mean …?" when one or more of the question's words are spelt unlike the corpus's and
   * unlike any of {@code words}' dictionaries.
   */
  static Answer.NoEvidence offered(Answer.NoEvidence refusal, Retriever retriever, Glossary words) {
    // without a dictionary of the question's language, names only: a common word the corpus lacks is seldom a typo,
    // and its neighbour a poor offer ("price": prime)
    boolean anyWord = words.spellsIn(refusal.language());
    Set<String> offered = new LinkedHashSet<>();
    Matcher m = WORD.matcher(refusal.question());
    while (m.find()) {
      String word = m.group();
      // a word a dictionary lists is spelt right though no article writes it ("Greece" where they write Greene)
      // the dictionaries are asked last: reading one costs up to 0.7 s of CPU, and most words have no near one
      if ((anyWord || Character.isUpperCase(word.codePointAt(0)))
          && !Retriever.isStopWord(word.toLowerCase(Locale.ROOT))) {
        retriever.spelledLike(word).filter(near -> !words.spells(word, refusal.language()))
            .ifPresent(near -> offered.add(casedAs(word, near)));
      }
    }
    if (offered.isEmpty()) {
      return refusal;
    }
    String offer = String.join(", ", offered);
    return new Answer.NoEvidence(refusal.question(),
        refusal.text() + " " + Answerer.messages(refusal.language()).get("didYouMean", offer), refusal.language(),
        refusal.reason(), refusal.timingsMs(), refusal.closest());
  }

  /**
   * The corpus's word as the user wrote theirs: in capitals for a word typed in capitals ("MOSKOW": MOSCOW), with a
   * capital where the user's has one and the corpus writes none (a question's first word), else as the corpus writes
   * it ("moskow": Moscow; "Zurick": Zürich).
   */
  static String casedAs(String typed, String written) {
    if (typed.length() > 1 && typed.equals(typed.toUpperCase(Locale.ROOT))) {
      return written.toUpperCase(Locale.ROOT);
    }
    return Character.isUpperCase(typed.codePointAt(0)) && written.equals(written.toLowerCase(Locale.ROOT))
        ? Character.toUpperCase(written.charAt(0)) + written.substring(1) : written;
  }
}
