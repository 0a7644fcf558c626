package briefbot.digest;

import briefbot.corpus.Paragraph;
import briefbot.index.IndexFields;
import briefbot.index.IndexedArticle;
import briefbot.index.ParagraphIndex.FieldTerm;
import briefbot.index.ParagraphIndex;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

  /** Groups of articles, each group one story; the order follows the input. */
  List<List<IndexedArticle>> group(List<IndexedArticle> articles, Map<String, float[]> vectors) {
    int n = articles.size();
    double[][] sim = similarities(articles, vectors);
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
    return clusters.stream().map(c -> c.stream().sorted().map(articles::get).toList()).toList();
  }

  double[][] similarities(List<IndexedArticle> articles, Map<String, float[]> vectors) {
    int n = articles.size();
    List<Map<String, Double>> names = new ArrayList<>();
    List<float[]> centroids = new ArrayList<>();
    Map<String, Double> idf = new HashMap<>();
    for (IndexedArticle a : articles) {
      names.add(weights(Names.of(a.article()), idf));
      centroids.add(centroid(a, vectors));
    }
    double[][] sim = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        double byName = cosine(names.get(i), names.get(j));
        float[] ci = centroids.get(i);
        float[] cj = centroids.get(j);
        double s = ci == null || cj == null ? byName
            : NAME_WEIGHT * byName + (1 - NAME_WEIGHT) * ParagraphVectors.dot(ci, cj);
        sim[i][j] = s;
        sim[j][i] = s;
      }
    }
    return sim;
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

  private static double cosine(Map<String, Double> a, Map<String, Double> b) {
    double dot = 0;
    for (var e : a.entrySet()) {
      dot += e.getValue() * b.getOrDefault(e.getKey(), 0.0);
    }
    double na = norm(a);
    double nb = norm(b);
    return na == 0 || nb == 0 ? 0 : dot / (na * nb);
  }

  private static double norm(Map<String, Double> m) {
    double s = 0;
    for (double v : m.values()) {
      s += v * v;
    }
    return Math.sqrt(s);
  }
}
