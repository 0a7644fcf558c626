package briefbot.answer;

import briefbot.retrieval.Retriever;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The refusal of a question the corpus may answer under another spelling: a capitalised word of it (a name) that no
 * article writes, a letter or two from one they do ("Moskow": Moscow), is offered as that word, in the question's language. The one
 * place it is said, so that the command line, the web page, Slack and Teams say it alike.
 */
final class Misspelt {

  private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}]*");

  private Misspelt() {}

  /** The refusal, with "Did you mean …?" when one or more of the question's words are spelt unlike the corpus's. */
  static Answer.NoEvidence offered(Answer.NoEvidence refusal, Retriever retriever) {
    Set<String> offered = new LinkedHashSet<>();
    Matcher m = WORD.matcher(refusal.question());
    while (m.find()) {
      String word = m.group();
      // names only: a common word the corpus lacks is seldom a typo, and its neighbour a poor offer ("price": prime)
      if (Character.isUpperCase(word.codePointAt(0)) && !Retriever.isStopWord(word.toLowerCase(Locale.ROOT))) {
        retriever.spelledLike(word).ifPresent(near -> offered.add(casedAs(word, near)));
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

  /** The corpus's lower-case word written as the user wrote theirs: "Moskow" offers Moscow, "MOSKOW" MOSCOW. */
  static String casedAs(String typed, String word) {
    if (typed.length() > 1 && typed.equals(typed.toUpperCase(Locale.ROOT))) {
      return word.toUpperCase(Locale.ROOT);
    }
    return Character.isUpperCase(typed.charAt(0)) ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word;
  }
}
