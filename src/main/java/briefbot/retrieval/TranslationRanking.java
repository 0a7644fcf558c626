package briefbot.retrieval;

import briefbot.retrieval.TermTable.Translation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/** A word's translations ranked by how surely they translate it, and its parts of speech as the table holds them. */
final class TranslationRanking {

  /** Translations kept per word: more add query terms that mostly match other senses. */
  static final int KEEP = 8;
  /** A phrase translating one word ("sich zusammenfinden") matches by its words alone: it counts less. */
  private static final double PHRASE = 0.5;

  private TranslationRanking() {}

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
  static List<Translation> profile(int[] counts) {
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
  static List<Translation> best(List<Translation> weighted) {
    List<Translation> out = new ArrayList<>(weighted);
    out.sort(Comparator.comparingDouble(Translation::weight).reversed()); // stable: the given order among equals
    return List.copyOf(out.subList(0, Math.min(KEEP, out.size())));
  }
}
