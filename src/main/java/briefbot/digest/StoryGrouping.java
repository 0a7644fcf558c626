package briefbot.digest;

import briefbot.corpus.Paragraph;
import briefbot.index.IndexFields;
import briefbot.index.IndexedArticle;
import briefbot.index.ParagraphIndex.FieldTerm;
import briefbot.index.ParagraphIndex;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Groups the new articles into stories. Two articles tell the same story when they name the same people and
 * places (names weighted by how rare they are in the whole index, so "Russia" counts for little and a minister's
 * name for much) and their paragraphs mean much the same (the cosine of the articles' mean embeddings). Topic
 * similarity alone cannot tell two stories on one theme apart; names alone merge a politician's every speech.
 * Groups are merged by average linkage, so a chain of loosely related articles does not become one story.
 */
final class StoryGrouping {

  static final double NAME_WEIGHT = 0.6;
  static final double THRESHOLD = 0.56;

  private final ParagraphIndex index;

  StoryGrouping(ParagraphIndex index) {
    this.index = index;
  }

  /**
   * Groups of articles, each group one story; the order follows the input. Average linkage joins two groups only when
   * some pair across them is at the threshold (an average is never above its largest part), so the groups lie within
   * the sets of articles such pairs chain together, and each set is grouped alone: the same groups as grouping all at
   * once, without an all-pairs table of every new article (a day of 3,682 articles is 6.8 million pairs).
   */
  List<List<IndexedArticle>> group(List<IndexedArticle> articles, Map<String, float[]> vectors) {
    Likeness likeness = new Likeness(articles, vectors);
    List<List<Integer>> clusters = new ArrayList<>();
    for (List<Integer> chained : chained(articles.size(), likeness)) {
      clusters.addAll(chained.size() == 1 ? List.of(chained) : linkage(chained, likeness));
    }
    clusters.sort(Comparator.comparingInt(c -> c.get(0)));
    return clusters.stream().map(c -> c.stream().map(articles::get).toList()).toList();
  }

  /** The articles pairs at the threshold chain together, each set in ascending order. */
  private static List<List<Integer>> chained(int n, Likeness likeness) {
    int[] root = new int[n];
    for (int i = 0; i < n; i++) {
      root[i] = i;
    }
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        if (likeness.of(i, j) >= THRESHOLD) {
          root[find(root, j)] = find(root, i);
        }
      }
    }
    Map<Integer, List<Integer>> sets = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      sets.computeIfAbsent(find(root, i), k -> new ArrayList<>()).add(i);
    }
    return List.copyOf(sets.values());
  }

  private static int find(int[] root, int i) {
    while (root[i] != i) {
      root[i] = root[root[i]];
      i = root[i];
    }
    return i;
  }

  /** Average linkage over one chained set: the closest two groups merged while their mean likeness is at the threshold. */
  private static List<List<Integer>> linkage(List<Integer> members, Likeness likeness) {
    int n = members.size();
    double[][] sim = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        sim[i][j] = likeness.of(members.get(i), members.get(j));
        sim[j][i] = sim[i][j];
      }
    }
    List<List<Integer>> clusters = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      clusters.add(new ArrayList<>(List.of(i)));
    }
    while (true) {
      int bestA = -1;
      int bestB = -1;
      double best = THRESHOLD;
      for (int a = 0; a < clusters.size(); a++) {
        for (int b = a + 1; b < clusters.size(); b++) {
          double s = average(sim, clusters.get(a), clusters.get(b));
          if (s >= best) {
            best = s;
            bestA = a;
            bestB = b;
          }
        }
      }
      if (bestA < 0) {
        break;
      }
      clusters.get(bestA).addAll(clusters.remove(bestB));
    }
    return clusters.stream().map(c -> c.stream().sorted().map(members::get).toList()).toList();
  }

  /**
   * How alike two articles are: the names they share (weighted by rarity) and the cosine of their mean meanings. Two
   * pieces of one series (the same opening sentence around different text, {@link SeriesFrame}) are weighed by the
   * names of what each says beyond that frame: the columnist's name in the standfirst says nothing of the subject.
   */
  private final class Likeness {
    private final List<Map<String, Double>> names = new ArrayList<>();
    private final List<float[]> centroids = new ArrayList<>();
    private final List<SeriesFrame> frames = new ArrayList<>();
    private final Map<String, Double> idf = new HashMap<>();

    Likeness(List<IndexedArticle> articles, Map<String, float[]> vectors) {
      for (IndexedArticle a : articles) {
        names.add(unit(weights(Names.of(a.article()), idf)));
        centroids.add(centroid(a, vectors));
        frames.add(SeriesFrame.of(a.article()));
      }
    }

    double of(int i, int j) {
      Set<String> frame = frames.get(i).sharedFrame(frames.get(j));
      double byName = frame.isEmpty() ? cosine(names.get(i), names.get(j))
          : cosine(beyond(i, frame), beyond(j, frame));
      float[] ci = centroids.get(i);
      float[] cj = centroids.get(j);
      return ci == null || cj == null ? byName
          : NAME_WEIGHT * byName + (1 - NAME_WEIGHT) * ParagraphVectors.dot(ci, cj);
    }

    private Map<String, Double> beyond(int i, Set<String> frame) {
      return unit(weights(Names.of(frames.get(i).without(frame)), idf));
    }
  }

  private static float[] centroid(IndexedArticle a, Map<String, float[]> vectors) {
    List<float[]> own = new ArrayList<>();
    for (Paragraph p : a.article().paragraphs()) {
      float[] v = vectors.get(ParagraphVectors.key(a.article().id(), p.number()));
      if (v != null) {
        own.add(v);
      }
    }
    return ParagraphVectors.centroid(own);
  }

  /** A name's weight: the square root of the paragraphs naming it, times its rarity in the index. */
  private Map<String, Double> weights(Map<String, Double> counts, Map<String, Double> idfCache) {
    Map<String, Double> out = new HashMap<>();
    counts.forEach((name, count) -> out.put(name, Math.sqrt(count) * idfCache.computeIfAbsent(name, this::idf)));
    return out;
  }

  /** The inverse paragraph frequency of the rarest indexed word of a name; a figure counts as rare. */
  private double idf(String name) {
    double paragraphs = Math.max(1, index.documentCount());
    if (name.startsWith(Names.FIGURE_PREFIX)) {
      return Math.log((paragraphs + 1) / 2);
    }
    List<FieldTerm> terms = index.terms(IndexFields.BODY_NEUTRAL, name).stream()
        .map(t -> new FieldTerm(IndexFields.BODY_NEUTRAL, t)).toList();
    double best = 0;
    for (int df : index.docFreqs(terms).values()) {
      if (df > 0) {
        best = Math.max(best, Math.log((paragraphs + 1) / (df + 1)));
      }
    }
    return best;
  }

  private static double average(double[][] sim, List<Integer> a, List<Integer> b) {
    double sum = 0;
    for (int i : a) {
      for (int j : b) {
        sum += sim[i][j];
      }
    }
    return sum / (a.size() * b.size());
  }

  /** The cosine of two name weightings already of length 1 (or empty). */
  private static double cosine(Map<String, Double> a, Map<String, Double> b) {
    Map<String, Double> small = a.size() <= b.size() ? a : b;
    Map<String, Double> large = small == a ? b : a;
    double dot = 0;
    for (var e : small.entrySet()) {
      Double other = large.get(e.getKey());
      if (other != null) {
        dot += e.getValue() * other;
      }
    }
    return dot;
  }

  /** The weighting scaled to length 1; empty when it has no weight at all. */
  private static Map<String, Double> unit(Map<String, Double> m) {
    double s = 0;
    for (double v : m.values()) {
      s += v * v;
    }
    double norm = Math.sqrt(s);
    if (norm == 0) {
      return Map.of();
    }
    Map<String, Double> out = new HashMap<>();
    m.forEach((k, v) -> out.put(k, v / norm));
    return out;
  }
}
