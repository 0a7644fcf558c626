package briefbot.bench;

import briefbot.answer.AnswerSentence;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * {@code briefbot eval near-fit}: fits the near ranking's weights (the composer's {@code NearRanking}) on
 * {@code eval --part fit --sentences --json} runs. A pairwise logistic fit over each answered question's near
 * candidates: each near sentence holding a gold answer in the gold paragraph against each near one that does not.
 */
public final class NearFit {

  /**
   * The features in the order of NearRanking's weights: first log(key terms' score / the best-covering one's), then
   * these of the answer-sentence model.
   */
  public static final List<String> FEATURES =
      Stream.concat(Stream.of("relativeScore"), AnswerSentence.NEAR_FEATURES.stream()).toList();
  private static final int STEPS = 3000;
  private static final double STEP_SIZE = 0.5;
  private static final double L2 = 1.0;

  /** One question's near candidates: their features and which hold a gold answer in the gold paragraph. */
  record Question(double[][] x, boolean[] right) {}

  /**
   * The fitted weights in {@link #FEATURES}' order, the pairs learnt from, and of the questions with a right near
   * candidate how many the highest key terms' score and the fitted weights pick a right one in.
   */
  public record Model(double[] weights, int pairs, int questions, int pickedByScore, int pickedByWeights) {}

  private NearFit() {}

  public static Model fit(List<Path> results) {
    List<Question> all = new ArrayList<>();
    for (FitRuns.Run run : FitRuns.read(results)) {
      for (JsonNode r : run.root().path("results")) {
        JsonNode ss = r.get("sentences");
        if (r.path("answered").asBoolean() && r.path("answerable").asBoolean() && ss != null && !ss.isEmpty()) {
          all.add(question(run, ss));
        }
      }
    }
    List<double[]> pairs = pairs(all);
    if (pairs.isEmpty()) {
      throw new IllegalArgumentException("no question has near candidates that hold and lack a gold answer: run eval "
          + "with --sentences");
    }
    double[] w = descend(pairs);
    double[] byScore = new double[FEATURES.size()];
    byScore[0] = 1;
    List<Question> answerable = all.stream().filter(q -> any(q.right())).toList();
    return new Model(w, pairs.size(), answerable.size(), picked(answerable, byScore), picked(answerable, w));
  }

  /**
   * The near candidates as the lead's choice takes them: of the leadable sentences (all where none is), best key
   * terms' score first, at most {@link AnswerSentence#NEAR_CANDIDATES} scoring over {@link AnswerSentence#NEAR_REACH}
   * of the best (as the shipped weights were fitted: the narrowing to sentences naming a "which X" question's noun is
   * not replayed).
   */
  private static Question question(FitRuns.Run run, JsonNode ss) {
    List<JsonNode> every = new ArrayList<>();
    List<JsonNode> leadable = new ArrayList<>();
    for (JsonNode s : ss) {
      if (!s.has("leadable") || !s.has("keyTermScore")) {
        throw new IllegalArgumentException(run.file() + ": no keyTermScore / leadable recorded; run eval again");
      }
      every.add(s);
      if (s.get("leadable").asBoolean()) {
        leadable.add(s);
      }
    }
    List<JsonNode> candidates = leadable.isEmpty() ? every : leadable;
    candidates.sort((a, b) -> Double.compare(b.get("keyTermScore").asDouble(), a.get("keyTermScore").asDouble()));
    double top = candidates.get(0).get("keyTermScore").asDouble();
    List<JsonNode> near = new ArrayList<>();
    for (JsonNode s : candidates) {
      if (near.size() == AnswerSentence.NEAR_CANDIDATES
          || s.get("keyTermScore").asDouble() <= AnswerSentence.NEAR_REACH * top) {
        break;
      }
      near.add(s);
    }
    double[][] x = new double[near.size()][];
    boolean[] right = new boolean[near.size()];
    for (int i = 0; i < near.size(); i++) {
      x[i] = features(run, near.get(i), top);
      right[i] = near.get(i).path("gold").asBoolean() && near.get(i).path("holds").asBoolean();
    }
    return new Question(x, right);
  }

  private static double[] features(FitRuns.Run run, JsonNode s, double top) {
    double[] f = run.features(s);
    double[] x = new double[FEATURES.size()];
    x[0] = Math.log(Math.max(s.get("keyTermScore").asDouble(), 1e-6) / Math.max(top, 1e-6));
    for (int i = 1; i < x.length; i++) {
      x[i] = f[AnswerSentence.FEATURES.indexOf(FEATURES.get(i))];
    }
    return x;
  }

  /** Each right near candidate's features less each wrong one's, in questions that have both. */
  private static List<double[]> pairs(List<Question> questions) {
    List<double[]> out = new ArrayList<>();
    for (Question q : questions) {
      for (int i = 0; i < q.x().length; i++) {
        for (int j = 0; j < q.x().length; j++) {
          if (q.right()[i] && !q.right()[j]) {
            double[] d = q.x()[i].clone();
            for (int k = 0; k < d.length; k++) {
              d[k] -= q.x()[j][k];
            }
            out.add(d);
          }
        }
      }
    }
    return out;
  }

  /**
   * Gradient descent on the mean log-loss of "the right one scores higher" over the pairs, L2-penalised; from the
   * key terms' score alone (its weight 1), the ranking the near candidates had before.
   */
  static double[] descend(List<double[]> pairs) {
    int k = pairs.get(0).length;
    double[] w = new double[k];
    w[0] = 1;
    for (int step = 0; step < STEPS; step++) {
      double[] gradient = new double[k];
      for (double[] d : pairs) {
        double miss = 1 - 1 / (1 + Math.exp(-LogisticRegression.dot(w, d)));
        for (int i = 0; i < k; i++) {
          gradient[i] -= miss * d[i];
        }
      }
      for (int i = 0; i < k; i++) {
        w[i] -= STEP_SIZE * (gradient[i] + L2 * w[i]) / pairs.size();
      }
    }
    return w;
  }

  /** In how many of the questions the near candidate scoring highest under {@code w} is a right one. */
  private static int picked(List<Question> questions, double[] w) {
    int picked = 0;
    for (Question q : questions) {
      int best = 0;
      for (int n = 1; n < q.x().length; n++) {
        if (LogisticRegression.dot(w, q.x()[n]) > LogisticRegression.dot(w, q.x()[best])) {
          best = n;
        }
      }
      picked += q.right()[best] ? 1 : 0;
    }
    return picked;
  }

  private static boolean any(boolean[] values) {
    for (boolean v : values) {
      if (v) {
        return true;
      }
    }
    return false;
  }

  /** The weights one a line, as NearRanking's constants read them, and what they pick on the runs fitted on. */
  public static String summary(Model m) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < FEATURES.size(); i++) {
      out.append(String.format(Locale.ROOT, "%-18s %8.3f%n", FEATURES.get(i), m.weights()[i]));
    }
    out.append(String.format(Locale.ROOT, "%d pairs; of %d questions with a near candidate holding a gold answer in "
        + "the gold paragraph, the highest key terms' score picks one in %d, the weights in %d%n", m.pairs(),
        m.questions(), m.pickedByScore(), m.pickedByWeights()));
    return out.toString();
  }
}
