package briefbot.answer;

import briefbot.text.DateNames;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * An English question whose answer's sentences hold the words around one of its words with another in its place:
 * another number, ordinal or month ("his eighth appearance": "his fourth appearance"), the word's opposite ("major
 * surgery": "minor surgery"), or a "not" the other side lacks ("would not be reprising": "would be reprising"). Such a
 * sentence is about what the question names and says something else of it: SQuAD 2.0's adversarial questions are
 * written so, and a sure answer to them is the worst kind of wrong. Words are compared by the index's English stems.
 */
final class SwappedWords {

  /** A word, a number with its separators ("2,500" is one), or a word joined by hyphens or apostrophes. */
  private static final Pattern TOKEN = Pattern.compile("\\d+(?:[.,]\\d+)*|[\\p{L}\\p{N}]+(?:[-'’][\\p{L}\\p{N}]+)*");
  /** English number words and their values: {@link FigureWords}' (two to twenty, the tens), and "one". */
  private static final Map<String, Long> COUNTS = counts();
  /** English ordinals to nineteenth ({@link FigureWords} reads third to twelfth only: "first" is seldom a rank). */
  private static final List<String> ORDINALS = List.of("first", "second", "third", "fourth", "fifth", "sixth",
      "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
      "sixteenth", "seventeenth", "eighteenth", "nineteenth");
  private static final Map<String, Integer> TENTHS = Map.of("twentieth", 20, "thirtieth", 30, "fortieth", 40,
      "fiftieth", 50, "sixtieth", 60, "seventieth", 70, "eightieth", 80, "ninetieth", 90);
  /** English month names ({@link DateNames}' first of each), January first; "May" is as often the verb. */
  private static final List<String> MONTHS = DateNames.MONTHS.stream().map(List::getFirst)
      .map(m -> m.equals("may") ? "" : m).toList();
  private static final Pattern DIGITS = Pattern.compile("\\d{1,3}");
  private static final Pattern NUMBERED = Pattern.compile("(\\d{1,3})(?:st|nd|rd|th)");
  /**
   * Words too common to place a slot: "in March" is no more the place of "in January" than of any "in". The
   * question's own words ("what", "did") and the small words around a figure.
   */
  static final Set<String> LOOSE = Set.of("the", "a", "an", "of", "in", "on", "at", "to", "for", "by",
      "with", "from", "and", "or", "as", "is", "was", "were", "be", "been", "being", "are", "his", "her", "its",
      "their", "this", "that", "what", "which", "who", "whom", "whose", "when", "where", "why", "how", "did", "do",
      "does", "has", "have", "had", "will", "would", "than", "about", "more", "less");
  /** The openings of a question that asks yes or no: a sentence that says the opposite answers it ("no"). */
  private static final Set<String> YES_NO = Set.of("is", "are", "was", "were", "do", "does", "did", "can", "could",
      "has", "have", "had", "will", "would", "should", "may", "might", "must");
  private static final Set<String> NEGATIONS = Set.of("not", "never");
  /**
   * How far from the question's word its place is read: the next word, or the one after where the next is a small
   * word both write ("for three more films": "for two more films").
   */
  private static final int REACH = 2;
  /** The small words that are each other's opposite: "$20 million more than" is not "$20 million less than". */
  private static final Set<String> COMPARED = Set.of("more", "less");

  private SwappedWords() {}

  /** Whether {@code sentences}, the answer's, swap a word of {@code question} as above (English on both sides). */
  static boolean in(String question, String sentences, Glossary words) {
    List<String> asked = tokens(question);
    if (asksYesOrNo(asked)) {
      return false;
    }
    List<String> told = tokens(sentences);
    return otherFigure(asked, told) || opposite(asked, told, words) || negated(asked, told) || negated(told, asked);
  }

  /** Whether a question, its {@link #tokens}, asks yes or no: a sentence that says the opposite answers it ("no"). */
  static boolean asksYesOrNo(List<String> asked) {
    return asked.isEmpty() || YES_NO.contains(asked.get(0));
  }

