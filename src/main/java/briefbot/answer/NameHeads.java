package briefbot.answer;

import briefbot.retrieval.Retrieval.Concept;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The last words of the question's names of several words ("Hodges" of "Dave Hodges", "Fellowship" of "Christian
 * Medical Fellowship"), which another article's sentence must write to join an answer. Retrieval counts any word of
 * such a name for each of its words, so that "Mr Tellier" holds "Paul Tellier"; for a sentence of another article
 * that let "Joe Shaw found Dave Walder" join an answer on Dave Hodges and "Actor Christian Slater" one on the
 * Christian Medical Fellowship.
 */
final class NameHeads {

  private NameHeads() {}

  /**
   * The last word of each run of adjacent name concepts of the question ({@code held}: those the lead holds) whose
   * words stand side by side in the question.
   */
  static List<String> of(String question, List<Concept> concepts, BitSet held) {
    List<String> heads = new ArrayList<>();
    for (int i = 0; i < concepts.size(); i++) {
      boolean joined = i > 0 && concepts.get(i - 1).name() && concepts.get(i).name()
          && side(question, concepts.get(i - 1).word(), concepts.get(i).word());
      boolean continues = i + 1 < concepts.size() && concepts.get(i + 1).name() && concepts.get(i).name()
          && side(question, concepts.get(i).word(), concepts.get(i + 1).word());
      if (joined && !continues && held.get(i)) {
        heads.add(concepts.get(i).word());
      }
    }
    return heads;
  }

  /**
   * Whether the sentence writes every head as a word of its own, as the question does: in its case ("McFly won the
   * best pop act prize" does not name the Booker Prize), unless the text writes no capitals at all (a lower-cased
   * corpus).
   */
  static boolean allIn(List<String> heads, String sentence) {
    int flags = sentence.codePoints().anyMatch(Character::isUpperCase) ? 0
        : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    return heads.stream().allMatch(h -> Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(h)
        + "(?![\\p{L}\\p{N}])", flags).matcher(sentence).find());
  }

  private static boolean side(String question, String first, String second) {
    return question.contains(first + " " + second);
  }
}
