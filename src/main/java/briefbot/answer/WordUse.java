package briefbot.answer;

import briefbot.corpus.LanguageDetector;
import briefbot.retrieval.Retrieval;
import briefbot.retrieval.Retriever;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Whether a word stands as a noun or as a verb where it is written, told by the word before it ("a host of stars": a
 * noun after an article; "who is hosting": a verb after an auxiliary), so that a key term of the question the
 * analyser's stem finds in a sentence in its other part of speech is not read as said there.
 */
final class WordUse {

  /** How a word is used where it stands; UNKNOWN where the word before it does not tell. */
  enum Use { NOUN, VERB, UNKNOWN }

  /** Words after which a word is a noun: articles, possessives, demonstratives. */
  private static final Map<String, Set<String>> BEFORE_NOUN = Map.of(
      "en", Set.of("a", "an", "the", "this", "these", "those", "his", "her", "its", "their", "our", "my",
          "your", "every", "each", "no"),
      "nl", Set.of("een", "de", "het", "deze", "dit", "haar", "hun", "ons", "onze", "mijn", "elk", "elke", "geen"),
      "de", Set.of("ein", "eine", "einen", "einem", "einer", "eines", "der", "die", "das", "den", "dem", "des"));
  /** Words after which a word is a verb: auxiliaries, modals, "to", subject pronouns and "who". */
  private static final Map<String, Set<String>> BEFORE_VERB = Map.of(
      "en", Set.of("is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "can", "could",
          "shall", "should", "may", "might", "must", "did", "does", "do", "to", "who", "he", "she", "they", "we", "i",
          "it", "not"),
      "nl", Set.of("wie", "wordt", "werd", "worden", "werden", "zal", "zou", "kan", "kon", "moet", "moest", "wil",
          "hij", "zij", "ze", "te"),
      "de", Set.of("wer", "wird", "wurde", "werden", "wurden", "kann", "konnte", "muss", "musste", "soll", "sollte",
          "will", "er", "sie", "zu"));

  private WordUse() {}

  /**
   * {@code focus} less the key terms that the question says as a verb and {@code sentence} only as a noun ("who is
   * hosting" asked, "a host of stars" written), each word of the sentence matched alone as the verdict matches it.
   */
  static BitSet sameUse(BitSet focus, String sentence, String language, Retrieval retrieval, Retriever retriever) {
    if (!BEFORE_NOUN.containsKey(language) || !language.equals(retrieval.language()) || focus.isEmpty()) {
      return focus;
    }
    List<String> asked = words(retrieval.question());
    List<String> said = words(sentence);
    BitSet kept = (BitSet) focus.clone();
    for (int c = focus.nextSetBit(0); c >= 0; c = focus.nextSetBit(c + 1)) {
      // Only a verb of the question is read: after an article a word may as well be an adjective ("the first
      // contestant") as a noun, and the sentence's "was first to be evicted" says it all the same.
      Use inQuestion = useOf(asked, retrieval.concepts().get(c).word(), language);
      if (inQuestion != Use.VERB) {
        continue;
      }
      boolean sameSomewhere = false;
      boolean found = false;
      for (int i = 0; i < said.size(); i++) {
        if (retriever.matches(retrieval, said.get(i), language).get(c)) {
          found = true;
          Use use = use(said, i, language);
          sameSomewhere |= use != Use.NOUN;
        }
      }
      if (found && !sameSomewhere) {
        kept.clear(c);
      }
    }
    return kept;
  }

  /** How {@code word} is used where it first stands in {@code words}; UNKNOWN where it is not there as written. */
  private static Use useOf(List<String> words, String word, String language) {
    String folded = LanguageDetector.fold(word);
    for (int i = 0; i < words.size(); i++) {
      if (LanguageDetector.fold(words.get(i)).equals(folded)) {
        return use(words, i, language);
      }
    }
    return Use.UNKNOWN;
  }

  /**
   * How the word at {@code i} is used: by the word before it, and in German by its capital (every noun has one there,
   * a verb inside a sentence none).
   */
  private static Use use(List<String> words, int i, String language) {
    String word = words.get(i);
    if (language.equals("de") && i > 0) {
      return Character.isUpperCase(word.codePointAt(0)) ? Use.NOUN : Use.VERB;
    }
    if (i == 0) {
      return Use.UNKNOWN;
    }
    String before = LanguageDetector.fold(words.get(i - 1));
    if (BEFORE_NOUN.get(language).contains(before) || before.endsWith("'s") || before.endsWith("’s")) {
      return Use.NOUN;
    }
    return BEFORE_VERB.get(language).contains(before) ? Use.VERB : Use.UNKNOWN;
  }

  /**
   * The words and numbers of a text as written, by the tokens {@link Names#tokens} reads (not its punctuation, nor the
   * empty token a full stop after a figure leaves: "up 3%.").
   */
  private static List<String> words(String text) {
    return Names.tokens(text).stream().map(Names.Token::text)
        .filter(t -> !t.isEmpty() && Character.isLetterOrDigit(t.codePointAt(0))).toList();
  }
}
