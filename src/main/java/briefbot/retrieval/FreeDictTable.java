package briefbot.retrieval;

import briefbot.index.Analyzers;
import briefbot.index.IndexFields;
import briefbot.retrieval.TermTable.Key;
import briefbot.retrieval.TermTable.Translation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Turns FreeDict dictionaries into a term table: for each pair of languages, each single word's translations from
 * the dictionary of that direction and from the reverse one, weighted by agreement and ambiguity, under the word
 * and under its stem.
 */
final class FreeDictTable {

  /** Translations kept per word: more add query terms that mostly match other senses. */
  static final int KEEP = 8;
  /** Weight of a translation both dictionaries give, only the forward one gives, only the reverse one gives. */
  private static final double BOTH = 1.0;
  private static final double FORWARD = 0.7;
  private static final double REVERSE = 0.5;
  /**
   * Weight of a word only the head of a two-word phrase gives back ("union" in nld-eng's "vakbond: trade-union"): a
   * phrase's head is one of its senses, the phrase says which.
   */
  private static final double HEAD = REVERSE * 0.5;
  /** A phrase translating one word ("sich zusammenfinden") matches by its words alone: it counts less. */
  private static final double PHRASE = 0.5;
  private static final int MAX_PHRASE_WORDS = 3;
  private static final String PROFILED = "en";
  private static final String ARTICLE = "the";

  /**
   * Which dictionaries gave a translation (the forward one, the reverse one, only a phrase's head in the reverse one),
   * in how many of their senses, and, summed over the reverse dictionary's senses that say the word, one over the
   * words of each: divided by the translation's own senses when ranked, it is how surely the reverse dictionary gives
   * the word back, 1 when the word is all it means ("staking": strike) and 1/6 when it is one of three words of one
   * of two senses ("houwen": beat, hit, strike; chop, cut, hack).
   */
  record Given(boolean forward, boolean reverse, boolean head, int senses, double back) {

    /**
     * Most translations give no share back (only two small dictionaries do) and have few senses: one of each such
     * kind serves them all, where a conversion would make a million.
     */
    private static final int SHARED_SENSES = 64;
    private static final Given[] SHARED = IntStream.range(0, 8 * SHARED_SENSES)
        .mapToObj(i -> new Given((i & 4 * SHARED_SENSES) != 0, (i & 2 * SHARED_SENSES) != 0,
            (i & SHARED_SENSES) != 0, i % SHARED_SENSES, 0))
        .toArray(Given[]::new);

    static final Given FORWARD_SENSE = of(true, false, false, 1, 0);

    static Given reverseSense(double back) {
      return of(false, true, false, 1, back);
    }

    static Given headSense(double back) {
      return of(false, false, true, 1, back);
    }

    private static Given of(boolean forward, boolean reverse, boolean head, int senses, double back) {
      if (back == 0 && senses >= 0 && senses < SHARED_SENSES) {
        return SHARED[((forward ? 4 : 0) + (reverse ? 2 : 0) + (head ? 1 : 0)) * SHARED_SENSES + senses];
      }
      return new Given(forward, reverse, head, senses, back);
    }

    Given and(Given other) {
      return of(forward || other.forward, reverse || other.reverse, head || other.head, senses + other.senses,
          back + other.back);
    }

    /** What both directions agree on counts most, then what the forward dictionary gives, then a phrase's head. */
    double weight() {
      return forward && reverse ? BOTH : forward ? FORWARD : reverse ? REVERSE : HEAD;
    }
  }

  /** "en>de" -> word -> its translations and which dictionaries gave each, in the order first seen. */
  private final Map<String, Map<String, GivenTranslations>> pairs = new HashMap<>();
  /** "en>de" -> word -> its senses: the lines of its entries in the dictionary of that direction. */
  private final Map<String, Map<String, Integer>> senses = new HashMap<>();
  /** language -> word -> how many senses of each part of speech its labels give, as headword or translation. */
  private final Map<String, Map<String, int[]>> parts = new HashMap<>();
  /** "en>nl" -> an English phrase's head -> the words whose translation it heads -> the phrase's first word. */
  private final Map<String, Map<String, Map<String, Headed>>> heads = new HashMap<>();

  /** A phrase's head's source word: the phrase's first word, and the share of the word's entry the phrase is. */
  private record Headed(String modifier, double back) {}

  /**
   * Each word's one string while the dictionaries are added: a word is a key of its pair, of its senses and of its
   * parts of speech and a translation of many others, read anew each time (1.8 million strings where 800,000 do).
   */
  private StringSet strings = new StringSet();

  private FreeDictTable() {}

  private String word(String text) {
    return strings.intern(text);
  }

