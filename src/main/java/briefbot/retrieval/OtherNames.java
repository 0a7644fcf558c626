package briefbot.retrieval;

import briefbot.index.IndexFields;
import briefbot.text.EditDistance;
import briefbot.text.WholeWords;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How far a passage gives a name of several words that the question asks about to someone else: it holds the name
 * only in part, and the words of it that it holds belong to another name there ("Huang Jiefu" for "Qin Shi Huang",
 * "Pope Caius" for "Alexander Pope", "Onur Air" for "Bulgaria Air"). A name's first or last word alone stands for the
 * whole ("Yoon" for "Yoon Suk Yeol", {@link Concepts}), but not where it is another person's: the passage is then about
 * someone else. A word of the passage is another name's when it stands right beside a capitalised word that is none
 * of the question's name (nor a form, a near spelling or a short form of one of its words: "Randy" for "Randall") and
 * that no dictionary lists as a common word ("President Yoon" is Yoon: "President" is a word, "Caius" and "Jiefu" are
 * not), nor one the question writes right beside the name ("die Haddon Heights Highschool", where "Haddon" after
 * "die" is no name concept), nor one a dictionary translates as a word of the name ("Wilhelm" for "William"). A
 * graded signal the answerability model weighs ({@link Signals}), not a rule: a translated name the dictionaries lack
 * ("Guillermo IV" for "William IV") looks the same, so the other signals must outweigh it.
 */
