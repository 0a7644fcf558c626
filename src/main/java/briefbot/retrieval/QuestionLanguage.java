package briefbot.retrieval;

import briefbot.corpus.LanguageDetector;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The language a question is written in: told by its function words, and where those tie, by the language whose
 * dictionaries know more of its other words. A short question shares its few function words with another language
 * ("Was macht Russland in Syrien?": *was* and *in* are English too), and a tie used to fall back to English, so the
 * question was searched, judged and answered as an English one; *macht*, *Russland* and *Syrien* are German words.
 */
final class QuestionLanguage {

  private static final Pattern WORD = Pattern.compile("[^\\p{L}]+");
  /** Shorter words are as often another language's function word or an abbreviation as a word of the topic. */
  private static final int MIN_LENGTH = 3;

  private final Translations translations;

  QuestionLanguage(Translations translations) {
    this.translations = translations;
  }

  /** The question's language, or {@code fallback} when neither its function words nor the dictionaries tell. */
  String of(String question, String fallback) {
    List<String> tied = LanguageDetector.questionLanguages(question);
    if (tied.size() == 1) {
      return tied.get(0);
    }
    String best = fallback;
    int top = 0;
    boolean shared = false;
    for (String language : tied) {
      int known = known(question, language);
      if (known > top) {
        best = language;
        top = known;
        shared = false;
      } else if (known == top && known > 0) {
        shared = true;
      }
    }
    return shared ? fallback : best;
  }

  /** How many of the question's words that do not tell a language a dictionary of {@code language} knows. */
  private int known(String question, String language) {
    int known = 0;
    for (String word : WORD.split(question)) {
      String lower = word.toLowerCase(Locale.ROOT);
      if (word.length() >= MIN_LENGTH && !LanguageDetector.toldBy(lower)
          && !translations.weighted(word, language).isEmpty()) {
        known++;
      }
    }
    return known;
  }
}
