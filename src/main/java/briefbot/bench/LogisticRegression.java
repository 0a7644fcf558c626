package briefbot.bench;

import briefbot.bench.AnswerabilityFit.Row;
import java.util.Arrays;
import java.util.List;

/** A logistic model's probability and its weighted, L2-regularised fit by Newton's method. */
final class LogisticRegression {

  private static final double L2 = 0.01;
  private static final int ITERATIONS = 50;

  private LogisticRegression() {}

  /**
   * Weighted, L2-regularised logistic regression by Newton's method, each row's score starting from its offset; with
   * a bias, the bias is the last coefficient.
   */
  static double[] newton(List<Row> rows, double[] w, double[] offsets, boolean withBias) {
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

  /** The model's probability that a question with these features is to be answered. */
  static double probability(double[] x, double[] weights, double bias) {
    return sigmoid(score(x, weights, bias));
  }

  /** The model's log-odds (its score before the sigmoid). */
  static double score(double[] x, double[] weights, double bias) {
    double z = bias;
    for (int i = 0; i < x.length; i++) {
      z += weights[i] * x[i];
    }
    return z;
  }

  private static double sigmoid(double z) {
    return 1 / (1 + Math.exp(-z));
  }

  private static double[] withBias(double[] x) {
    double[] out = Arrays.copyOf(x, x.length + 1);
    out[x.length] = 1;
    return out;
  }

  static double dot(double[] a, double[] b) {
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
}
