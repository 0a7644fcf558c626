package briefbot.answer;

import briefbot.corpus.LanguageDetector;
import briefbot.retrieval.Retrieval;
import briefbot.retrieval.Retriever;
import briefbot.text.Sentences;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a figure of an answer is the asked names' and not another's: its sentence holds every name of the question,
 * or the words just before the figure in its clause (and a share's phrase after it) name no one else. "Fiat owns a
 * 56% stake in Ferrari" gives no stake of Fiat's in Maserati, "GM had to pay former partner Fiat 1.55bn euros" no sum
 * paid for Alfa Romeo's engines; "It employs 77,000 people" and "The 29-year-old" may be the asked one's
 * (docs/answerability.md, "A figure beside another name"). One owner reads one answer: what the retrieval matches in
 * a sentence or a word is asked once, however many figures stand there.
 */
final class FigureOwner implements FiguresOfKind.Owned {

  /** Where a clause ends: a dash or a bracket sets off an aside, after which the clause goes on. */
  private static final Pattern CLAUSE_MARK = Pattern.compile("[,;:]");
  /** A word, with the figures it is written with ("X-24A"), not the scale joined to a figure ("775m"). */
  private static final Pattern WORD = Pattern.compile("(?<![\\p{L}\\d])\\p{L}[\\p{L}\\d'\u2019-]*");
  /**
   * How many words before a figure belong to its phrase ("former partner Fiat 1.55bn euros"), within its clause: "the
   * laboratory TNO which created the 2.5 gigapixel photo" is still the photo asked about.
   */
  private static final int PHRASE_BEFORE = 3;

  private final int wordsAfter;
  private final BitSet names;
  private final Retrieval retrieval;
  private final Retriever retriever;
  private final Set<String> languages;
  /** Whether a sentence holds every name of the question, by the sentence's text. */
  private final Map<String, Boolean> namingAll = new HashMap<>();
  /** Whether a word as written is a name the question does not ask about, by the word. */
  private final Map<String, Boolean> others = new HashMap<>();

  /**
   * An owner of the figures of answers to a retrieval whose concepts {@code names} are names, reading {@code
   * wordsAfter} words after a figure too (a share's phrase: "a 56% stake in Ferrari"), in the cited passages'
   * {@code languages}.
   */
  FigureOwner(int wordsAfter, BitSet names, Retrieval retrieval, Retriever retriever, Set<String> languages) {
    this.wordsAfter = wordsAfter;
    this.names = names;
    this.retrieval = retrieval;
    this.retriever = retriever;
    this.languages = languages;
  }

  @Override
  public boolean test(String written, Sentences.Span sentence, int start, int end) {
    if (namingAll.computeIfAbsent(written.substring(sentence.start(), sentence.end()), this::namesAll)) {
      return true;
    }
    int from = sentence.start();
    Matcher mark = CLAUSE_MARK.matcher(written).region(sentence.start(), start);
    while (mark.find()) {
      from = mark.end();
    }
    List<Integer> before = new ArrayList<>();
    Matcher word = WORD.matcher(written).region(from, start);
    while (word.find()) {
      before.add(word.start());
    }
    int near = before.size() <= PHRASE_BEFORE ? from : before.get(before.size() - PHRASE_BEFORE);
    int to = end;
    Matcher after = WORD.matcher(written).region(end, sentence.end());
    for (int words = 0; words < wordsAfter && after.find(); words++) {
      if (CLAUSE_MARK.matcher(written).region(to, after.start()).find()) {
        break;
      }
      to = after.end();
    }
    Matcher phrase = WORD.matcher(written).region(near, to);
    while (phrase.find()) {
      if (phrase.start() >= start && phrase.end() <= end) {
        continue;
      }
      if (!opening(written, phrase.start()) && others.computeIfAbsent(phrase.group(), this::otherName)) {
        return false;
      }
    }
    return true;
  }

  private boolean namesAll(String sentence) {
    BitSet held = new BitSet();
    for (String language : languages) {
      held.or(retriever.matches(retrieval, sentence, language));
    }
    BitSet lacking = (BitSet) names.clone();
    lacking.andNot(held);
    return lacking.isEmpty();
  }

  /**
   * Whether a word opens its sentence or a bracket, where a capital tells no name: "(English) Sales totalled ..." (an
   * answer's language label), "The Bank revealed ...".
   */
  private static boolean opening(String written, int at) {
    int i = at - 1;
    while (i >= 0 && Character.isWhitespace(written.charAt(i))) {
      i--;
    }
    return i < 0 || ".!?:;\"'\u201c\u201d\u201e()[]".indexOf(written.charAt(i)) >= 0;
  }

  /** Whether a word as written, not opening its sentence, is a name the question does not ask about. */
  private boolean otherName(String word) {
    String folded = LanguageDetector.fold(word);
    if (!Character.isUpperCase(word.codePointAt(0)) || Words.isStopWord(folded)
        || FiguresOfKind.isNumberWord(folded) || Figures.isCalendarWord(folded)) {
      return false;
    }
    for (String language : languages) {
      if (retriever.matches(retrieval, word, language).intersects(names)) {
        return false;
      }
    }
    return true;
  }
}
