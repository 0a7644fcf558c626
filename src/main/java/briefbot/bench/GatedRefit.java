package briefbot.bench;

import briefbot.bench.AnswerabilityFit.GateRule;
import briefbot.bench.AnswerabilityFit.Kept;
import briefbot.bench.AnswerabilityFit.Model;
import briefbot.bench.AnswerabilityFit.Row;
import briefbot.retrieval.Signals;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * {@code eval refit --keep}: a fitted model kept whole, with products that share one 0/1 signal (the gate) fitted
 * over it where the gate is 1, and the gate's own weight set under a bound on false answers or at the kept model's
 * gold answers ({@link GateRule}).
 */
final class GatedRefit {

  private GatedRefit() {}

  /**
   * The kept model's own false answers on the questions where the gate of {@code products} is 1, measured as
   * {@link FalseAnswerBound#falseAnswers} measures them: the bound of a refit that may answer no more unanswerable
   * questions there than the kept model does ({@code eval refit --at-kept-level}).
   */
  static double keptLevelOf(List<Row> signals, Kept kept, List<String> products) {
    if (products.isEmpty()) {
      throw new IllegalArgumentException("--at-kept-level needs --keep and --products");
    }
    String gate = products.get(0).split("\\*")[0];
    List<Row> gated = SignalRows.where(gate, signals).stream()
        .map(r -> r.with(Signals.features(kept.features(), r.x()))).toList();
    return FalseAnswerBound.falseAnswers(gated, kept.weights(), kept.bias(), kept.threshold());
  }