  /** A number, ordinal or month of the question the sentences never give, another of its kind in its place. */
  private static boolean otherFigure(List<String> asked, List<String> told) {
    List<Figure> given = told.stream().map(SwappedWords::figure).toList();
    for (int i = 0; i < asked.size(); i++) {
      Figure f = figure(asked.get(i));
      if (f == null || given.contains(f)) {
        continue;
      }
      for (int k = 0; k < told.size(); k++) {
        Figure g = given.get(k);
        if (g != null && g.kind() == f.kind() && sameNeighbour(asked, i, told, k)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * A word of the question the sentences do not write in its place, its opposite there ("a private medical clinic";
   * "moving images": "still images" where "moved" stands elsewhere). "More" and "less" are read though small words.
   */
  private static boolean opposite(List<String> asked, List<String> told, Glossary words) {
    for (int i = 0; i < asked.size(); i++) {
      String w = asked.get(i);
      if (LOOSE.contains(w) && !COMPARED.contains(w) || figure(w) != null || heldInPlace(asked, i, told)) {
        continue;
      }
      Set<String> opposites = words.opposites(w, "en");
      if (opposites.isEmpty()) {
        continue;
      }
      for (int k = 0; k < told.size(); k++) {
        String t = told.get(k);
        boolean opposed = plain(t).stream().anyMatch(opposites::contains);
        if (opposed && !holds(asked, t) && sameNeighbour(asked, i, told, k)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether the sentences write the question's word {@code i} beside the same word as the question does. */
  private static boolean heldInPlace(List<String> asked, int i, List<String> told) {
    for (int k = 0; k < told.size(); k++) {
      if (same(told.get(k), asked.get(i)) && sameNeighbour(asked, i, told, k)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A "not" of {@code one} whose words around it {@code other} writes together without it ("would not be reprising":
   * "would be reprising"; "filming was not affected and": "filming was affected by"): the word before it and the one
   * after where that is more than a small word, else the two after, one of them more than a small word.
   */
  private static boolean negated(List<String> one, List<String> other) {
    for (int i = 1; i + 1 < one.size(); i++) {
      if (!NEGATIONS.contains(one.get(i))) {
        continue;
      }
      List<String> around = new ArrayList<>(List.of(one.get(i - 1), one.get(i + 1)));
      if (i + 2 < one.size() && LOOSE.contains(one.get(i + 1))) {
        around.add(one.get(i + 2));
      }
      if (around.stream().allMatch(LOOSE::contains)) {
        continue;
      }
      for (int k = 0; k + around.size() <= other.size(); k++) {
        int at = k;
        if (IntStream.range(0, around.size()).allMatch(j -> same(other.get(at + j), around.get(j)))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether the words before or after the question's word {@code i} stand in the same place beside {@code k}, out to
   * the first that is more than a small word.
   */
  static boolean sameNeighbour(List<String> asked, int i, List<String> told, int k) {
    for (int d : new int[] {-1, 1}) {
      for (int step = 1; step <= REACH; step++) {
        int a = i + d * step;
        int t = k + d * step;
        if (a < 0 || a >= asked.size() || t < 0 || t >= told.size() || !same(asked.get(a), told.get(t))) {
          break;
        }
        if (!LOOSE.contains(asked.get(a))) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean holds(List<String> tokens, String word) {
    return tokens.stream().anyMatch(t -> same(t, word));
  }

  static boolean same(String a, String b) {
    return a.equals(b) || stem(a).equals(stem(b));
  }

  /** The word's English stem as the index makes it ({@link WordStems}); a stop word, which has none, itself. */
  private static String stem(String w) {
    List<String> stems = WordStems.of(w, "en");
    return stems.size() == 1 ? stems.get(0) : w;
  }

  /**
   * A word and, for one ending in "er" or "est", the adjective it compares ("largest", "bigger", "happiest": large,
   * big, happy), as WordNet lists its opposites: its look-up cuts the question's ending, not the sentence's.
   */
  private static Set<String> plain(String w) {
    Set<String> out = new HashSet<>(List.of(w, stem(w)));
    for (String ending : List.of("est", "er")) {
      if (w.endsWith(ending) && w.length() > ending.length() + 2) {
        String cut = w.substring(0, w.length() - ending.length());
        out.addAll(List.of(cut, cut + "e"));
        int n = cut.length();
        if (cut.charAt(n - 1) == cut.charAt(n - 2)) {
          out.add(cut.substring(0, n - 1));
        }
        if (cut.endsWith("i")) {
          out.add(cut.substring(0, n - 1) + "y");
        }
      }
    }
    return out;
  }

  /** What kind of figure a word writes, and which. */
  private enum Kind { COUNT, ORDINAL, MONTH }

  private record Figure(Kind kind, int value) {}

  private static Map<String, Long> counts() {
    Map<String, Long> counts = new HashMap<>(FigureWords.NUMBER_WORDS.get("en"));
    counts.put("one", 1L);
    return Map.copyOf(counts);
  }

  /** The figure {@code w} writes ("eight", "twenty-fourth", "18", "3rd", "october"); null for another word. */
  static Figure figure(String w) {
    int hyphen = w.indexOf('-');
    Long tens = hyphen > 0 ? COUNTS.get(w.substring(0, hyphen)) : null;
    if (tens != null && tens >= 20 && tens % 10 == 0) {
      Figure rest = figure(w.substring(hyphen + 1));
      return rest == null || rest.kind() == Kind.MONTH ? null : new Figure(rest.kind(), tens.intValue() + rest.value());
    }
    Matcher numbered = NUMBERED.matcher(w);
    if (numbered.matches()) {
      return new Figure(Kind.ORDINAL, Integer.parseInt(numbered.group(1)));
    }
    if (DIGITS.matcher(w).matches()) {
      return new Figure(Kind.COUNT, Integer.parseInt(w));
    }
    if (COUNTS.containsKey(w)) {
      return new Figure(Kind.COUNT, COUNTS.get(w).intValue());
    }
    if (ORDINALS.contains(w)) {
      return new Figure(Kind.ORDINAL, ORDINALS.indexOf(w) + 1);
    }
    if (TENTHS.containsKey(w)) {
      return new Figure(Kind.ORDINAL, TENTHS.get(w));
    }
    return w.isEmpty() || !MONTHS.contains(w) ? null : new Figure(Kind.MONTH, MONTHS.indexOf(w) + 1);
  }

  /**
   * A text's words in lower case; a number written with hyphens ("twenty-fourth") one word, other words joined by a
   * hyphen or an apostrophe split ("four-hole": four, hole).
   */
  static List<String> tokens(String text) {
    return words(text).stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
  }

  /** {@link #tokens} as the text writes them, capitals kept. */
  static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      String w = m.group();
      if (figure(w.toLowerCase(Locale.ROOT)) != null) {
        out.add(w);
        continue;
      }
      for (String part : w.split("[-'’]")) {
        if (!part.isEmpty()) {
          out.add(part);
        }
      }
    }
    return out;
  }
}
