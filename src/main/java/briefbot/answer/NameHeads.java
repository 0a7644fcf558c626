package briefbot.answer;

import briefbot.corpus.LanguageDetector;
import briefbot.retrieval.Retrieval.Concept;
import briefbot.text.EditDistance;
import briefbot.text.WholeWords;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;
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
  /** Each name of several words whole, in any case ("Stephen Miller", "bouwbesluit 2012"). */
  private final List<Pattern> whole = new ArrayList<>();
  /** Each name's word before its last, folded: "lansdowne" of "Lansdowne Road". */
  private final List<String> beforeHead = new ArrayList<>();

  private NameHeads(List<String> heads, List<String> names) {
    for (String name : names) {
      String[] words = name.split(" ");
      beforeHead.add(LanguageDetector.fold(words[words.length - 2]));
      whole.add(WholeWords.bounded(Pattern.quote(name).replace(" ", "\\E\\s+\\Q"),
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    }
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
    List<String> names = new ArrayList<>();
    for (int i = 0; i < concepts.size(); i++) {
      if (adjacent(question, concepts, i) && !adjacent(question, concepts, i + 1) && held.get(i)) {
        heads.add(concepts.get(i).word());
        int first = i;
        while (adjacent(question, concepts, first)) {
          first--;
        }
        List<String> words = new ArrayList<>();
        for (int j = first; j <= i; j++) {
          words.add(concepts.get(j).word());
        }
        names.add(String.join(" ", words));
      }
    }
    return new NameHeads(heads, names);
  }

  /**
   * Whether the sentence writes some name of several words by its last word alone, not whole: "Kirk Miller of Rolling
   * Stone" for "Who is Stephen Miller?", "Jones writes" for Alice Jones.
   */
  boolean partOnlyIn(String sentence) {
    return partOnlyIn(sentence, "");
  }

  /** Whether the sentence writes some name by its last word alone that {@code text} (its article) does not write whole. */
  boolean partOnlyIn(String sentence, String text) {
    List<Pattern> heads = sentence.codePoints().anyMatch(Character::isUpperCase) ? asWritten : anyCase;
    for (int i = 0; i < whole.size(); i++) {
      Pattern name = whole.get(i);
      Matcher head = heads.get(i).matcher(sentence);
      if (head.find() && !name.matcher(sentence).find() && !name.matcher(text).find()
          && !misspelt(beforeHead.get(i), sentence.substring(0, head.start()))) {
        return true;
      }
    }
    return false;
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

  private static final Pattern LAST_WORD = Pattern.compile("(\\p{L}+)\\s+$");
  /** The shortest word a misspelling is read in: shorter words are too often other words one letter away. */
  private static final int MISSPELT_FROM = 5;

  /**
   * Whether the text before a name's last word ends with the word before it misspelt by one letter: "Landsdowne Road"
   * for "Lansdowne Road" names the same place.
   */
  private static boolean misspelt(String word, String before) {
    Matcher last = LAST_WORD.matcher(before);
    if (word.length() < MISSPELT_FROM || !last.find()) {
      return false;
    }
    String written = LanguageDetector.fold(last.group(1));
    return !written.equals(word) && EditDistance.atMost(word, written, 1) == 1;
  }

  /** Whether concepts {@code i - 1} and {@code i} are names written side by side in the question. */
  private static boolean adjacent(String question, List<Concept> concepts, int i) {
    return i > 0 && i < concepts.size() && concepts.get(i - 1).name() && concepts.get(i).name()
        && question.contains(concepts.get(i - 1).word() + " " + concepts.get(i).word());
  }
}