  /** The table of the dictionaries; {@code folder} is where it will be kept, and where its rows are sorted. */
  static TermTable build(List<FreeDict.Source> sources, List<ApertiumBidix.Source> bidixes, Path folder)
      throws IOException {
    FreeDictTable table = new FreeDictTable();
    table.addFreeDict(sources);
    // Apertium's entries join FreeDict's as more senses: a translation both give, or both directions, weighs more
    for (ApertiumBidix.Source bidix : bidixes) {
      ApertiumBidix.read(bidix, entry -> table.add(bidix.from(), bidix.to(), entry, null));
    }
    table.strings = null; // all added: the words stay one string each
    return table.compile(folder);
  }

  private void addFreeDict(List<FreeDict.Source> sources) throws IOException {
    // each dictionary read once and kept as bytes: the entries are profiled before any is added, and added in the
    // sources' order (among translations of equal weight the first seen is kept first)
    Map<FreeDict.Source, PackedEntries> read = new LinkedHashMap<>();
    // nld-eng and spa-eng write some phrases without spaces ("TheHague", "campingground"): English headwords split
    Set<String> english = new HashSet<>();
    for (FreeDict.Source source : sources) {
      PackedEntries entries = new PackedEntries();
      boolean profiled = source.from().equals(PROFILED);
      FreeDict.read(source, entry -> {
        entries.add(entry);
        String word = entry.headword().toLowerCase(Locale.ROOT);
        if (profiled && word.indexOf(' ') < 0) {
          english.add(word);
        }
      });
      read.put(source, entries);
    }
    JoinedWords joined = new JoinedWords(english);
    Set<FreeDict.Source> whole = new HashSet<>();
    read.forEach((source, entries) -> {
      if (source.to().equals(PROFILED) && !source.from().equals(PROFILED)) {
        int[] counts = new int[2];
        entries.forEach(entry -> entry.senses().forEach(sense -> sense.forEach(term -> {
          if (term.text().indexOf(' ') < 0) {
            counts[0]++;
            counts[1] += joined.split(term.text()).equals(term.text()) ? 0 : 1;
          }
        })));
        if (JoinedWords.writesPhrasesWhole(counts[0], counts[1])) {
          whole.add(source);
        }
      }
    });
    for (var it = read.entrySet().iterator(); it.hasNext(); ) {
      var source = it.next();
      JoinedWords split = whole.contains(source.getKey()) ? joined : null;
      source.getValue().forEach(entry -> add(source.getKey().from(), source.getKey().to(), entry, split));
      it.remove(); // an added dictionary is let go while the next is added
    }
  }

  /** An entry of a dictionary from {@code from} to {@code to}; {@code joined} spaces its joined phrases, if any. */
  private void add(String from, String to, FreeDict.Entry entry, JoinedWords joined) {
    String word = word(entry.headword().toLowerCase(Locale.ROOT));
    boolean single = word.indexOf(' ') < 0;
    senses.computeIfAbsent(from + ">" + to, k -> new HashMap<>()).merge(word, entry.senses().size(), Integer::sum);
    for (List<FreeDict.Term> sense : entry.senses()) {
      int sensePos = entry.pos();
      for (FreeDict.Term term : sense) {
        sensePos |= entry.pos() == 0 ? term.pos() : 0; // "leave" -> "Urlaub <masc>": this sense of leave is a noun
      }
      if (single) {
        count(from, word, sensePos);
      }
      // how surely this dictionary gives its headword back for one of the sense's words, of this sense (the share of
      // all its senses is taken at the end). Read only in the small dictionaries that write phrases whole (nld-eng,
      // spa-eng): in deu-eng (Ding, 278,000 translations) a word's ties are mostly rare words of one sense, and a
      // phrase's head a rare compound ("died": verendete; "cysts": Follikelzysten)
      double back = joined == null ? 0 : 1.0 / sense.size();
      for (FreeDict.Term term : sense) {
        String t = word(english(to, term.text(), joined).toLowerCase(Locale.ROOT));
        if (t.indexOf(' ') < 0) {
          count(to, t, term.pos() != 0 ? term.pos() : entry.pos());
        }
        String[] words = t.split(" ");
        if (single && words.length <= MAX_PHRASE_WORDS) {
          candidates(from, to, word).merge(t, Given.FORWARD_SENSE);
        }
        boolean phrase = word.split(" ").length <= MAX_PHRASE_WORDS;
        if (words.length == 1 && phrase) {
          candidates(to, from, t).merge(word, Given.reverseSense(back));
        }
        String[] parts = t.split("[ -]");
        if (joined != null && parts.length == 2 && single && !JoinedWords.function(parts[1])
            && parts[1].length() >= 3 && !JoinedWords.function(parts[0])) {
          heads.computeIfAbsent(to + ">" + from, k -> new HashMap<>()).computeIfAbsent(parts[1], k -> new HashMap<>())
              .merge(word, new Headed(parts[0], back), (a, b) -> new Headed(a.modifier(), a.back() + b.back()));
        }
      }
    }
  }

