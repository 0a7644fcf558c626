package briefbot.bench;

import briefbot.index.IndexFields;
import briefbot.index.Vectors;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.KnnVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;

/**
 * Fits a {@link VectorShape} to real vectors: paragraphs grouped by article, and the vectors of some articles' titles
 * (the questions {@code bench --real-vectors} asks). The axes are the eigenvectors of the paragraphs' covariance;
 * on each, the articles' centres' spread less what their own paragraphs' noise adds to it, the paragraphs' spread
 * about their centre, and the titles' mean offset and spread about their article's centre (less the centre's noise).
 */
final class VectorShapeFit {

  private VectorShapeFit() {}

  /**
   * Fits the shape of the paragraph vectors in an index, grouped by their article, with the vectors {@code titles}
   * keeps for the articles' titles (no model is run: titles it has no vector for are left out, as are {@code leftOut}).
   */
  static VectorShape fit(IndexSearcher searcher, VectorFile titles, Set<String> leftOut, String origin)
      throws IOException {
    List<float[]> vectors = new ArrayList<>();
    List<String> articles = new ArrayList<>();
    Map<String, float[]> titleVectors = new LinkedHashMap<>();
    Set<String> fields = Set.of(IndexFields.ARTICLE_ID, IndexFields.TITLE);
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      FloatVectorValues values = leaf.reader().getFloatVectorValues(IndexFields.VECTOR);
      if (values == null) {
        continue;
      }
      StoredFields stored = leaf.reader().storedFields();
      KnnVectorValues.DocIndexIterator it = values.iterator();
      for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
        Document d = stored.document(doc, fields);
        String article = d.get(IndexFields.ARTICLE_ID);
        vectors.add(values.vectorValue(it.index()).clone());
        articles.add(article);
        String title = d.get(IndexFields.TITLE);
        if (title != null && !leftOut.contains(title) && !titleVectors.containsKey(article)) {
          float[] t = titles.kept(title);
          if (t != null) {
            titleVectors.put(article, Vectors.normalized(t));
          }
        }
      }
    }
    return fit(vectors, articles, titleVectors, origin);
  }

  /**
   * {@code vectors[i]} is a paragraph of article {@code articles.get(i)}; {@code titles} maps an article to its
   * title's vector, for the articles whose title has one.
   */
  static VectorShape fit(List<float[]> vectors, List<String> articles, Map<String, float[]> titles, String origin) {
    int d = vectors.get(0).length;
    int n = vectors.size();
    double[][] basis = eigenvectors(covariance(vectors));
    Map<String, List<double[]>> byArticle = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      byArticle.computeIfAbsent(articles.get(i), a -> new ArrayList<>()).add(project(basis, vectors.get(i)));
    }
    int count = byArticle.size();
    double[] mean = new double[d];
    double[] within = new double[d];
    double[] inverseSizes = {0};
    Map<String, double[]> centres = new LinkedHashMap<>();
    int[] sizes = new int[count];
    int a = 0;
    for (Map.Entry<String, List<double[]>> e : byArticle.entrySet()) {
      List<double[]> ps = e.getValue();
      double[] c = new double[d];
      for (double[] p : ps) {
        for (int k = 0; k < d; k++) {
          c[k] += p[k] / ps.size();
        }
      }
      for (double[] p : ps) {
        for (int k = 0; k < d; k++) {
          within[k] += (p[k] - c[k]) * (p[k] - c[k]);
          mean[k] += p[k] / n;
        }
      }
      centres.put(e.getKey(), c);
      inverseSizes[0] += 1.0 / ps.size() / count;
      sizes[a++] = ps.size();
    }
    double[] paragraphSd = new double[d];
    for (int k = 0; k < d; k++) {
      within[k] /= Math.max(1, n - count); // unbiased: each article's centre took one degree of freedom
      paragraphSd[k] = Math.sqrt(within[k]);
    }
    double[] centreSd = new double[d];
    for (double[] c : centres.values()) {
      for (int k = 0; k < d; k++) {
        centreSd[k] += (c[k] - mean[k]) * (c[k] - mean[k]) / Math.max(1, count - 1);
      }
    }
    for (int k = 0; k < d; k++) {
      // a centre drawn from n paragraphs carries 1/n of their noise: take it off, so drawn articles are not wider
      centreSd[k] = Math.sqrt(Math.max(0, centreSd[k] - within[k] * inverseSizes[0]));
    }
    double[] offset = new double[d];
    double[] spread = new double[d];
    double titledInverseSizes = 0;
    int titled = 0;
    for (Map.Entry<String, float[]> t : titles.entrySet()) {
      double[] c = centres.get(t.getKey());
      if (c == null) {
        continue;
      }
      double[] y = project(basis, t.getValue());
      for (int k = 0; k < d; k++) {
        offset[k] += y[k] - c[k];
        spread[k] += (y[k] - c[k]) * (y[k] - c[k]);
      }
      titledInverseSizes += 1.0 / byArticle.get(t.getKey()).size();
      titled++;
    }
    if (titled < 2) {
      throw new IllegalArgumentException("fitting a vector shape needs the vectors of at least two articles' titles");
    }
    for (int k = 0; k < d; k++) {
      offset[k] /= titled;
      double variance = spread[k] / titled - offset[k] * offset[k];
      spread[k] = Math.sqrt(Math.max(0, variance - within[k] * titledInverseSizes / titled));
    }
    return new VectorShape(mean, centreSd, paragraphSd, offset, spread, sizes,
        origin + String.format(Locale.ROOT, " (%,d paragraphs, %,d articles, %,d titles)", n, count, titled));
  }

  private static double[] project(double[][] basis, float[] v) {
    double[] y = new double[basis.length];
    for (int k = 0; k < basis.length; k++) {
      double s = 0;
      for (int i = 0; i < v.length; i++) {
        s += basis[k][i] * v[i];
      }
      y[k] = s;
    }
    return y;
  }

  static double[][] covariance(List<float[]> vectors) {
    int d = vectors.get(0).length;
    double[] mean = new double[d];
    for (float[] v : vectors) {
      for (int i = 0; i < d; i++) {
        mean[i] += v[i] / (double) vectors.size();
      }
    }
    double[][] c = new double[d][d];
    double[] x = new double[d];
    for (float[] v : vectors) {
      for (int i = 0; i < d; i++) {
        x[i] = v[i] - mean[i];
      }
      for (int i = 0; i < d; i++) {
        double xi = x[i];
        double[] row = c[i];
        for (int j = i; j < d; j++) {
          row[j] += xi * x[j];
        }
      }
    }
    for (int i = 0; i < d; i++) {
      for (int j = i; j < d; j++) {
        c[i][j] /= vectors.size() - 1;
        c[j][i] = c[i][j];
      }
    }
    return c;
  }

  /**
   * The eigenvectors of a symmetric matrix, one per row, by largest eigenvalue first (cyclic Jacobi rotations until
   * the off-diagonal part is negligible; a 384-by-384 covariance takes a few seconds).
   */
  static double[][] eigenvectors(double[][] matrix) {
    int n = matrix.length;
    double[][] a = new double[n][];
    double[][] v = new double[n][n];
    for (int i = 0; i < n; i++) {
      a[i] = matrix[i].clone();
      v[i][i] = 1;
    }
    for (int sweep = 0; sweep < 60; sweep++) {
      double off = 0;
      double total = 0;
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          total += a[i][j] * a[i][j];
          if (i != j) {
            off += a[i][j] * a[i][j];
          }
        }
      }
      if (off <= 1e-22 * total) {
        break;
      }
      for (int p = 0; p < n - 1; p++) {
        for (int q = p + 1; q < n; q++) {
          if (Math.abs(a[p][q]) < 1e-300) {
            continue;
          }
          double theta = (a[q][q] - a[p][p]) / (2 * a[p][q]);
          double t = Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
          if (theta == 0) {
            t = 1;
          }
          double c = 1 / Math.sqrt(t * t + 1);
          double s = t * c;
          for (int k = 0; k < n; k++) { // columns p, q
            double akp = a[k][p];
            double akq = a[k][q];
            a[k][p] = c * akp - s * akq;
            a[k][q] = s * akp + c * akq;
          }
          for (int k = 0; k < n; k++) { // rows p, q
            double apk = a[p][k];
            double aqk = a[q][k];
            a[p][k] = c * apk - s * aqk;
            a[q][k] = s * apk + c * aqk;
          }
          for (int k = 0; k < n; k++) {
            double vkp = v[k][p];
            double vkq = v[k][q];
            v[k][p] = c * vkp - s * vkq;
            v[k][q] = s * vkp + c * vkq;
          }
        }
      }
    }
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (x, y) -> Double.compare(a[y][y], a[x][x]));
    double[][] rows = new double[n][n];
    for (int r = 0; r < n; r++) {
      for (int k = 0; k < n; k++) {
        rows[r][k] = v[k][order[r]];
      }
    }
    return rows;
  }
}
