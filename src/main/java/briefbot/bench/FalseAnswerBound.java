package briefbot.bench;

import static briefbot.bench.AnswerabilityFit.SMALL_GROUP;

import briefbot.bench.AnswerabilityFit.Row;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a model answers at a threshold: the false answers on unanswerable questions (the mean over sets of the mean
 * over languages), the share answered per group, and the lowest threshold that keeps false answers under a bound.
 */
final class FalseAnswerBound {

  private FalseAnswerBound() {}

  /** The lowest threshold whose false answers (see {@link #falseAnswers}) stay at or under the bound. */
  static double threshold(List<Row> rows, double[] weights, double bias, double maxFalse) {
    TreeSet<Double> candidates = new TreeSet<>();
    rows.forEach(r -> candidates.add(LogisticRegression.probability(r.x(), weights, bias)));
    candidates.add(1.0);
    for (double t : candidates) {
      if (falseAnswers(rows, weights, bias, t) <= maxFalse) {
        return t;
      }
    }
    return 1.0;
  }

  /**
   * The share of unanswerable questions answered at the threshold: the mean over the unanswerable sets, each the
   * mean over its question languages, where a language with fewer than {@link AnswerabilityFit#SMALL_GROUP}
   * questions weighs by its count (two Spanish questions read as German do not weigh as much as the set's 68 German
   * ones).
   */
  static double falseAnswers(List<Row> rows, double[] weights, double bias, double t) {
    Map<String, Map<String, double[]>> sets = new TreeMap<>();
    for (Row r : rows) {
      if (!r.answerable()) {
        double[] g = sets.computeIfAbsent(r.set(), x -> new TreeMap<>())
            .computeIfAbsent(r.language(), x -> new double[2]);
        g[0]++;
        g[1] += LogisticRegression.probability(r.x(), weights, bias) >= t ? 1 : 0;
      }
    }
    return sets.values().stream()
        .mapToDouble(langs -> {
          double weight = langs.values().stream().mapToDouble(g -> Math.min(g[0], SMALL_GROUP)).sum();
          return langs.values().stream().mapToDouble(g -> Math.min(g[0], SMALL_GROUP) * g[1] / g[0]).sum() / weight;
        })
        .average().orElse(0);
  }

  /** Per group of questions (file/kind): how many, and the share answered at the threshold. */
  static Map<String, double[]> byGroup(List<Row> rows, double[] weights, double bias, double t) {
    Map<String, double[]> groups = new TreeMap<>();
    for (Row r : rows) {
      double[] g = groups.computeIfAbsent(r.group() + (r.answerable() ? "" : " (unanswerable)"), x -> new double[2]);
      g[0]++;
      g[1] += LogisticRegression.probability(r.x(), weights, bias) >= t ? 1 : 0;
    }
    groups.values().forEach(g -> g[1] /= g[0]);
    return groups;
  }

  static double refusals(Map<String, double[]> byGroup) {
    return byGroup.entrySet().stream().filter(e -> !e.getKey().endsWith("(unanswerable)"))
        .mapToDouble(e -> 1 - e.getValue()[1]).average().orElse(0);
  }
}
