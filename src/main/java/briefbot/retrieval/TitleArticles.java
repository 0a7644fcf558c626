package briefbot.retrieval;

import briefbot.retrieval.Retrieval.Concept;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a text writes a question's kept word that another language lists as a stop word as that language's article
 * of a title or name: capitalised, before a capitalised word no dictionary lists as a common word of the text's
 * language ("Schubert's lied Die Gestirne", "the magazine Der Spiegel"). There it is no English "die" or "war", and
 * "What year did Chopin die?" was answered, as sure, with the sentence about Schubert's song; "the War Office" and
 * "Die Hard" stay the English words.
 */
final class TitleArticles {

  /** A capitalised word and the word after it. */
  private static final Pattern BEFORE_WORD = Pattern.compile("\\b(\\p{Lu}\\p{Ll}*)[ \u00A0]+(\\p{Lu}[\\p{L}'’-]*)");

  private TitleArticles() {}

  /**
   * The text with each title's article that is one of the question's kept stop words ({@link #keptStopWord}) written
   * as spaces, or the text itself where there is none; {@code commonWord} tells a common word of the text's language.
   */
  static String blanked(String text, List<Concept> question, Predicate<String> commonWord) {
    if (question.stream().noneMatch(TitleArticles::keptStopWord)) {
      return text;
    }
    Matcher m = BEFORE_WORD.matcher(text);
    StringBuilder read = null;
    int from = 0;
    while (m.find(from)) {
      String article = m.group(1).toLowerCase(Locale.ROOT);
      if (question.stream().anyMatch(c -> keptStopWord(c) && c.word().equals(article))
          && !commonWord.test(m.group(2))) {
        read = read == null ? new StringBuilder(text) : read;
        read.replace(m.start(1), m.end(1), " ".repeat(m.end(1) - m.start(1)));
      }
      from = m.start(2); // the next word may be an article itself ("Die Die Hard")
    }
    return read == null ? text : read.toString();
  }

  /**
   * Whether a concept is a word its question wrote in lower case that some language lists as a stop word: only one
   * that is no stop word of the question's own language stays a concept ({@code Concepts}), so it is another's.
   */
  static boolean keptStopWord(Concept c) {
    return c.word().equals(c.word().toLowerCase(Locale.ROOT)) && QuestionWords.isStopWord(c.word());
  }
}
