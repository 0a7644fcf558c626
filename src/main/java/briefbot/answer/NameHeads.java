package briefbot.answer;

import briefbot.retrieval.Retrieval.Concept;
import briefbot.text.WholeWords;
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

  private final List<Pattern> asWritten = new ArrayList<>();
  private final List<Pattern> anyCase = new ArrayList<>();

  private NameHeads(List<String> heads) {
    for (String head : heads) {
      asWritten.add(WholeWords.of(head));
      anyCase.add(WholeWords.ofAnyCase(head));
    }
  }

  /**
   * The last word of each run of adjacent name concepts of the question ({@code held}: those the lead holds) whose
   * words stand side by side in the question.
   */
  static NameHeads of(String question, List<Concept> concepts, BitSet held) {
    List<String> heads = new ArrayList<>();
    for (int i = 0; i < concepts.size(); i++) {
      if (adjacent(question, concepts, i) && !adjacent(question, concepts, i + 1) && held.get(i)) {
        heads.add(concepts.get(i).word());
      }
    }
    return new NameHeads(heads);
  }

  /**
   * Whether the sentence writes every head as a word of its own, as the question does: in its case ("McFly won the
   * best pop act prize" does not name the Booker Prize), unless the text writes no capitals at all (a lower-cased
   * corpus).
   */
  boolean allIn(String sentence) {
    List<Pattern> patterns = sentence.codePoints().anyMatch(Character::isUpperCase) ? asWritten : anyCase;
    return patterns.stream().allMatch(p -> p.matcher(sentence).find());
  }

  /** Whether concepts {@code i - 1} and {@code i} are names written side by side in the question. */
  private static boolean adjacent(String question, List<Concept> concepts, int i) {
    return i > 0 && i < concepts.size() && concepts.get(i - 1).name() && concepts.get(i).name()
        && question.contains(concepts.get(i - 1).word() + " " + concepts.get(i).word());
  }
}
