package briefbot.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The words of the synthetic corpus: real news words of each language at the head of a Zipf distribution, and
 * made-up words from the language's syllables as its long tail, so posting lists are as skewed as in real news.
 */
final class Vocabulary {

  static final List<String> LANGUAGES = List.of("en", "nl", "de", "fr", "es");
  private static final int TAIL_WORDS = 6_000;
  private static final double ZIPF_EXPONENT = 1.05;

  private final Map<String, Map<String, List<String>>> lists;
  private final Map<String, List<String>> content = new HashMap<>();
  private final double[] cumulative;

  private Vocabulary(Map<String, Map<String, List<String>>> lists, long seed) {
    this.lists = lists;
    for (String language : LANGUAGES) {
      List<String> words = new ArrayList<>(list(language, "noun"));
      words.addAll(tail(language, new SplittableRandom(seed ^ language.hashCode())));
      content.put(language, words);
    }
    int size = content.get("en").size();
    cumulative = new double[size];
    double sum = 0;
    for (int rank = 0; rank < size; rank++) {
      sum += 1 / Math.pow(rank + 1, ZIPF_EXPONENT);
      cumulative[rank] = sum;
    }
  }

  static Vocabulary load(long seed) {
    Map<String, Map<String, List<String>>> lists = new HashMap<>();
    try (InputStream in = Vocabulary.class.getResourceAsStream("/briefbot/bench/words.tsv");
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t");
        List<String> words = new ArrayList<>();
        for (String w : cols[2].trim().split(" ")) {
          words.add(w.replace('_', ' '));
        }
        lists.computeIfAbsent(cols[0], k -> new HashMap<>()).put(cols[1], words);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Vocabulary(lists, seed);
  }

  /** Made-up words of two to four of the language's syllables: rare terms, as most of a news vocabulary is. */
  private List<String> tail(String language, SplittableRandom random) {
    List<String> syllables = list(language, "syll");
    Set<String> words = new LinkedHashSet<>();
    while (words.size() < TAIL_WORDS) {
      StringBuilder w = new StringBuilder();
      int n = 2 + random.nextInt(3);
      for (int i = 0; i < n; i++) {
        w.append(syllables.get(random.nextInt(syllables.size())));
      }
      String word = w.toString();
      words.add("de".equals(language) ? capitalize(word) : word);
    }
    return new ArrayList<>(words);
  }

  List<String> list(String language, String kind) {
    List<String> words = lists.getOrDefault(language, Map.of()).get(kind);
    if (words == null) {
      throw new IllegalStateException("words.tsv has no " + kind + " for " + language);
    }
    return words;
  }

  /** A content word of the language, drawn by Zipf rank: the head often, the tail rarely. */
  String contentWord(String language, SplittableRandom random) {
    List<String> words = content.get(language);
    double u = random.nextDouble() * cumulative[cumulative.length - 1];
    int lo = 0;
    int hi = cumulative.length - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (cumulative[mid] < u) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return words.get(Math.min(lo, words.size() - 1));
  }

  String pick(String language, String kind, SplittableRandom random) {
    List<String> words = list(language, kind);
    return words.get(random.nextInt(words.size()));
  }

  static String capitalize(String word) {
    return word.isEmpty() ? word : word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
  }
}