  /**
   * An English translation of a dictionary that writes phrases whole, as texts write it: a joined phrase spaced
   * ("campingground": camping ground), and a name written with its article ("TheHague") as the name alone, which is how
   * a question says it. Others are read as they are: in deu-eng "the Galaxy" is the Milky Way, not "galaxy" (read as
   * the name alone, "in which galaxy is the Pistol Star located?" was refused on MLQA).
   */
  private static String english(String language, String text, JoinedWords joined) {
    if (!language.equals(PROFILED) || joined == null) {
      return text;
    }
    String spaced = joined.split(text);
    int space = spaced.indexOf(' ');
    if (space > 0 && spaced.substring(0, space).equalsIgnoreCase(ARTICLE) && spaced.indexOf(' ', space + 1) < 0
        && space + 1 < spaced.length() && Character.isUpperCase(spaced.charAt(space + 1))) {
      return spaced.substring(space + 1);
    }
    return spaced;
  }

  /** Only English words' parts of speech are kept: every translation that needs them goes into or through English. */
  private void count(String language, String word, int pos) {
    if (pos == 0 || !language.equals(PROFILED)) {
      return;
    }
    int[] counts = parts.computeIfAbsent(language, k -> new HashMap<>()).computeIfAbsent(word, k -> new int[4]);
    for (int i = 0; i < counts.length; i++) {
      counts[i] += (pos & PartOfSpeech.bit(i)) != 0 ? 1 : 0;
    }
  }

  private GivenTranslations candidates(String from, String to, String word) {
    return pairs.computeIfAbsent(from + ">" + to, k -> new HashMap<>()).computeIfAbsent(word,
        k -> new GivenTranslations());
  }

  /**
   * A phrase's head gives its source word back where the phrase names a kind of the head ("trade union", "tented
   * camp"), not where it is a verb with its object or particle ("hold back", "pay attention"): the first word is
   * not mostly a verb and the head has a noun's sense, by the dictionaries' labels (an unlabelled word may be
   * either). Only a word with translations of its own gets more from the phrases it heads, weighing less than its own:
   * an inflected form the dictionaries do not list ("cities", "called") is looked up by its lemma, which a phrase
   * ("emerging cities", "so called") must not shadow.
   */
  private void addHeads() {
    Map<String, int[]> english = parts.getOrDefault(PROFILED, Map.of());
    heads.forEach((pair, byHead) -> byHead.forEach((head, words) -> {
      int[] headParts = english.get(head);
      GivenTranslations own = pairs.getOrDefault(pair, Map.of()).get(head);
      if (headParts != null && headParts[1] == 0 || own == null) {
        return;
      }
      words.forEach((word, headed) -> {
        int[] first = english.get(headed.modifier());
        if (first == null || first[0] <= first[1] + first[2]) {
          own.merge(word, Given.headSense(headed.back()));
        }
      });
    }));
    heads.clear();
  }

  /**
   * The table: each pair's words with their ranked translations, their stems and the English words' parts of
   * speech, as rows sorted on disk, so that the table is compiled once the dictionaries' words are let go; a pair's
   * words are let go as they are ranked.
   */
  private TermTable compile(Path folder) throws IOException {
    addHeads();
    try (TableRows rows = new TableRows(folder)) {
      for (String pair : List.copyOf(pairs.keySet())) {
        add(pair.substring(0, 2), pair.substring(3), pairs.remove(pair), rows);
      }
      senses.clear();
      for (var language : parts.entrySet()) {
        for (var word : language.getValue().entrySet()) {
          rows.add(TermTable.key(language.getKey(), language.getKey(), Key.POS, word.getKey()),
              TermTable.encode(profile(word.getValue())));
        }
      }
      parts.clear();
      return rows.table();
    }
  }

