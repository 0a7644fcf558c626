package briefbot.retrieval;

import briefbot.corpus.LanguageDetector;
import briefbot.index.Analyzers;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.lucene.analysis.CharArraySet;

/** The words that shape a question in the five languages but say nothing of its subject, with the stop words. */
final class QuestionWords {

  /** Words that shape a question but say nothing about its subject. */
  private static final Set<String> QUESTION_WORDS = Stream.of(
      "what", "who", "whom", "whose", "where", "when", "why", "how", "which", "many", "much", "did", "does", "do",
      "say", "said", "says", "tell", "told", "explain", "describe", "summarize", "summarise", "list", "give", "show",
      "according", "about", "there", "any", "anything", "happen", "happened", "latest", "news", "s", "t",
      "from", "during", "after", "before", "between", "against", "over", "under", "since", "until", "while", "also",
      "has", "have", "had", "having", "were", "been", "being", "am", "can", "could", "would", "should", "may", "might",
      "must", "shall", "its", "his", "her", "hers", "him", "he", "she", "we", "us", "our", "you", "your", "i", "me", "my",
      "them", "those", "some", "all", "more", "most", "other", "own", "same", "so", "than", "too", "very", "just",
      "only", "up", "down", "out", "off", "again", "further", "once", "here", "both", "each", "few", "nor", "now",
      "did", "doing", "done", "get", "got", "make", "made", "say", "said", "think", "know", "like", "way", "ever",
      "wat", "wie", "waar", "wanneer", "waarom", "hoe", "welke", "welk", "hoeveel", "zei", "zegt", "zeggen", "vertel",
      "beschrijf", "noem", "geef", "volgens", "over", "gebeurd", "gebeurde", "nieuws",
      "was", "wer", "wo", "wann", "warum", "wie", "welche", "sagte", "que", "qui", "où", "quand", "pourquoi",
      "comment", "combien", "dit", "qué", "quién", "dónde", "cuándo", "cómo", "cuántos", "dijo",
      // German and Spanish words that frame a question (the snowball stop lists lack them): "Wie nennt man...",
      // "Wann wurde...", "¿Según quién...?"
      "wurde", "wurden", "worden", "dass", "dafür", "davon", "darauf", "daran", "darüber", "dabei", "ab", "gibt",
      "gab", "nennt", "nennen", "genannt", "heißt", "hieß", "viele", "wieviel", "wieviele", "laut", "cuál", "cuáles",
      "cuántas", "cuánto", "cuánta", "quiénes", "según", "llama", "llamó", "llamado", "llamada",
      // modal verbs: "¿Qué pueden hacer...?" asks what they do; a dictionary reads "poder" as the noun "ability"
      "puede", "pueden", "podía", "podían", "podría", "podrían", "pudo", "pudieron", "debe", "deben", "debía",
      "kann", "können", "konnte", "konnten", "könnte", "könnten", "muss", "müssen", "musste", "mussten")
      .collect(Collectors.toUnmodifiableSet());
  private static final CharArraySet STOP = Analyzers.stopWords(QUESTION_WORDS);

  private QuestionWords() {}

  /** Whether a word is a stop word of any of the five languages or shapes a question. */
  static boolean isStopWord(String word) {
    return STOP.contains(word.toLowerCase(Locale.ROOT)) || STOP.contains(LanguageDetector.fold(word));
  }

  /**
   * Whether a word is a stop word of {@code language} itself or shapes a question: "war" and "die" are German stop
   * words, not English ones. Any language's for a language without a stop list of its own.
   */
  static boolean isStopWord(String word, String language) {
    CharArraySet own = Analyzers.stopWords(language);
    if (own == null) {
      return isStopWord(word);
    }
    String lower = word.toLowerCase(Locale.ROOT);
    String folded = LanguageDetector.fold(word);
    return QUESTION_WORDS.contains(lower) || QUESTION_WORDS.contains(folded) || own.contains(lower)
        || own.contains(folded);
  }
}
