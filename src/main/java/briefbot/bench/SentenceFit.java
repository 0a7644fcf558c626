package briefbot.bench;

import briefbot.answer.AnswerSentence;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code briefbot eval sentence-fit}: fits the answer-sentence model on {@code eval --part fit --sentences --json}
 * runs. A conditional logit: per question, the chance that the sentence the model scores highest holds a gold
 * answer, maximised over the questions whose candidates hold one and lack one.
 */
public final class SentenceFit {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final double L2 = 0.5;
  private static final int ITERATIONS = 60;

  /** One question's candidate sentences: their features and which hold a gold answer. */
  record Question(double[][] x, boolean[] holds, int recordedBest, String group) {}

  /** The fitted weights, the questions learnt from, and the share whose best sentence holds a gold answer. */
  public record Model(double[] weights, int questions, double heldBefore, double heldAfter) {}

  private SentenceFit() {}

  static List<Question> questions(List<Path> results) {
    List<Question> out = new ArrayList<>();
    for (FitRuns.Run run : FitRuns.read(results)) {
      JsonNode root = run.root();
      for (JsonNode r : root.path("results")) {
        JsonNode ss = r.get("sentences");
        if (ss == null || ss.isNull() || ss.isEmpty()) {
          continue;
        }
        double[][] x = new double[ss.size()][];
        boolean[] holds = new boolean[ss.size()];
        int recordedBest = 0;
        for (int i = 0; i < ss.size(); i++) {
          x[i] = run.features(ss.get(i));
          holds[i] = ss.get(i).get("holds").asBoolean();
          recordedBest = ss.get(i).path("best").asBoolean() ? i : recordedBest;
        }
        out.add(new Question(x, holds, recordedBest, root.get("file").asText()));
      }
    }
    return out;
  }

  public static Model fit(List<Path> results) {
    List<Question> all = questions(results);
    List<Question> learn = all.stream().filter(SentenceFit::informative).toList();
    if (learn.isEmpty()) {
      throw new IllegalArgumentException("no question has candidate sentences that hold and lack a gold answer: "
          + "run eval with --sentences");
    }
    double[] w = newton(learn);
    return new Model(w, learn.size(), heldByRecorded(all), held(all, w));
  }

  private static boolean informative(Question q) {
    boolean any = false;
    boolean all = true;
    for (boolean h : q.holds()) {
      any |= h;
      all &= h;
    }
    return any && !all;
  }

  /**
   * Newton steps on the log-likelihood of "the best sentence holds a gold answer"; the curvature used is the
   * candidates' covariance, which bounds the true one, so every step is safe. Each file weighs alike.
   */
  static double[] newton(List<Question> questions) {
    int k = questions.get(0).x()[0].length;
    Map<String, Integer> sizes = new HashMap<>();
    questions.forEach(q -> sizes.merge(q.group(), 1, Integer::sum));
    double[] beta = new double[k];
    for (int it = 0; it < ITERATIONS; it++) {
      double[] gradient = new double[k];
      double[][] hessian = new double[k][k];
      for (Question q : questions) {
        double weight = 100.0 / sizes.get(q.group());
        double[] p = softmax(q.x(), beta, null);
        double[] pos = softmax(q.x(), beta, q.holds());
        double[] meanAll = mean(q.x(), p);
        double[] meanPos = mean(q.x(), pos);
        for (int i = 0; i < k; i++) {
          gradient[i] += weight * (meanPos[i] - meanAll[i]);
        }
        for (int n = 0; n < q.x().length; n++) {
          for (int i = 0; i < k; i++) {
            double di = q.x()[n][i] - meanAll[i];
            for (int j = 0; j < k; j++) {
              hessian[i][j] += weight * p[n] * di * (q.x()[n][j] - meanAll[j]);
            }
          }
        }
      }
      for (int i = 0; i < k; i++) {
        gradient[i] -= L2 * beta[i];
        hessian[i][i] += L2;
      }
      double[] step = LogisticRegression.solve(hessian, gradient);
      double base = logLikelihood(questions, sizes, beta);
      double t = 1;
      while (t > 1e-6 && logLikelihood(questions, sizes, plus(beta, step, t)) < base) {
        t /= 2; // the curvature is only a local bound: a full step can overshoot
      }
      beta = plus(beta, step, t);
      double size = 0;
      for (int i = 0; i < k; i++) {
        size = Math.max(size, Math.abs(t * step[i]));
      }
      if (size < 1e-7) {
        break;
      }
    }
    return beta;
  }