  /** A pair's words, each with its ranked translations, and their stems, each with its words' best. */
  private void add(String from, String to, Map<String, GivenTranslations> words, TableRows rows) throws IOException {
    Map<String, StemTranslations> byStem = new HashMap<>();
    Map<String, Integer> senseCounts = senses.getOrDefault(from + ">" + to, Map.of());
    Map<String, Integer> reverseCounts = senses.getOrDefault(to + ">" + from, Map.of());
    for (var it = words.entrySet().iterator(); it.hasNext(); ) {
      var word = it.next();
      int count = senseCounts.getOrDefault(word.getKey(), word.getValue().size());
      List<Translation> ranked = rank(word.getValue(), count, reverseCounts);
      rows.add(TermTable.key(from, to, Key.WORD, word.getKey()), TermTable.encode(ranked));
      List<String> stems = Analyzers.terms(IndexFields.body(from), word.getKey());
      if (stems.size() == 1) {
        StemTranslations merged = byStem.computeIfAbsent(stems.get(0), k -> new StemTranslations());
        ranked.forEach(merged::add);
      }
      it.remove(); // the stems are merged in the words' order, kept: removing an entry leaves the others' order
    }
    for (var stem : byStem.entrySet()) {
      rows.add(TermTable.key(from, to, Key.STEM, stem.getKey()),
          TermTable.encode(best(stem.getValue().translations())));
    }
  }

  /**
   * A stem's translations, each with the best weight any of its words gives it, in the order first given: a
   * {@code LinkedHashMap<String, Double>}'s order in a fraction of its memory (de>en has 200,000 stems).
   */
  private static final class StemTranslations {

    private String[] texts = new String[4];
    private double[] weights = new double[4];
    private int size;

    void add(Translation t) {
      for (int i = 0; i < size; i++) {
        if (texts[i].equals(t.text())) {
          weights[i] = Math.max(weights[i], t.weight());
          return;
        }
      }
      if (size == texts.length) {
        texts = Arrays.copyOf(texts, size * 2);
        weights = Arrays.copyOf(weights, size * 2);
      }
      texts[size] = t.text();
      weights[size++] = t.weight();
    }

    List<Translation> translations() {
      List<Translation> out = new ArrayList<>(size);
      for (int i = 0; i < size; i++) {
        out.add(new Translation(texts[i], weights[i]));
      }
      return out;
    }
  }

  /**
   * Weights a word's translations: what both directions agree on counts most, and a word with many senses (the
   * lines of its entries; synonyms share a line) spreads its trust over them: 1/sqrt(senses), at least a quarter.
   * A word only the reverse dictionary gives has as many senses as words it translates. Among equal weights, a
   * translation more senses of both dictionaries give comes first: "verlassen" is "deserted", "abandoned", "quit",
   * "leave" in several senses each, "lorn" or "egress" in one, and a word with many senses keeps only {@link #KEEP}.
   * Among those, a translation the reverse dictionary gives the word back for more surely: "strike" keeps "staking",
   * whose entry says only "strike", before "houwen" and "slaan", where it is one of three words of one sense of
   * several. That share is also the least trust the translation keeps, however many senses the word has: a paragraph
   * that says "staking" holds a strike, whichever sense the question means. (Read only where the reverse dictionary
   * is one that writes phrases whole; in deu-eng it made rare one-sense words the surest: "court": Fürstenhof before
   * Gericht.)
   */
  static List<Translation> rank(GivenTranslations candidates, int senses, Map<String, Integer> reverseSenses) {
    double ambiguity = Math.max(0.25, 1 / Math.sqrt(Math.max(1, senses)));
    int n = candidates.size();
    double[] back = new double[n];
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      back[i] = Math.min(1, candidates.given(i).back()
          / Math.max(1, reverseSenses.getOrDefault(candidates.text(i), 1)));
      order[i] = i;
    }
    Arrays.sort(order, Comparator.<Integer>comparingInt(i -> candidates.given(i).senses())
        .thenComparingDouble(i -> back[i]).reversed()); // stable: among equals, the order first seen
    List<Translation> weighted = new ArrayList<>(n);
    for (int i : order) {
      String t = candidates.text(i);
      weighted.add(new Translation(t,
          candidates.given(i).weight() * Math.max(ambiguity, back[i]) * (t.indexOf(' ') >= 0 ? PHRASE : 1)));
    }
    return best(weighted);
  }

  /** A word's share of senses of each part of speech, as "translations" named v, n, a, o. */
  private static List<Translation> profile(int[] counts) {
    double total = IntStream.of(counts).sum();
    List<Translation> out = new ArrayList<>();
    for (int i = 0; i < counts.length; i++) {
      if (counts[i] > 0) {
        out.add(new Translation(PartOfSpeech.NAMES.get(i), counts[i] / total));
      }
    }
    return out;
  }

  /** The {@link #KEEP} weightiest of distinct translations. */
  private static List<Translation> best(List<Translation> weighted) {
    List<Translation> out = new ArrayList<>(weighted);
    out.sort(Comparator.comparingDouble(Translation::weight).reversed()); // stable: the given order among equals
    return List.copyOf(out.subList(0, Math.min(KEEP, out.size())));
  }
}
