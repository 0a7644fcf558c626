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
 * surgery": "minor surgery"), or a "not" the other side lacks ("would not be reprising": "would be reprising"; "refused
 * to comment", "unused"). Such a sentence is about what the question names and says something else of it: SQuAD 2.0's
 * adversarial questions are written so, and a sure answer to them is the worst kind of wrong. Words are compared by the
 * index's English stems.
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
  /** The stems of the verbs that say a deed was not done: "refused to", "declined to", "failed to". */
  private static final Set<String> REFUSALS = Set.of("refus", "declin", "fail");
  /** The beginnings that deny the rest of a word written in one: "unused", "nonviolent". */
  private static final List<String> DENYING = List.of("un", "non");
  /** What negates the word after it: a "not", "never", "no", or the "t" of a "n't" the tokens split off. */
  private static final Set<String> NEGATED = Set.of("not", "never", "no", "t");
  /**
   * How far from the question's word its place is read: the next word, or the first after it that is more than a small
   * word, through small words both write, at most three words on ("for three more films": "for two more films";
   * "$6.4 million from its Tuesday screenings": "$6.4 million from its Monday preview screenings").
   */
  private static final int REACH = 3;
  /** How many words of the sentence a question's "what" inside it may stand for ("007 movie" for "the best what"). */
  private static final int SLOT = 3;
  /**
   * Opposites WordNet does not list as antonyms (it has "first" / "last", "north" / "south", "buy" / "sell"; not
   * these), each way round: an adversarial question turns a sentence's word into one of them ("A prequel to Spectre": "A
   * sequel to Spectre"; "under budget": "over budget"; "pushed back the release": "brought forward the release").
   */
  private static final Map<String, Set<String>> UNLISTED = unlisted(List.of(List.of("prequel", "sequel"),
      List.of("predecessor", "successor"), List.of("previous", "next"), List.of("under", "over"),
      List.of("before", "after"), List.of("upper", "lower"), List.of("entrance", "exit"), List.of("back", "forward"),
      List.of("backward", "forward"), List.of("opening", "ending"), List.of("opening", "closing"),
      List.of("start", "end"), List.of("start", "finish"), List.of("partial", "full"), List.of("partial", "complete")));
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
    return otherFigure(asked, told) || opposite(asked, told, words) || unsaid(asked, told) || negated(asked, told, true)
        || negated(told, asked, false) || refused(told, asked);
  }

  /** Whether a question, its {@link #tokens}, asks yes or no: a sentence that says the opposite answers it ("no"). */
  static boolean asksYesOrNo(List<String> asked) {
    return asked.isEmpty() || YES_NO.contains(asked.get(0));
  }

  /** A number, ordinal or month of the question the sentences never give, another of its kind in its place. */
  private static boolean otherFigure(List<String> asked, List<String> told) {
    List<Figure> given = IntStream.range(0, told.size()).mapToObj(k -> figureAt(told, k)).toList();
    for (int i = 0; i < asked.size(); i++) {
      Figure f = figureAt(asked, i);
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
      int held = heldInPlace(asked, i, told);
      if (LOOSE.contains(w) && !COMPARED.contains(w) || figure(w) != null || held == 2) {
        continue;
      }
      Set<String> opposites = new HashSet<>(words.opposites(w, "en"));
      opposites.addAll(UNLISTED.getOrDefault(w, Set.of()));
      if (opposites.isEmpty()) {
        continue;
      }
      for (int k = 0; k < told.size(); k++) {
        String t = told.get(k);
        boolean opposed = plain(t).stream().anyMatch(opposites::contains);
        boolean placed = sides(asked, i, told, k) > held || held == 0 && nearPlace(asked, i, told, k);
        if (opposed && !holds(asked, t) && placed) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * A word of the question the sentences never write, which they write negated by "un-" or "non-" ("Radiohead composed
   * what which was used in the film?": "a song for the film, which went unused"): anywhere, for such a word is the
   * question's word itself, denied.
   */
  private static boolean unsaid(List<String> asked, List<String> told) {
    for (String w : asked) {
      if (w.length() < 4 || LOOSE.contains(w) || figure(w) != null || holds(told, w)) {
        continue;
      }
      for (String t : told) {
        for (String prefix : DENYING) {
          if (t.startsWith(prefix) && same(t.substring(prefix.length()), w)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * Whether a word within two of the question's word {@code i}, more than a small word, stands on the same side of the
   * sentences' {@code k} one word nearer or further ("partial film rights": "the full copyright film rights"): where
   * the question's word is written nowhere in its place, its opposite counts in a looser one.
   */
  private static boolean nearPlace(List<String> asked, int i, List<String> told, int k) {
    for (int d = -2; d <= 2; d++) {
      int a = i + d;
      if (d == 0 || a < 0 || a >= asked.size() || LOOSE.contains(asked.get(a))) {
        continue;
      }
      for (int e = d - 1; e <= d + 1; e++) {
        int t = k + e;
        if (Integer.signum(e) == Integer.signum(d) && t >= 0 && t < told.size() && same(told.get(t), asked.get(a))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * On how many sides (0, 1 or 2) the sentences write the question's word {@code i} beside the same word as the
   * question does, at best: an opposite counts where it stands in a fuller place ("using a right-handed swing" against
   * "a left-handed sword" for "using a left-handed swing").
   */
  private static int heldInPlace(List<String> asked, int i, List<String> told) {
    int held = 0;
    for (int k = 0; k < told.size(); k++) {
      if (same(told.get(k), asked.get(i))) {
        held = Math.max(held, sides(asked, i, told, k));
      }
    }
    return held;
  }

  /**
   * A "not" of {@code one} whose words around it {@code other} writes together without it ("would not be reprising":
   * "would be reprising"): the word before it and the one after where that is more than a small word, else the two
   * after ("filming was not affected and": "filming was affected by"). With {@code twoAfter}, for a "not" of the
   * question, also the two words after it, one of them more than a small word, where the sentences never write them
   * negated ("was not frustrated with": "Sony's frustration with"; "not trending on": "Bassey trending on"): the word
   * before a question's "not" is often the one it asks for. A sentence's "not" is not read so: "did not achieve it
   * until 1829" tells when it was achieved.
   */
  private static boolean negated(List<String> one, List<String> other, boolean twoAfter) {
    for (int i = 1; i + 1 < one.size(); i++) {
      if (!NEGATIONS.contains(one.get(i))) {
        continue;
      }
      List<String> around = new ArrayList<>(List.of(one.get(i - 1), one.get(i + 1)));
      if (i + 2 < one.size() && LOOSE.contains(one.get(i + 1))) {
        around.add(one.get(i + 2));
      }
      if (writesTogether(other, around, false)) {
        return true;
      }
      List<String> after = twoAfter && i + 2 < one.size() ? one.subList(i + 1, i + 3) : List.of();
      if (writesTogether(other, after, false) && !writesTogether(other, after, true)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A deed the sentences say someone refused, declined or failed to do that the question asks as done ("Who commented
   * on the nature of Franz Oberhauser?": "he refused to comment on the nature of the part"): the two words after "to",
   * one more than a small word, written together by a question that names no refusal.
   */
  private static boolean refused(List<String> told, List<String> asked) {
    if (asked.stream().anyMatch(w -> REFUSALS.contains(stem(w)))) {
      return false;
    }
    for (int k = 0; k + 3 < told.size(); k++) {
      if (REFUSALS.contains(stem(told.get(k))) && told.get(k + 1).equals("to")
          && writesTogether(asked, told.subList(k + 2, k + 4), false)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code other} writes {@code words} one after another, where one of them is more than a small word, right
   * after a negation ({@code negated}: "did not win the" for "win the") or not.
   */
  private static boolean writesTogether(List<String> other, List<String> words, boolean negated) {
    if (words.isEmpty() || words.stream().allMatch(LOOSE::contains)) {
      return false;
    }
    for (int k = negated ? 1 : 0; k + words.size() <= other.size(); k++) {
      int at = k;
      if ((!negated || NEGATED.contains(other.get(k - 1)))
          && IntStream.range(0, words.size()).allMatch(j -> same(other.get(at + j), words.get(j)))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the words before or after the question's word {@code i} stand in the same place beside {@code k}, out to
   * the first that is more than a small word.
   */
  static boolean sameNeighbour(List<String> asked, int i, List<String> told, int k) {
    return sides(asked, i, told, k) > 0;
  }

  /**
   * On how many sides of the question's word {@code i} and the sentences' {@code k} the words agree as above. A "what"
   * inside the question stands for the words of the sentence that answer it, one to {@link #SLOT} of them ("the best
   * what in 30 years": "the worst 007 movie in 30 years"); it is no agreement itself, only the words past it are.
   */
  private static int sides(List<String> asked, int i, List<String> told, int k) {
    int sides = 0;
    for (int d : new int[] {-1, 1}) {
      if (agrees(asked, i + d, told, k + d, d, 1, true)) {
        sides++;
      }
    }
    return sides;
  }

  /**
   * Whether, going {@code d} from the question's word {@code a} and the sentences' {@code t} ({@code step} of {@link
   * #REACH}), the words agree out to the first that is more than a small word, through one "what" slot if {@code slot}.
   */
  private static boolean agrees(List<String> asked, int a, List<String> told, int t, int d, int step, boolean slot) {
    if (step > REACH || a < 0 || a >= asked.size() || t < 0 || t >= told.size()) {
      return false;
    }
    // the opening "what" asks the whole question; only one inside it holds the answer's place
    if (slot && a > 0 && asked.get(a).equals("what")) {
      for (int g = 1; g <= SLOT; g++) {
        if (agrees(asked, a + d, told, t + d * g, d, step + 1, false)) {
          return true;
        }
      }
    }
    if (!same(asked.get(a), told.get(t))) {
      return false;
    }
    return !LOOSE.contains(asked.get(a)) || agrees(asked, a + d, told, t + d, d, step + 1, slot);
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

  private static Map<String, Set<String>> unlisted(List<List<String>> pairs) {
    Map<String, Set<String>> out = new HashMap<>();
    for (List<String> pair : pairs) {
      for (int side = 0; side < 2; side++) {
        String word = pair.get(side);
        String other = pair.get(1 - side);
        for (String ending : List.of("", "s")) {
          out.computeIfAbsent(word + ending, k -> new HashSet<>()).addAll(List.of(other, other + "s"));
        }
      }
    }
    out.replaceAll((k, v) -> Set.copyOf(v));
    return Map.copyOf(out);
  }

  /** What kind of figure a word writes, and which. */
  private enum Kind { COUNT, ORDINAL, MONTH }

  /** A figure: its kind, its value, and the magnitude word a count stands before (1 without one). */
  private record Figure(Kind kind, int value, long scale) {
    Figure(Kind kind, int value) {
      this(kind, value, 1);
    }
  }

  /**
   * The figure the word {@code i} of {@code tokens} writes, a count with the magnitude word after it ("8 million" is no
   * 8: "the first eight days" is not told by "$8 million" two sentences on; "two hundred" is not the "200" of another
   * sentence either, only another "two hundred").
   */
  private static Figure figureAt(List<String> tokens, int i) {
    Figure f = figure(tokens.get(i));
    Long magnitude = i + 1 < tokens.size() ? FigureWords.SCALES.get(tokens.get(i + 1)) : null;
    return f == null || f.kind() != Kind.COUNT || magnitude == null ? f : new Figure(Kind.COUNT, f.value(), magnitude);
  }

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
