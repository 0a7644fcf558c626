package briefbot.retrieval;

import briefbot.index.Analyzers;
import briefbot.index.IndexFields;
import briefbot.retrieval.TermTable.Key;
import briefbot.retrieval.TermTable.Translation;
import java.io.IOException;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
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
  /** A phrase translating one word ("sich zusammenfinden") matches by its words alone: it counts less. */
  private static final double PHRASE = 0.5;
  private static final int MAX_PHRASE_WORDS = 3;
  private static final String PROFILED = "en";

  /** Which dictionaries gave a translation (the forward one, the reverse one) and in how many of their senses. */
  record Given(boolean forward, boolean reverse, int senses) {

    static final Given FORWARD_SENSE = new Given(true, false, 1);
    static final Given REVERSE_SENSE = new Given(false, true, 1);

    Given and(Given other) {
      return new Given(forward || other.forward, reverse || other.reverse, senses + other.senses);
    }

    /** What both directions agree on counts most, then what the forward dictionary gives. */
    double weight() {
      return forward && reverse ? BOTH : forward ? FORWARD : REVERSE;
    }
  }

  /** "en>de" -> word -> translation -> which dictionaries gave it, in the order first seen. */
  private final Map<String, Map<String, Map<String, Given>>> pairs = new HashMap<>();
  /** "en>de" -> word -> its senses: the lines of its entries in the dictionary of that direction. */
  private final Map<String, Map<String, Integer>> senses = new HashMap<>();
  /** language -> word -> how many senses of each part of speech its labels give, as headword or translation. */
  private final Map<String, Map<String, int[]>> parts = new HashMap<>();

  private FreeDictTable() {}

  static TermTable build(List<FreeDict.Source> sources, List<ApertiumBidix.Source> bidixes) throws IOException {
    FreeDictTable table = new FreeDictTable();
    for (FreeDict.Source source : sources) {
      FreeDict.read(source, entry -> table.add(source.from(), source.to(), entry));
    }
    // Apertium's entries join FreeDict's as more senses: a translation both give, or both directions, weighs more
    for (ApertiumBidix.Source bidix : bidixes) {
      ApertiumBidix.read(bidix, entry -> table.add(bidix.from(), bidix.to(), entry));
    }
    return table.compile();
  }

  private void add(String from, String to, FreeDict.Entry entry) {
    String word = entry.headword().toLowerCase(Locale.ROOT);
    boolean single = word.indexOf(' ') < 0;
    if (single) {
      senses.computeIfAbsent(from + ">" + to, k -> new HashMap<>()).merge(word, entry.senses().size(), Integer::sum);
    }
    for (List<FreeDict.Term> sense : entry.senses()) {
      int sensePos = entry.pos();
      for (FreeDict.Term term : sense) {
        sensePos |= entry.pos() == 0 ? term.pos() : 0; // "leave" -> "Urlaub <masc>": this sense of leave is a noun
      }
      if (single) {
        count(from, word, sensePos);
      }
      for (FreeDict.Term term : sense) {
        String t = term.text().toLowerCase(Locale.ROOT);
        if (t.indexOf(' ') < 0) {
          count(to, t, term.pos() != 0 ? term.pos() : entry.pos());
        }
        int words = t.split(" ").length;
        if (single && words <= MAX_PHRASE_WORDS) {
          candidates(from, to, word).merge(t, Given.FORWARD_SENSE, Given::and);
        }
        if (words == 1 && word.split(" ").length <= MAX_PHRASE_WORDS) {
          candidates(to, from, t).merge(word, Given.REVERSE_SENSE, Given::and);
        }
      }
    }
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

  private Map<String, Given> candidates(String from, String to, String word) {
    return pairs.computeIfAbsent(from + ">" + to, k -> new HashMap<>()).computeIfAbsent(word, k -> new LinkedHashMap<>(4));
  }

  private TermTable compile() throws IOException {
    TreeMap<byte[], List<Translation>> sorted = new TreeMap<>(Arrays::compareUnsigned);
    for (var pair : pairs.entrySet()) {
      String from = pair.getKey().substring(0, 2);
      String to = pair.getKey().substring(3);
      Map<String, Map<String, Double>> byStem = new HashMap<>();
      Map<String, Integer> senseCounts = senses.getOrDefault(pair.getKey(), Map.of());
      for (var word : pair.getValue().entrySet()) {
        int count = senseCounts.getOrDefault(word.getKey(), word.getValue().size());
        List<Translation> ranked = rank(word.getValue(), count);
        sorted.put(TermTable.key(from, to, Key.WORD, word.getKey()), ranked);
        List<String> stems = Analyzers.terms(IndexFields.body(from), word.getKey());
        if (stems.size() == 1) {
          Map<String, Double> merged = byStem.computeIfAbsent(stems.get(0), k -> new LinkedHashMap<>());
          ranked.forEach(t -> merged.merge(t.text(), t.weight(), Math::max));
        }
      }
      pair.getValue().clear();
      byStem.forEach((stem, merged) -> sorted.put(TermTable.key(from, to, Key.STEM, stem), best(merged)));
    }
    pairs.clear();
    senses.clear();
    parts.forEach((language, words) -> words.forEach((word, counts) ->
        sorted.put(TermTable.key(language, language, Key.POS, word), profile(counts))));
    parts.clear();
    return TermTable.of(() -> sorted.entrySet().stream()
        .map(e -> (Map.Entry<byte[], List<Translation>>) new AbstractMap.SimpleEntry<>(e.getKey(), e.getValue()))
        .iterator());
  }

  /**
   * Weights a word's translations: what both directions agree on counts most, and a word with many senses (the
   * lines of its entries; synonyms share a line) spreads its trust over them: 1/sqrt(senses), at least a quarter.
   * A word only the reverse dictionary gives has as many senses as words it translates. Among equal weights, a
   * translation more senses of both dictionaries give comes first: "verlassen" is "deserted", "abandoned", "quit",
   * "leave" in several senses each, "lorn" or "egress" in one, and a word with many senses keeps only {@link #KEEP}.
   */
  static List<Translation> rank(Map<String, Given> candidates, int senses) {
    double ambiguity = Math.max(0.25, 1 / Math.sqrt(Math.max(1, senses)));
    Map<String, Double> weights = new LinkedHashMap<>();
    candidates.entrySet().stream()
        .sorted(Map.Entry.<String, Given>comparingByValue(Comparator.comparingInt(Given::senses)).reversed())
        .forEach(e -> weights.put(e.getKey(),
            e.getValue().weight() * ambiguity * (e.getKey().indexOf(' ') >= 0 ? PHRASE : 1)));
    return best(weights);
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

  private static List<Translation> best(Map<String, Double> weights) {
    List<Translation> out = new ArrayList<>();
    weights.forEach((t, w) -> out.add(new Translation(t, w)));
    out.sort(Comparator.comparingDouble(Translation::weight).reversed()); // stable: the given order among equals
    return List.copyOf(out.subList(0, Math.min(KEEP, out.size())));
  }
}