  /**
   * Keeps a fitted model whole and adds products that share one 0/1 signal, the gate ({@code foreign*coverage,
   * foreign*bm25}: the gate is foreign), and the gate itself: where the gate is 0 every question gets the kept model's
   * probability and verdict; where it is 1 the added weights are fitted (the kept model's score as a fixed offset),
   * then the gate's own weight is lowered until false answers on the gate's questions (the mean over their sets, as
   * {@link FalseAnswerBound#falseAnswers}) stay under the bound at the kept threshold (the highest such weight, to
   * 0.0001: a coarse step can pass several questions at once and leave the bound unused). So a fit for questions in
   * another language than their passage cannot move English on English, and the false answers the kept model makes
   * where the gate is 0, which no added weight can change, do not push the gate's questions down to make up for them.
   * With {@code rescale}, the kept model's score on the gate's questions is multiplied by a fitted factor too (written
   * as the gate's products with each kept feature): the kept model is sure of itself, and a new signal such as {@code
   * sentenceDense} that it never saw can move a verdict only when its score counts for what it is worth there. A gate
   * or product the kept model already weighs ({@code foreign} in the jar's model) keeps its column: the fit moves its
   * weight from the kept value, so a gate can be refitted over the model it is part of when its signals change (a
   * larger dictionary makes foreign matches cheaper). With {@link GateRule#KEPT_BOTH} the gate's weight is instead the
   * lowest that keeps the kept model's gold answers on the gate's answerable questions ({@link #lowestKeepingBoth});
   * {@code maxFalse} is then not read.
   */
  static Model fit(List<Row> signals, double maxFalse, Kept kept, List<String> products, boolean rescale,
      GateRule rule) {
    String gate = products.isEmpty() ? "" : products.get(0).split("\\*")[0];
    if (products.isEmpty() || products.stream().anyMatch(p -> !p.startsWith(gate + "*"))) {
      throw new IllegalArgumentException("--keep fits products that share their first signal (the gate): "
          + "foreign*coverage,foreign*bm25");
    }
    // the gate and the products; one the kept model already weighs keeps its column, and its weight is moved
    List<String> added = new ArrayList<>(List.of(gate));
    added.addAll(products);
    List<String> features = new ArrayList<>(kept.features());
    added.stream().filter(f -> !features.contains(f)).forEach(features::add);
    int[] at = added.stream().mapToInt(features::indexOf).toArray();
    int g = at[0];
    List<Row> rows = SignalRows.as(features, signals);
    int k = kept.features().size();
    double[] offsets = rows.stream().mapToDouble(r -> LogisticRegression.score(Arrays.copyOf(r.x(), k),
        kept.weights(), kept.bias())).toArray();
    List<Row> learn = new ArrayList<>();
    List<Double> learnOffsets = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      Row r = rows.get(i);
      if (r.y() >= 0 && r.x()[g] != 0) {
        double[] x = Arrays.stream(at).mapToDouble(j -> r.x()[j]).toArray();
        if (rescale) { // the kept score becomes a column whose weight is fitted, the offset nothing
          x = prepend(offsets[i], x);
        }
        learn.add(r.with(x));
        learnOffsets.add(rescale ? 0 : offsets[i]);
      }
    }
    if (learn.stream().noneMatch(r -> r.y() == 1) || learn.stream().noneMatch(r -> r.y() == 0)) {
      throw new IllegalArgumentException("the fit needs answerable and unanswerable questions where " + gate + " is 1");
    }
    double[] v = LogisticRegression.newton(learn, AnswerabilityFit.groupWeights(learn),
        learnOffsets.stream().mapToDouble(Double::doubleValue).toArray(), false);
    double[] weights = Arrays.copyOf(kept.weights(), features.size());
    for (int i = 0; i < at.length; i++) { // over the kept score, so a weight the kept model has moves by the fit
      weights[at[i]] += v[(rescale ? 1 : 0) + i];
    }
    if (rescale) {
      weights = rescaled(features, weights, kept, gate, v[0], signals);
    }
    // the model is written with weights rounded to 4 decimals: the bound is checked on those, not on finer ones
    // that a rounded gate weight could move past it (one more left-out question answered at the edge)
    weights = AnswerabilityFit.round(weights);
    // rescaling adds the gate's products with kept features: the rows are read again with the grown feature list
    List<Row> fitted = rescale ? SignalRows.as(features, signals) : rows;
    List<Row> gated = fitted.stream().filter(r -> r.x()[g] != 0).toList();
    weights[g] = rule == GateRule.KEPT_BOTH ? lowestKeepingBoth(gated, weights, g, kept)
        : highestWithinBound(gated, weights, g, kept, maxFalse);
    Map<String, double[]> byGroup = FalseAnswerBound.byGroup(fitted, weights, kept.bias(), kept.threshold());
    return new Model(features, weights, kept.bias(), kept.threshold(),
        FalseAnswerBound.falseAnswers(gated, weights, kept.bias(), kept.threshold()),
        FalseAnswerBound.refusals(byGroup),
        (int) learn.stream().filter(r -> r.y() == 1).count(), (int) learn.stream().filter(r -> r.y() == 0).count(),
        byGroup, kept.name(), products, rescale, rule, kept.levels());
  }

  /** The highest gate weight, to 0.0001 and at most 3 over the fitted one, whose false answers stay under the bound. */
  private static double highestWithinBound(List<Row> gated, double[] fitted, int g, Kept kept, double maxFalse) {
    double[] weights = Arrays.copyOf(fitted, fitted.length);
    double top = weights[g] + 3;
    for (double w = top; w > top - 20; w -= 0.05) {
      weights[g] = w;
      if (FalseAnswerBound.falseAnswers(gated, weights, kept.bias(), kept.threshold()) <= maxFalse) {
        // a step of 0.05 can pass several questions at once: the highest weight within the bound, to 0.0001
        double above = w + 0.05;
        for (int i = 0; i < 10 && w < top; i++) {
          weights[g] = (w + above) / 2;
          if (FalseAnswerBound.falseAnswers(gated, weights, kept.bias(), kept.threshold()) <= maxFalse) {
            w = weights[g];
          } else {
            above = weights[g];
          }
        }
        return Math.floor(w * 10000) / 10000; // as written, and lower: within the bound still
      }
    }
    return weights[g];
  }

  /**
   * {@code --at-kept-both}: the lowest gate weight, on the 0.0001 grid the model is written on, at which the gate's
   * answerable questions answered with the gold paragraph cited and a gold answer held (as the threshold-0 runs
   * recorded them) are at least as many as under the kept model. A higher gate weight accepts more of the gate's
   * questions, so the count only grows with it; the lowest weight that keeps the kept model's gold answers answers
   * as few unanswerable ones as the fitted products allow. Searched within 20 of the fitted weight.
   */
  static double lowestKeepingBoth(List<Row> gated, double[] weights, int g, Kept kept) {
    int k = kept.features().size();
    long target = gated.stream().filter(r -> bothAt(r, Arrays.copyOf(r.x(), k), kept.weights(), kept.bias(),
        kept.threshold())).count();
    double[] w = Arrays.copyOf(weights, weights.length);
    long lo = Math.round(weights[g] * 10000) - 200_000;
    long hi = Math.round(weights[g] * 10000) + 200_000;
    if (both(gated, w, g, hi, kept) < target) {
      throw new IllegalArgumentException("--at-kept-both: no gate weight within 20 of the fitted one keeps the kept "
          + "model's " + target + " gold answers");
    }
    while (lo < hi) { // the lowest grid step whose count reaches the target
      long mid = Math.floorDiv(lo + hi, 2);
      if (both(gated, w, g, mid, kept) >= target) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return hi / 10000.0;
  }

  private static long both(List<Row> gated, double[] weights, int g, long step, Kept kept) {
    weights[g] = step / 10000.0;
    return gated.stream().filter(r -> bothAt(r, r.x(), weights, kept.bias(), kept.threshold())).count();
  }

  /** An answerable question the run answered with the gold paragraph and a gold answer, and the model accepts. */
  private static boolean bothAt(Row r, double[] x, double[] weights, double bias, double threshold) {
    return r.answerable() && r.outcome().answered() && r.outcome().both()
        && LogisticRegression.probability(x, weights, bias) >= threshold;
  }

  /**
   * Folds a factor on the kept model's score where the gate is 1 into weights: the kept score times {@code scale}
   * is the kept score plus (scale - 1) times each kept feature's weight on the gate's product with that feature, and
   * (scale - 1) times the bias on the gate. Kept features of weight 0 or that are 0 on every gated question (a
   * product with {@code foreign} under a gate for home passages) are left out; {@code features} grows by the
   * products it adds.
   */
  private static double[] rescaled(List<String> features, double[] weights, Kept kept, String gate, double scale,
      List<Row> signals) {
    int k = kept.features().size();
    double[] out = Arrays.copyOf(weights, weights.length);
    out[features.indexOf(gate)] += (scale - 1) * kept.bias();
    for (int f = 0; f < k; f++) {
      String feature = kept.features().get(f);
      // a kept feature the gate already gates (a model rescaled before over the same gate) is its own product: the
      // gate is 0 or 1, so gate*gate*coverage is gate*coverage, one column
      String product = feature.equals(gate) || feature.startsWith(gate + "*") ? feature : gate + "*" + feature;
      List<String> one = List.of(product);
      if (kept.weights()[f] == 0 || signals.stream().allMatch(r -> Signals.features(one, r.x())[0] == 0)) {
        continue;
      }
      int at = features.indexOf(product);
      if (at < 0) {
        features.add(product);
        out = Arrays.copyOf(out, features.size());
        at = features.size() - 1;
      }
      out[at] += (scale - 1) * kept.weights()[f];
    }
    return out;
  }

  private static double[] prepend(double first, double[] rest) {
    double[] out = new double[rest.length + 1];
    out[0] = first;
    System.arraycopy(rest, 0, out, 1, rest.length);
    return out;
  }
}