final class OtherNames {

  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}\\p{M}]*");
  /** The shortest word that may be another's form by a longer ending ("York", "Yorkers"), or share its start. */
  private static final int MIN_FORM = 4;
  /** What may stand between two words of one name: spaces, a hyphen ("Esnault-Pelterie"). */
  private static final Pattern JOINED = Pattern.compile("[\\s\\-\u2010\u2011]+");

  /**
   * English abbreviations of titles, ranks and roles that news writes beside a surname ("Gen Musharraf", "Det Insp
   * Osgood", "Labour MP Brackley", "Fenwick QC") and that the dictionaries do not list, as they list "Mr", "Dr" and
   * "Prof": no other person's name. A list, not every word in capitals: "Twilight Princess HD" is another name for
   * "Radar Princess".
   */
  private static final Set<String> TITLES = Set.of("gen", "sen", "gov", "capt", "det", "insp", "supt", "sgt", "lt",
      "col", "maj", "brig", "adm", "cdr", "cmdr", "cpl", "pte", "cllr", "rep", "pres", "atty", "hon", "rt", "fr",
      "jr", "sr", "mp", "mep", "msp", "mla", "qc", "kc", "pc", "wpc", "ds", "di", "dci", "dcs", "ceo", "cfo");

  private OtherNames() {}

  /**
   * A dictionary that also reads the English {@link #TITLES} as common words. Used by the English
   * verdict's refusal only: the signal the model weighs for other questions keeps the dictionary as fitted.
   */
  static BiFunction<String, String, Concepts.Entry> withTitles(BiFunction<String, String, Concepts.Entry> dictionary) {
    return (word, language) -> language.equals("en") && TITLES.contains(word.toLowerCase(Locale.ROOT))
        ? new Concepts.Entry(true, Set.of()) : dictionary.apply(word, language);
  }

  /**
   * The share of a name of several words of the question that the passage lacks, times the share of the passage's
   * occurrences of the name's other words that stand beside another name, the highest over the question's names of
   * several words: 0.5 for "Pope Caius" asked as "Alexander Pope" ("Pope" held, always beside Caius), 0 where a
   * name is held whole, not at all, or by words standing alone. A word held only through a translation counts as one
   * occurrence standing alone (where it stands is not known).
   *
   * @param names the question's names of several words ({@link #names})
   * @param own the passage's terms in its language's field, {@code neutral} in the neutral field
   * @param dictionary what the dictionaries say of a word of a language (whether it is a common word, not a name,
   *     and its translations); each word is looked up once
   */
  static double share(List<List<Retrieval.Concept>> names, String text, String passage, String language,
      Set<String> own, Set<String> neutral, BiFunction<String, String, Concepts.Entry> dictionary) {
    return shares(names, text, passage, language, own, neutral, dictionary).stream()
        .mapToDouble(Double::doubleValue).max().orElse(0);
  }

  /** {@link #share} of each name on its own, in the order given: the passage and question are read once for all. */
  static List<Double> shares(List<List<Retrieval.Concept>> names, String text, String passage, String language,
      Set<String> own, Set<String> neutral, BiFunction<String, String, Concepts.Entry> dictionary) {
    List<Double> out = new ArrayList<>(names.size());
    if (names.isEmpty()) {
      return out;
    }
    Map<String, Concepts.Entry> looked = new HashMap<>();
    List<Token> tokens = tokens(passage);
    Set<String> written = new HashSet<>();
    tokens.forEach(t -> written.add(NameSpellings.key(t.text())));
    List<String> asked = tokens(text).stream().map(t -> NameSpellings.key(t.text())).toList();
    for (List<Retrieval.Concept> name : names) {
      Set<String> keys = new HashSet<>();
      name.forEach(c -> keys.add(NameSpellings.key(c.word())));
      Set<String> besideName = new HashSet<>(); // the question's words right before and after the name
      for (int i = 0; i < asked.size(); i++) {
        if (keys.contains(asked.get(i))) {
          besideName.add(i > 0 ? asked.get(i - 1) : "");
          besideName.add(i + 1 < asked.size() ? asked.get(i + 1) : "");
        }
      }
      List<Retrieval.Concept> held = new ArrayList<>();
      for (Retrieval.Concept c : name) {
        if (written.contains(NameSpellings.key(c.word())) || holds(c, name, own, neutral, language)) {
          held.add(c);
        }
      }
      if (held.isEmpty() || held.size() == name.size()) {
        out.add(0.0);
        continue;
      }
      Predicate<String> none = word -> besideName.contains(NameSpellings.key(word)) || none(
          looked.computeIfAbsent(word, w -> dictionary.apply(w, language)), keys);
      int occurrences = 0;
      int beside = 0;
      for (Retrieval.Concept c : held) {
        String key = NameSpellings.key(c.word());
        int seen = 0;
        for (int i = 0; i < tokens.size(); i++) {
          if (NameSpellings.key(tokens.get(i).text()).equals(key)) {
            seen++;
            beside += besideOther(passage, tokens, i, keys, none) ? 1 : 0;
          }
        }
        occurrences += Math.max(1, seen);
      }
      out.add((1 - (double) held.size() / name.size()) * beside / occurrences);
    }
    return out;
  }

  /**
   * Whether a sentence names another person by the last word of a name of the question: each time it writes that word,
   * a first name other than the question's stands right before it ("former coach Steve Hansen" for "Ashia Hansen",
   * "Arthur Miller's" for "Stephen Miller"), a capitalised word that is none of the name's, no stop word and no word a
   * dictionary lists ("Kirk" is one); and it writes no other word of the name. Narrower than {@link #shares}: a title
   * before the name's first word ("Lord Shelburne" for "Lord Rockingham") or a name after it ("Pope Caius") is not
   * read, as the sentence may be about whom the question asks for ("who succeeded Lord Rockingham?").
   */
  static boolean otherFirstName(List<Retrieval.Concept> name, String sentence, String language,
      BiFunction<String, String, Concepts.Entry> dictionary) {
    Set<String> keys = new HashSet<>();
    name.forEach(c -> keys.add(NameSpellings.key(c.word())));
    String last = NameSpellings.key(name.get(name.size() - 1).word());
    List<Token> tokens = tokens(sentence);
    int seen = 0;
    for (int i = 0; i < tokens.size(); i++) {
      String key = NameSpellings.key(tokens.get(i).text());
      if (!key.equals(last)) {
        if (keys.contains(key)) {
          return false;
        }
        continue;
      }
      seen++;
      if (i == 0) {
        return false;
      }
      Token before = tokens.get(i - 1);
      String word = before.text();
      if (!JOINED.matcher(sentence.substring(before.end(), tokens.get(i).start())).matches()
          || !Character.isUpperCase(word.codePointAt(0)) || ofTheName(word, keys) || Concepts.isStopWord(word)
          || none(dictionary.apply(word, language), keys)) {
        return false;
      }
    }
    return seen > 0;
  }

  /** Whether a dictionary's entry makes a word none of another name: a common word, or a translation of the name's. */
  private static boolean none(Concepts.Entry entry, Set<String> keys) {
    return entry.common() || entry.renderings().stream().anyMatch(t -> keys.contains(NameSpellings.key(t)));
  }

  /** Whether the passage holds a word of a name by its own forms, not by another word of the name standing for it. */
  private static boolean holds(Retrieval.Concept c, List<Retrieval.Concept> name, Set<String> own,
      Set<String> neutral, String language) {
    for (String stem : c.stems().getOrDefault(IndexFields.body(language), Set.of())) {
      if (own.contains(stem)) {
        return true;
      }
    }
    Set<String> others = new HashSet<>();
    for (Retrieval.Concept sibling : name) {
      if (sibling != c) {
        others.addAll(sibling.stems().getOrDefault(IndexFields.BODY_NEUTRAL, Set.of()));
      }
    }
    for (String stem : c.stems().getOrDefault(IndexFields.BODY_NEUTRAL, Set.of())) {
      if (!others.contains(stem) && neutral.contains(stem)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a word right beside token {@code i} is another name's ("Pope Caius"); {@code none}: whether a word is
   * none (a common word, the question's beside the name, a translation of the name's).
   */
  private static boolean besideOther(String passage, List<Token> tokens, int i, Set<String> keys,
      Predicate<String> none) {
    for (int j : new int[] {i - 1, i + 1}) {
      if (j < 0 || j >= tokens.size()) {
        continue;
      }
      Token a = tokens.get(Math.min(i, j));
      Token b = tokens.get(Math.max(i, j));
      String word = tokens.get(j).text();
      if (JOINED.matcher(passage.substring(a.end(), b.start())).matches()
          && Character.isUpperCase(word.codePointAt(0)) && !ofTheName(word, keys)
          && !Concepts.isStopWord(word) && !none.test(word)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a passage's word is one of the question's name's words written another way: a form of it ("York" in "New
   * Yorkers"), a spelling a letter or two away ("Roberson" for "Robertson", "Sigman" for "Sigma"), or a short form
   * sharing its first letters ("Randy" for "Randall").
   */
  private static boolean ofTheName(String word, Set<String> keys) {
    String key = NameSpellings.key(word);
    for (String k : keys) {
      String shorter = k.length() <= key.length() ? k : key;
      String longer = shorter == k ? key : k;
      int allowed = longer.length() >= 8 ? 2 : longer.length() >= 5 ? 1 : 0;
      if (shorter.length() >= MIN_FORM && longer.startsWith(shorter.substring(0, MIN_FORM))
          || allowed > 0 && EditDistance.atMost(k, key, allowed) <= allowed) {
        return true;
      }
    }
    return keys.contains(key);
  }

  /** The question's names of several words: name concepts whose words stand side by side in its text. */
  static List<List<Retrieval.Concept>> names(String text, List<Retrieval.Concept> question) {
    List<List<Retrieval.Concept>> out = new ArrayList<>();
    List<Retrieval.Concept> current = new ArrayList<>();
    Retrieval.Concept last = null;
    for (Retrieval.Concept c : question) {
      boolean word = c.name() && Character.isLetter(c.word().codePointAt(0));
      if (word && last != null && adjacent(text, last.word(), c.word())) {
        current.add(c);
      } else {
        if (current.size() > 1) {
          out.add(current);
        }
        current = new ArrayList<>();
        if (word) {
          current.add(c);
        }
      }
      last = word ? c : null;
    }
    if (current.size() > 1) {
      out.add(current);
    }
    return out;
  }

  /**
   * Whether the text writes {@code first} and then {@code second} as whole words with only spaces or hyphens between
   * them ({@link #JOINED}); a plain scan, no pattern compiled for the pair.
   */
  static boolean adjacent(String text, String first, String second) {
    for (int at = text.indexOf(first); at >= 0; at = text.indexOf(first, at + 1)) {
      if (at > 0 && WholeWords.letterOrNumber(text.codePointBefore(at))) {
        continue;
      }
      int next = at + first.length();
      int gap = next;
      while (gap < text.length() && joining(text.charAt(gap))) {
        gap++;
      }
      int end = gap + second.length();
      if (gap > next && text.startsWith(second, gap)
          && (end == text.length() || !WholeWords.letterOrNumber(text.codePointAt(end)))) {
        return true;
      }
    }
    return false;
  }

  /** What {@link #JOINED} matches: an ASCII space ({@code \\s}) or a hyphen. */
  private static boolean joining(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '-'
        || c == '\u2010' || c == '\u2011';
  }

  private record Token(String text, int start, int end) {}

  private static List<Token> tokens(String passage) {
    List<Token> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(passage);
    while (m.find()) {
      out.add(new Token(m.group(), m.start(), m.end()));
    }
    return out;
  }
}
