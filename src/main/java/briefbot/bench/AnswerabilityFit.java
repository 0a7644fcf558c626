package briefbot.bench;

import briefbot.retrieval.LinearModelFile;
import briefbot.retrieval.Signals;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * {@code briefbot eval refit}: fits the answerability model (a logistic regression over the verdict's signals) on the
 * results of {@code eval --part fit --signals --json} runs, and picks the threshold that keeps false answers on
 * unanswerable questions under a bound while refusing as few answerable ones as it can.
 */
public final class AnswerabilityFit {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final double L2 = 0.01;
  private static final int ITERATIONS = 50;
  /** A group of fewer questions weighs as one of this many (see {@link #groupWeights}). */
  static final int SMALL_GROUP = 30;

  /**
   * One question the fit learns from: its signals, whether it should be answered, its set (file and kind), its
   * language and answerability. Each set and language is a group that weighs alike in the fit; false answers are
   * bounded on the mean over the sets, each the mean over its languages, so that neither a set with many
   * languages nor the smallest language group of one set decides the threshold alone.
   */
  record Row(double[] x, int y, String set, String language, boolean answerable, Outcome outcome) {

    Row(double[] x, int y, String set, String language, boolean answerable) {
      this(x, y, set, language, answerable, Outcome.NONE);
    }

    String group() {
      return (set + " " + language).strip();
    }

    Row with(double[] features) {
      return new Row(features, y, set, language, answerable, outcome);
    }
  }

  /**
   * What the run recorded of a question besides its signals: its gold article ("" in runs before results named it),
   * whether it was answered (a rule such as "the articles never mention X" refuses before any model), and whether
   * the answer cited the gold paragraph and held a gold answer. In a run of a threshold-0 jar, a model that accepts
   * the question answers it as recorded.
   */
  record Outcome(String article, boolean answered, boolean both) {
    static final Outcome NONE = new Outcome("", false, false);
  }

  /**
   * The fitted model: weights in the signals' order, bias, threshold, and at that threshold the false answers on
   * unanswerable questions (the mean over sets of the mean over languages; over a kept model, on the gate's questions)
   * and the refusals of answerable ones (the mean over the groups).
   */
  public record Model(List<String> features, double[] weights, double bias, double threshold, double falseAnswers,
      double refusals, int positives, int negatives, Map<String, double[]> byGroup, String kept, List<String> products,
      boolean rescaled, GateRule gateRule) {

    public String json(List<String> files, double maxFalse) {
      ObjectNode root = JSON.createObjectNode();
      root.set("features", JSON.valueToTree(features));
      root.set("weights", JSON.valueToTree(round(weights)));
      root.put("bias", round(bias));
      root.put("threshold", round(threshold));
      ObjectNode fit = root.putObject("fit");
      fit.put("command", "briefbot eval refit"
          + (gateRule == GateRule.KEPT_BOTH ? "" : " --max-false " + maxFalse) + (kept == null ? "" : " --keep " + kept)
          + (products.isEmpty() ? "" : " --products " + String.join(",", products)) + (rescaled ? " --rescale" : "")
          + (gateRule == GateRule.KEPT_BOTH ? " --at-kept-both" : "")
          + " --out FILE " + String.join(" ", files));
      fit.put("positives", positives).put("negatives", negatives);
      fit.put("falseAnswers", round(falseAnswers)).put("refusals", round(refusals));
      ObjectNode groups = fit.putObject("atThreshold");
      byGroup.forEach((g, v) -> groups.putObject(g).put("questions", (int) v[0]).put("answered", round(v[1])));
      return root.toPrettyString();
    }
  }

  /**
   * How {@link #fitOverRows} sets the gate's own weight once the products are fitted: the highest weight whose false
   * answers on the gate's questions stay under {@code --max-false}, or ({@code --at-kept-both}) the lowest weight at
   * which the gate's answerable questions keep as many gold answers as the kept model gives them.
   */
  public enum GateRule {
    MAX_FALSE,
    KEPT_BOTH
  }

  private AnswerabilityFit() {}

  /** Reads the rows of eval results; only runs on the fit part are accepted, so the test part stays unseen. */
  static List<Row> rows(List<Path> results) {
    List<Row> rows = new ArrayList<>();
    for (FitRuns.Run run : FitRuns.read(results)) {
      Path file = run.file();
      JsonNode root = run.root();
      for (JsonNode r : root.path("results")) {
        JsonNode v = r.get("verdict");
        if (v == null || v.isNull()) {
          throw new IllegalArgumentException(file + ": run eval with --signals");
        }
        double[] x = new double[Signals.NAMES.size()];
        for (int i = 0; i < x.length; i++) {
          // a run recorded before a signal was added lacks it: 0, which a model that does not use it never reads
          x[i] = v.get("signals").path(i).asDouble(0);
        }
        boolean answerable = r.get("answerable").asBoolean();
        int y = answerable ? (v.get("goldJudged").asBoolean() ? 1 : -1) : 0;
        String set = root.get("file").asText() + "/" + r.get("kind").asText();
        rows.add(new Row(x, y, set, r.path("language").asText(), answerable, new Outcome(r.path("article").asText(""),
            r.path("answered").asBoolean(), r.path("cited").asBoolean() && r.path("holds").asBoolean())));
      }
    }
    return rows;
  }

  /** The features of a fit: every signal, then the given products of two ({@code foreign*coverage}). */
  public static List<String> features(List<String> products) {
    List<String> features = new ArrayList<>(Signals.NAMES);
    for (String p : products) {
      if (p.split("\\*").length != 2) {
        throw new IllegalArgumentException("a product is two signals joined by *, like foreign*coverage: " + p);
      }
      features.add(p);
    }
    Signals.check(features);
    return features;
  }

  public static Model fit(List<Path> results, double maxFalse, List<String> features) {
    try {
      return fitRows(rows(results), maxFalse, features);
    } catch (UncheckedIOException e) {
      throw new IllegalArgumentException(e.getMessage());
    }
  }

  /**
   * Fits on the answerable questions whose gold paragraph the verdict judged (answer) and the unanswerable ones
   * (refuse), each group weighted alike so that no one set decides; then chooses the threshold.
   */
  static Model fitRows(List<Row> signals, double maxFalse, List<String> features) {
    List<Row> rows = signalsAs(features, signals);
    List<Row> learn = rows.stream().filter(r -> r.y() >= 0).toList();
    if (learn.stream().noneMatch(r -> r.y() == 1) || learn.stream().noneMatch(r -> r.y() == 0)) {
      throw new IllegalArgumentException("the fit needs answerable and unanswerable questions");
    }
    double[] beta = newton(learn, groupWeights(learn), new double[learn.size()], true);
    double[] weights = Arrays.copyOf(beta, beta.length - 1);
    double bias = beta[beta.length - 1];
    double threshold = threshold(rows, weights, bias, maxFalse);
    Map<String, double[]> byGroup = byGroup(rows, weights, bias, threshold);
    return new Model(features, weights, bias, threshold, falseAnswers(rows, weights, bias, threshold),
        refusals(byGroup),
        (int) learn.stream().filter(r -> r.y() == 1).count(), (int) learn.stream().filter(r -> r.y() == 0).count(),
        byGroup, null, features.stream().filter(f -> f.contains("*")).toList(), false, GateRule.MAX_FALSE);
  }

  /**
   * The table of {@code eval refit --folds}: the same refit checked on article-disjoint folds of the runs, each fold
   * counted by the model fitted on the others ({@link ArticleFolds}).
   */
  public static String folds(List<Path> results, double maxFalse, Kept kept, List<String> products, boolean rescale,
      GateRule rule, int folds) {
    try {
      return ArticleFolds.summary(ArticleFolds.check(results, maxFalse, kept, products, rescale, rule, folds),
          kept != null);
    } catch (UncheckedIOException e) {
      throw new IllegalArgumentException(e.getMessage());
    }
  }

  /**
   * The kept model's own false answers on the questions where the gate of {@code products} is 1, measured as
   * {@link #falseAnswers} measures them: the bound of a refit that may answer no more unanswerable questions there
   * than the kept model does ({@code eval refit --at-kept-level}).
   */
  static double keptLevelOf(List<Row> signals, Kept kept, List<String> products) {
    if (products.isEmpty()) {
      throw new IllegalArgumentException("--at-kept-level needs --keep and --products");
    }
    List<String> gate = List.of(products.get(0).split("\\*")[0]);
    List<Row> gated = signals.stream().filter(r -> Signals.features(gate, r.x())[0] != 0)
        .map(r -> r.with(Signals.features(kept.features(), r.x()))).toList();
    return falseAnswers(gated, kept.weights(), kept.bias(), kept.threshold());
  }

  /** {@link #keptLevelOf} of the rows of these runs. */
  public static double keptLevel(List<Path> results, Kept kept, List<String> products) {
    try {
      return keptLevelOf(rows(results), kept, products);
    } catch (UncheckedIOException e) {
      throw new IllegalArgumentException(e.getMessage());
    }
  }

  /** A model already fitted (its features, weights, bias and threshold), kept whole by {@link #fitOverRows}. */
  public record Kept(String name, List<String> features, double[] weights, double bias, double threshold) {

    /** Reads a model written by {@code eval refit} (answerability.json). */
    public static Kept read(Path file) {
      try (InputStream in = Files.newInputStream(file)) {
        LinearModelFile model = LinearModelFile.read(in, file.toString());
        if (model.weights().length != model.features().size()) {
          throw new IOException(model.features().size() + " features but " + model.weights().length + " weights");
        }
        Signals.check(model.features());
        return new Kept(file.getFileName().toString(), model.features(), model.weights(), model.number("bias", 0),
            model.number("threshold", 0));
      } catch (IOException e) {
        throw new IllegalArgumentException("cannot read the model " + file + ": " + e.getMessage());
      }
    }
  }

  public static Model fitOver(List<Path> results, double maxFalse, Kept kept, List<String> products,
      boolean rescale, GateRule rule) {
    try {
      return fitOverRows(rows(results), maxFalse, kept, products, rescale, rule);
    } catch (UncheckedIOException e) {
      throw new IllegalArgumentException(e.getMessage());
    }
  }

  /**
   * Keeps a fitted model whole and adds products that share one 0/1 signal, the gate ({@code foreign*coverage,
   * foreign*bm25}: the gate is foreign), and the gate itself: where the gate is 0 every question gets the kept
   * model's probability and verdict; where it is 1 the added weights are fitted (the kept model's score as a fixed
   * offset), then the gate's own weight is lowered until false answers on the gate's questions (the mean over their
   * sets, as {@link #falseAnswers}) stay under the bound at the kept threshold (the highest such weight, to 0.0001:
   * a coarse step can pass several questions at once and leave the bound unused). So a fit for questions in another
   * language than their passage cannot move English on English, and the false answers the kept model makes where
   * the gate is 0, which no added weight can change, do not push the gate's questions down to make up for them.
   * With {@code rescale}, the kept model's score on the gate's questions is multiplied by a fitted factor too (written
   * as the gate's products with each kept feature): the kept model is sure of itself, and a new signal such as
   * {@code sentenceDense} that it never saw can move a verdict only when its score counts for what it is worth there.
   * A gate or product the kept model already weighs ({@code foreign} in the jar's model) keeps its column: the fit
   * moves its weight from the kept value, so a gate can be refitted over the model it is part of when its signals
   * change (a larger dictionary makes foreign matches cheaper). With {@link GateRule#KEPT_BOTH} the gate's weight is
   * instead the lowest that keeps the kept model's gold answers on the gate's answerable questions ({@link
   * #lowestKeepingBoth}); {@code maxFalse} is then not read.
   */
  static Model fitOverRows(List<Row> signals, double maxFalse, Kept kept, List<String> products) {
    return fitOverRows(signals, maxFalse, kept, products, false, GateRule.MAX_FALSE);
  }

  static Model fitOverRows(List<Row> signals, double maxFalse, Kept kept, List<String> products, boolean rescale) {
    return fitOverRows(signals, maxFalse, kept, products, rescale, GateRule.MAX_FALSE);
  }

  static Model fitOverRows(List<Row> signals, double maxFalse, Kept kept, List<String> products, boolean rescale,
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
    List<Row> rows = signalsAs(features, signals);
    int k = kept.features().size();
    double[] offsets = rows.stream().mapToDouble(r -> probabilityLogit(Arrays.copyOf(r.x(), k),
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
    double[] v = newton(learn, groupWeights(learn), learnOffsets.stream().mapToDouble(Double::doubleValue).toArray(),
        false);
    double[] weights = Arrays.copyOf(kept.weights(), features.size());
    for (int i = 0; i < at.length; i++) { // over the kept score, so a weight the kept model has moves by the fit
      weights[at[i]] += v[(rescale ? 1 : 0) + i];
    }
    if (rescale) {
      weights = rescaled(features, weights, kept, gate, v[0], signals);
    }
    // the model is written with weights rounded to 4 decimals: the bound is checked on those, not on finer ones
    // that a rounded gate weight could move past it (one more left-out question answered at the edge)
    weights = round(weights);
    // rescaling adds the gate's products with kept features: the rows are read again with the grown feature list
    List<Row> fitted = rescale ? signalsAs(features, signals) : rows;
    List<Row> gated = fitted.stream().filter(r -> r.x()[g] != 0).toList();
    weights[g] = rule == GateRule.KEPT_BOTH ? lowestKeepingBoth(gated, weights, g, kept)
        : highestWithinBound(gated, weights, g, kept, maxFalse);
    Map<String, double[]> byGroup = byGroup(fitted, weights, kept.bias(), kept.threshold());
    return new Model(features, weights, kept.bias(), kept.threshold(),
        falseAnswers(gated, weights, kept.bias(), kept.threshold()), refusals(byGroup),
        (int) learn.stream().filter(r -> r.y() == 1).count(), (int) learn.stream().filter(r -> r.y() == 0).count(),
        byGroup, kept.name(), products, rescale, rule);
  }

  /** The highest gate weight, to 0.0001 and at most 3 over the fitted one, whose false answers stay under the bound. */
  private static double highestWithinBound(List<Row> gated, double[] fitted, int g, Kept kept, double maxFalse) {
    double[] weights = Arrays.copyOf(fitted, fitted.length);
    double top = weights[g] + 3;
    for (double w = top; w > top - 20; w -= 0.05) {
      weights[g] = w;
      if (falseAnswers(gated, weights, kept.bias(), kept.threshold()) <= maxFalse) {
        // a step of 0.05 can pass several questions at once: the highest weight within the bound, to 0.0001
        double above = w + 0.05;
        for (int i = 0; i < 10 && w < top; i++) {
          weights[g] = (w + above) / 2;
          if (falseAnswers(gated, weights, kept.bias(), kept.threshold()) <= maxFalse) {
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
        && probability(x, weights, bias) >= threshold;
  }

  /**
   * Folds a factor on the kept model's score where the gate is 1 into weights: the kept score times {@code scale}
   * is the kept score plus (scale - 1) times each kept feature's weight on the gate's product with that feature, and
   * (scale - 1) times the bias on the gate. Kept features of weight 0 or that are 0 on every gated question (a
   * product with {@code foreign} under a gate for home passages) are left out; {@code features} grows by the products it adds.
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

  /** The recorded signals as the rows of a model with these features. */
  private static List<Row> signalsAs(List<String> features, List<Row> signals) {
    return signals.stream()
        .map(r -> r.with(Signals.features(features, r.x()))).toList();
  }

  private static double[] prepend(double first, double[] rest) {
    double[] out = new double[rest.length + 1];
    out[0] = first;
    System.arraycopy(rest, 0, out, 1, rest.length);
    return out;
  }

  private static double probabilityLogit(double[] x, double[] weights, double bias) {
    double z = bias;
    for (int i = 0; i < x.length; i++) {
      z += weights[i] * x[i];
    }
    return z;
  }

  /**
   * Each group (set, language, answer or refuse) weighs alike: 100 spread over its questions, but over no fewer than
   * {@link #SMALL_GROUP}: a handful of questions whose language was misread (two Spanish ones judged as German) would
   * otherwise weigh 50 each, and a fit gated on a few signals can then separate them perfectly and never converge.
   */
  static double[] groupWeights(List<Row> learn) {
    Map<String, Integer> groupSizes = new LinkedHashMap<>();
    learn.forEach(r -> groupSizes.merge(r.group() + r.y(), 1, Integer::sum));
    double[] w = new double[learn.size()];
    for (int i = 0; i < w.length; i++) {
      w[i] = 100.0 / Math.max(SMALL_GROUP, groupSizes.get(learn.get(i).group() + learn.get(i).y()));
    }
    return w;
  }

  /**
   * Weighted, L2-regularised logistic regression by Newton's method, each row's score starting from its offset; with
   * a bias, the bias is the last coefficient.
   */
  private static double[] newton(List<Row> rows, double[] w, double[] offsets, boolean withBias) {
    int k = rows.get(0).x().length + (withBias ? 1 : 0);
    double[] beta = new double[k];
    for (int it = 0; it < ITERATIONS; it++) {
      double[] gradient = new double[k];
      double[][] hessian = new double[k][k];
      for (int n = 0; n < rows.size(); n++) {
        double[] x = withBias ? withBias(rows.get(n).x()) : rows.get(n).x();
        double p = sigmoid(offsets[n] + dot(beta, x));
        double residual = w[n] * (rows.get(n).y() - p);
        double curvature = w[n] * p * (1 - p);
        for (int i = 0; i < k; i++) {
          gradient[i] += residual * x[i];
          for (int j = 0; j < k; j++) {
            hessian[i][j] += curvature * x[i] * x[j];
          }
        }
      }
      int penalised = withBias ? k - 1 : k;
      for (int i = 0; i < penalised; i++) {
        gradient[i] -= L2 * beta[i];
        hessian[i][i] += L2;
      }
      hessian[k - 1][k - 1] += 1e-9;
      double[] step = solve(hessian, gradient);
      double size = 0;
      for (int i = 0; i < k; i++) {
        beta[i] += step[i];
        size = Math.max(size, Math.abs(step[i]));
      }
      if (size < 1e-8) {
        break;
      }
    }
    return beta;
  }

  /** The lowest threshold whose false answers (see {@link #falseAnswers}) stay at or under the bound. */
  private static double threshold(List<Row> rows, double[] weights, double bias, double maxFalse) {
    TreeSet<Double> candidates = new TreeSet<>();
    rows.forEach(r -> candidates.add(probability(r.x(), weights, bias)));
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
   * mean over its question languages, where a language with fewer than {@link #SMALL_GROUP} questions weighs by its
   * count (two Spanish questions read as German do not weigh as much as the set's 68 German ones).
   */
  static double falseAnswers(List<Row> rows, double[] weights, double bias, double t) {
    Map<String, Map<String, double[]>> sets = new TreeMap<>();
    for (Row r : rows) {
      if (!r.answerable()) {
        double[] g = sets.computeIfAbsent(r.set(), x -> new TreeMap<>())
            .computeIfAbsent(r.language(), x -> new double[2]);
        g[0]++;
        g[1] += probability(r.x(), weights, bias) >= t ? 1 : 0;
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
  private static Map<String, double[]> byGroup(List<Row> rows, double[] weights, double bias, double t) {
    Map<String, double[]> groups = new TreeMap<>();
    for (Row r : rows) {
      double[] g = groups.computeIfAbsent(r.group() + (r.answerable() ? "" : " (unanswerable)"), x -> new double[2]);
      g[0]++;
      g[1] += probability(r.x(), weights, bias) >= t ? 1 : 0;
    }
    groups.values().forEach(g -> g[1] /= g[0]);
    return groups;
  }

  private static double refusals(Map<String, double[]> byGroup) {
    return byGroup.entrySet().stream().filter(e -> !e.getKey().endsWith("(unanswerable)"))
        .mapToDouble(e -> 1 - e.getValue()[1]).average().orElse(0);
  }

  static double probability(double[] x, double[] weights, double bias) {
    double z = bias;
    for (int i = 0; i < x.length; i++) {
      z += weights[i] * x[i];
    }
    return sigmoid(z);
  }

  private static double sigmoid(double z) {
    return 1 / (1 + Math.exp(-z));
  }

  private static double[] withBias(double[] x) {
    double[] out = Arrays.copyOf(x, x.length + 1);
    out[x.length] = 1;
    return out;
  }

  private static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  /** Gaussian elimination with partial pivoting (the system is the model's few coefficients). */
  static double[] solve(double[][] a, double[] b) {
    int n = b.length;
    double[][] m = new double[n][];
    for (int i = 0; i < n; i++) {
      m[i] = Arrays.copyOf(a[i], n + 1);
      m[i][n] = b[i];
    }
    for (int col = 0; col < n; col++) {
      int pivot = col;
      for (int r = col + 1; r < n; r++) {
        if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) {
          pivot = r;
        }
      }
      double[] tmp = m[col];
      m[col] = m[pivot];
      m[pivot] = tmp;
      for (int r = col + 1; r < n; r++) {
        double f = m[r][col] / m[col][col];
        for (int c = col; c <= n; c++) {
          m[r][c] -= f * m[col][c];
        }
      }
    }
    double[] x = new double[n];
    for (int r = n - 1; r >= 0; r--) {
      double s = m[r][n];
      for (int c = r + 1; c < n; c++) {
        s -= m[r][c] * x[c];
      }
      x[r] = s / m[r][r];
    }
    return x;
  }

  private static double round(double v) {
    return Math.round(v * 10000) / 10000.0;
  }

  private static double[] round(double[] v) {
    return Arrays.stream(v).map(AnswerabilityFit::round).toArray();
  }

  /** Writes the model where retrieval loads it from ({@code src/main/resources/briefbot/retrieval/answerability.json}). */
  public static void write(Model model, List<Path> files, double maxFalse, Path out) {
    try {
      Files.writeString(out, model.json(files.stream().map(f -> f.getFileName().toString()).toList(), maxFalse) + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + out + ": " + e.getMessage(), e);
    }
  }

  /** A summary line per group, for the person refitting. */
  public static String summary(Model m) {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "threshold %.3f: false answers %.1f%% (mean over sets), refusals %.1f%% (mean over groups); "
        + "fitted on %d answer / %d refuse%n", m.threshold(), 100 * m.falseAnswers(), 100 * m.refusals(),
        m.positives(), m.negatives()));
    m.byGroup().forEach((g, v) -> out.append(String.format(Locale.ROOT, "  %-60s %5d  answered %5.1f%%%n", g,
        (int) v[0], 100 * v[1])));
    for (int i = 0; i < m.weights().length; i++) {
      out.append(String.format(Locale.ROOT, "  %-20s %8.3f%n", m.features().get(i), m.weights()[i]));
    }
    out.append(String.format(Locale.ROOT, "  %-20s %8.3f%n", "bias", m.bias()));
    return out.toString();
  }
}