  private static double[] plus(double[] beta, double[] step, double t) {
    double[] out = beta.clone();
    for (int i = 0; i < out.length; i++) {
      out[i] += t * step[i];
    }
    return out;
  }

  /** The penalised log-likelihood that the best sentence holds a gold answer, each file weighing alike. */
  private static double logLikelihood(List<Question> questions, Map<String, Integer> sizes, double[] beta) {
    double l = 0;
    for (double b : beta) {
      l -= 0.5 * L2 * b * b;
    }
    for (Question q : questions) {
      double max = Double.NEGATIVE_INFINITY;
      double[] z = new double[q.x().length];
      for (int n = 0; n < z.length; n++) {
        z[n] = LogisticRegression.dot(beta, q.x()[n]);
        max = Math.max(max, z[n]);
      }
      double all = 0;
      double held = 0;
      for (int n = 0; n < z.length; n++) {
        double e = Math.exp(z[n] - max);
        all += e;
        held += q.holds()[n] ? e : 0;
      }
      l += 100.0 / sizes.get(q.group()) * (Math.log(held) - Math.log(all));
    }
    return l;
  }

  /** The softmax of the candidates' scores, over those that hold a gold answer when {@code only} is given. */
  private static double[] softmax(double[][] x, double[] beta, boolean[] only) {
    double[] z = new double[x.length];
    double max = Double.NEGATIVE_INFINITY;
    for (int n = 0; n < x.length; n++) {
      z[n] = only != null && !only[n] ? Double.NEGATIVE_INFINITY : LogisticRegression.dot(beta, x[n]);
      max = Math.max(max, z[n]);
    }
    double sum = 0;
    for (int n = 0; n < x.length; n++) {
      z[n] = z[n] == Double.NEGATIVE_INFINITY ? 0 : Math.exp(z[n] - max);
      sum += z[n];
    }
    for (int n = 0; n < x.length; n++) {
      z[n] /= sum;
    }
    return z;
  }

  private static double[] mean(double[][] x, double[] p) {
    double[] m = new double[x[0].length];
    for (int n = 0; n < x.length; n++) {
      for (int i = 0; i < m.length; i++) {
        m[i] += p[n] * x[n][i];
      }
    }
    return m;
  }

  /** The share of questions whose highest-scoring sentence under {@code w} holds a gold answer. */
  static double held(List<Question> questions, double[] w) {
    int held = 0;
    for (Question q : questions) {
      int best = 0;
      for (int n = 1; n < q.x().length; n++) {
        if (LogisticRegression.dot(w, q.x()[n]) > LogisticRegression.dot(w, q.x()[best])) {
          best = n;
        }
      }
      held += q.holds()[best] ? 1 : 0;
    }
    return (double) held / questions.size();
  }

  /** The same share for the sentences the runs led with. */
  private static double heldByRecorded(List<Question> questions) {
    return (double) questions.stream().filter(q -> q.holds()[q.recordedBest()]).count() / questions.size();
  }

  /** Writes the model as the jar reads it, with the command that made it. */
  public static void write(Model model, List<Path> results, double margin, Path out) {
    ObjectNode root = JSON.createObjectNode();
    root.set("features", JSON.valueToTree(AnswerSentence.FEATURES));
    double[] rounded = new double[model.weights().length];
    for (int i = 0; i < rounded.length; i++) {
      rounded[i] = Math.round(model.weights()[i] * 1e4) / 1e4;
    }
    root.set("weights", JSON.valueToTree(rounded));
    root.put("margin", margin);
    ObjectNode fit = root.putObject("fit");
    fit.put("command", "briefbot eval sentence-fit --margin " + margin + " --out FILE "
        + String.join(" ", results.stream().map(p -> p.getFileName().toString()).toList()));
    fit.put("questions", model.questions());
    fit.put("bestHoldsAsRecorded", Math.round(model.heldBefore() * 1e4) / 1e4);
    fit.put("bestHoldsByModel", Math.round(model.heldAfter() * 1e4) / 1e4);
    try {
      Files.writeString(out, root.toPrettyString() + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + out + ": " + e.getMessage(), e);
    }
  }

  public static String summary(Model m) {
    return String.format(Locale.ROOT, "%d questions; best sentence holds a gold answer: as recorded %.1f %%, by the "
        + "model %.1f %%%n", m.questions(), 100 * m.heldBefore(), 100 * m.heldAfter());
  }
}
