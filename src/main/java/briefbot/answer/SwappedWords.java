package briefbot.answer;

import briefbot.text.DateNames;
import java.util.ArrayList;
import java.util.HashMap;
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
 * written so, and a sure answer to them is the worst kind of wrong.
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
  private static final Set<String> LOOSE = Set.of("the", "a", "an", "of", "in", "on", "at", "to", "for", "by",
      "with", "from", "and", "or", "as", "is", "was", "were", "be", "been", "being", "are", "his", "her", "its",
      "their", "this", "that", "what", "which", "who", "whom", "whose", "when", "where", "why", "how", "did", "do",
      "does", "has", "have", "had", "will", "would", "than", "about", "more", "less");
  /** The openings of a question that asks yes or no: a sentence that says the opposite answers it ("no"). */
  private static final Set<String> YES_NO = Set.of("is", "are", "was", "were", "do", "does", "did", "can", "could",
      "has", "have", "had", "will", "would", "should", "may", "might", "must");
  private static final Set<String> NEGATIONS = Set.of("not", "never");

  private SwappedWords() {}

  /** Whether {@code sentences}, the answer's, swap a word of {@code question} as above (English on both sides). */
  static boolean in(String question, String sentences, Glossary words) {
    List<String> asked = tokens(question);
    if (asked.isEmpty() || YES_NO.contains(asked.get(0))) {
      return false;
    }
    List<String> told = tokens(sentences);
    return otherFigure(asked, told) || opposite(asked, told, words) || negated(asked, told) || negated(told, asked);
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

  /** A word of the question the sentences lack, its opposite in its place ("a private medical clinic"). */
  private static boolean opposite(List<String> asked, List<String> told, Glossary words) {
    for (int i = 0; i < asked.size(); i++) {
      String w = asked.get(i);
      if (LOOSE.contains(w) || figure(w) != null || holds(told, w)) {
        continue;
      }
      Set<String> opposites = words.opposites(w, "en");
      if (opposites.isEmpty()) {
        continue;
      }
      for (int k = 0; k < told.size(); k++) {
        String t = told.get(k);
        boolean opposed = opposites.contains(t) || opposites.contains(stem(t));
        if (opposed && !holds(asked, t) && sameNeighbour(asked, i, told, k)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * A "not" of {@code one} whose words around it {@code other} writes together without it ("would not be reprising":
   * "would be reprising"): the word before it and the two after, one of them more than a small word.
   */
  private static boolean negated(List<String> one, List<String> other) {
    for (int i = 1; i + 1 < one.size(); i++) {
      if (!NEGATIONS.contains(one.get(i))) {
        continue;
      }
      List<String> around = new ArrayList<>(List.of(one.get(i - 1), one.get(i + 1)));
      if (i + 2 < one.size()) {
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

  /** Whether the word before or after the question's word {@code i} stands in the same place beside {@code k}. */
  private static boolean sameNeighbour(List<String> asked, int i, List<String> told, int k) {
    for (int d : new int[] {-1, 1}) {
      int a = i + d;
      int t = k + d;
      if (a >= 0 && a < asked.size() && t >= 0 && t < told.size() && !LOOSE.contains(asked.get(a))
          && same(asked.get(a), told.get(t))) {
        return true;
      }
    }
    return false;
  }

  private static boolean holds(List<String> tokens, String word) {
    return tokens.stream().anyMatch(t -> same(t, word));
  }

  private static boolean same(String a, String b) {
    return a.equals(b) || stem(a).equals(stem(b));
  }

  /** A plural's or a verb's ending cut off: enough to read "sessions" as "session", "returned" as "return". */
  private static String stem(String w) {
    for (String ending : List.of("ies", "es", "s", "ed", "ing")) {
      if (w.endsWith(ending) && w.length() > ending.length() + 3) {
        return w.substring(0, w.length() - ending.length());
      }
    }
    return w;
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
  private static Figure figure(String w) {
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
    List<String> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      String w = m.group();
      if (figure(w) != null) {
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
