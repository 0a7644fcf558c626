package briefbot.bench;

import briefbot.retrieval.LinearModelFile;
import briefbot.retrieval.Signals;
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

/**
 * {@code briefbot eval refit}: fits the answerability model (a logistic regression over the verdict's signals) on the
 * results of {@code eval --part fit --signals --json} runs, and picks the threshold that keeps false answers on
 * unanswerable questions under a bound while refusing as few answerable ones as it can.
 */
public final class AnswerabilityFit {

  private static final ObjectMapper JSON = new ObjectMapper();
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
      boolean rescaled, GateRule gateRule, Map<String, Double> levels) {

    public String json(List<String> files, double maxFalse) {
      ObjectNode root = JSON.createObjectNode();
      root.set("features", JSON.valueToTree(features));
      root.set("weights", JSON.valueToTree(round(weights)));
      root.put("bias", round(bias));
      root.put("threshold", round(threshold));
      levels.forEach(root::put);
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
      return fitRows(SignalRows.read(results), maxFalse, features);
    } catch (UncheckedIOException e) {
      throw new IllegalArgumentException(e.getMessage());
    }
  }

  /**
   * Fits on the answerable questions whose gold paragraph the verdict judged (answer) and the unanswerable ones
   * (refuse), each group weighted alike so that no one set decides; then chooses the threshold.
   */
  static Model fitRows(List<Row> signals, double maxFalse, List<String> features) {
    List<Row> rows = SignalRows.as(features, signals);
    List<Row> learn = rows.stream().filter(r -> r.y() >= 0).toList();
    if (learn.stream().noneMatch(r -> r.y() == 1) || learn.stream().noneMatch(r -> r.y() == 0)) {
      throw new IllegalArgumentException("the fit needs answerable and unanswerable questions");
    }
    double[] beta = LogisticRegression.newton(learn, groupWeights(learn), new double[learn.size()], true);
    double[] weights = Arrays.copyOf(beta, beta.length - 1);
    double bias = beta[beta.length - 1];
    double threshold = FalseAnswerBound.threshold(rows, weights, bias, maxFalse);
    Map<String, double[]> byGroup = FalseAnswerBound.byGroup(rows, weights, bias, threshold);
    return new Model(features, weights, bias, threshold,
        FalseAnswerBound.falseAnswers(rows, weights, bias, threshold), FalseAnswerBound.refusals(byGroup),
        (int) learn.stream().filter(r -> r.y() == 1).count(), (int) learn.stream().filter(r -> r.y() == 0).count(),
        byGroup, null, features.stream().filter(f -> f.contains("*")).toList(), false, GateRule.MAX_FALSE, Map.of());
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

  /** {@link GatedRefit#keptLevelOf} of the rows of these runs. */
  public static double keptLevel(List<Path> results, Kept kept, List<String> products) {
    try {
      return GatedRefit.keptLevelOf(SignalRows.read(results), kept, products);
    } catch (UncheckedIOException e) {
      throw new IllegalArgumentException(e.getMessage());
    }
  }

  /**
   * A model already fitted (its features, weights, bias and threshold), kept whole by {@link #fitOverRows}; its
   * levels ({@code sure}, {@code sureNamesOnly}) go over to the refitted model as they stand, since a refit over it
   * keeps its threshold (without them every answer over the threshold would be given as sure).
   */
  public record Kept(String name, List<String> features, double[] weights, double bias, double threshold,
      Map<String, Double> levels) {

    /** The model file's numbers that a refit over it writes again unchanged. */
    static final List<String> LEVELS = List.of("sure", "sureNamesOnly");

    /** Reads a model written by {@code eval refit} (answerability.json). */
    public static Kept read(Path file) {
      try (InputStream in = Files.newInputStream(file)) {
        LinearModelFile model = LinearModelFile.read(in, file.toString());
        if (model.weights().length != model.features().size()) {
          throw new IOException(model.features().size() + " features but " + model.weights().length + " weights");
        }
        Signals.check(model.features());
        Map<String, Double> levels = new LinkedHashMap<>();
        for (String level : LEVELS) {
          double value = model.number(level, Double.NaN);
          if (!Double.isNaN(value)) {
            levels.put(level, value);
          }
        }
        return new Kept(file.getFileName().toString(), model.features(), model.weights(), model.number("bias", 0),
            model.number("threshold", 0), levels);
      } catch (IOException e) {
        throw new IllegalArgumentException("cannot read the model " + file + ": " + e.getMessage());
      }
    }
  }

  public static Model fitOver(List<Path> results, double maxFalse, Kept kept, List<String> products,
      boolean rescale, GateRule rule) {
    try {
      return fitOverRows(SignalRows.read(results), maxFalse, kept, products, rescale, rule);
    } catch (UncheckedIOException e) {
      throw new IllegalArgumentException(e.getMessage());
    }
  }

  /** Keeps a fitted model whole and fits gated products over it ({@link GatedRefit#fit}). */
  static Model fitOverRows(List<Row> signals, double maxFalse, Kept kept, List<String> products) {
    return fitOverRows(signals, maxFalse, kept, products, false, GateRule.MAX_FALSE);
  }

  static Model fitOverRows(List<Row> signals, double maxFalse, Kept kept, List<String> products, boolean rescale) {
    return fitOverRows(signals, maxFalse, kept, products, rescale, GateRule.MAX_FALSE);
  }

  static Model fitOverRows(List<Row> signals, double maxFalse, Kept kept, List<String> products, boolean rescale,
      GateRule rule) {
    return GatedRefit.fit(signals, maxFalse, kept, products, rescale, rule);
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

  static double round(double v) {
    return Math.round(v * 10000) / 10000.0;
  }

  static double[] round(double[] v) {
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
