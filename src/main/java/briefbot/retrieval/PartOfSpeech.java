package briefbot.retrieval;

import java.util.List;

/**
 * Parts of speech as bits, read from a dictionary's grammar labels ("&lt;v, trans&gt;", "&lt;fem, n, sg&gt;",
 * "&lt;adj&gt;"): a verb form takes a verb's senses ("starb" is "died", not "death"), a noun a noun's.
 */
final class PartOfSpeech {

  static final int VERB = 1;
  static final int NOUN = 2;
  static final int ADJECTIVE = 4;
  static final int OTHER = 8;
  /** What a word that is no noun may be: a lower-case German word. */
  static final int NOT_NOUN = VERB | ADJECTIVE | OTHER;
  /** A participle is a verb form or an adjective ("verlassen": left, deserted). */
  static final int PARTICIPLE = VERB | ADJECTIVE;
  /** The profile's entries, as a translation list's texts: the share of a word's senses of each part of speech. */
  static final List<String> NAMES = List.of("v", "n", "a", "o");

  private PartOfSpeech() {}

  /** The bits the words of grammar labels name; 0 when they name none. */
  static int of(List<String> labels) {
    int bits = 0;
    for (String label : labels) {
      bits |= switch (label.strip()) {
        case "v" -> VERB;
        case "n", "masc", "fem", "neut", "pl" -> NOUN;
        case "adj" -> ADJECTIVE;
        case "adv", "prep", "conj", "pron", "int", "art", "num" -> OTHER;
        default -> 0;
      };
    }
    return bits;
  }

  static int bit(int index) {
    return 1 << index;
  }
}
