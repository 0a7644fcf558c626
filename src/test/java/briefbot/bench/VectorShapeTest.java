package briefbot.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.BufferedReader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shape of real vectors the kNN comparisons draw from: its fit, its draws, the one the bench ships. */
class VectorShapeTest {

  @TempDir
  Path dir;

  @Test
  void theEigenvectorsOfASymmetricMatrixComeLargestFirstAndAreOrthonormal() {
    Random random = new Random(5);
    int n = 12;
    double[][] a = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = i; j < n; j++) {
        a[i][j] = a[j][i] = random.nextGaussian();
      }
    }
    double[][] v = VectorShapeFit.eigenvectors(a);
    double previous = Double.POSITIVE_INFINITY;
    for (int r = 0; r < n; r++) {
      double[] av = new double[n];
      for (int i = 0; i < n; i++) {
        for (int k = 0; k < n; k++) {
          av[i] += a[i][k] * v[r][k];
        }
      }
      double lambda = dot(av, v[r]);
      for (int i = 0; i < n; i++) {
        assertThat(av[i]).as("A v = lambda v").isCloseTo(lambda * v[r][i], within(1e-9));
      }
      assertThat(lambda).isLessThanOrEqualTo(previous);
      previous = lambda;
      for (int s = 0; s < n; s++) {
        assertThat(dot(v[r], v[s])).isCloseTo(r == s ? 1 : 0, within(1e-9));
      }
    }
  }

  @Test
  void vectorsDrawnFromAFitLieAsTheVectorsItWasFittedTo() {
    VectorShape original = shape(24, new Random(11));
    VectorShape.Drawn data = original.draw(6_000, 600, 1);
    Map<String, float[]> titles = new HashMap<>();
    for (int q = 0; q < data.questions().size(); q++) {
      titles.putIfAbsent("a" + data.askedArticles().get(q), data.questions().get(q));
    }
    List<String> articles = data.articles().stream().map(a -> "a" + a).toList();
    VectorShape fitted = VectorShapeFit.fit(data.paragraphs(), articles, titles, "test");
    VectorShape.Drawn again = fitted.draw(6_000, 600, 2);

    // what kNN sees: how close a paragraph is to another of its article, to any paragraph, a question to its article's
    double[] was = closeness(data);
    double[] is = closeness(again);
    assertThat(is[0]).as("same article").isCloseTo(was[0], within(0.03));
    assertThat(is[1]).as("any two paragraphs").isCloseTo(was[1], within(0.03));
    assertThat(is[2]).as("a question and its article's paragraphs").isCloseTo(was[2], within(0.03));
    assertThat(was[0]).as("articles hold together").isGreaterThan(was[1] + 0.2);
  }

  @Test
  void aDrawIsSeededUnitLengthAndItsQuestionsAreAboutItsArticles() {
    VectorShape shape = shape(16, new Random(3));
    VectorShape.Drawn one = shape.draw(500, 20, 9);
    VectorShape.Drawn same = shape.draw(500, 20, 9);
    assertThat(one.paragraphs()).hasSize(500);
    assertThat(one.questions()).hasSize(20);
    for (int i = 0; i < one.paragraphs().size(); i++) {
      assertThat(same.paragraphs().get(i)).containsExactly(one.paragraphs().get(i));
      assertThat(dot(one.paragraphs().get(i), one.paragraphs().get(i))).isCloseTo(1, within(1e-5));
    }
    int nearestInArticle = 0;
    for (int q = 0; q < 20; q++) {
      int best = 0;
      for (int i = 1; i < 500; i++) {
        if (dot(one.questions().get(q), one.paragraphs().get(i)) > dot(one.questions().get(q), one.paragraphs().get(best))) {
          best = i;
        }
      }
      nearestInArticle += one.articles().get(best).equals(one.askedArticles().get(q)) ? 1 : 0;
    }
    assertThat(nearestInArticle).as("a question's nearest paragraph is mostly of its article").isGreaterThan(14);
  }

  @Test
  void theShippedShapeIsAModelsAndReadsBackAsWritten() throws Exception {
    VectorShape shipped = VectorShape.shipped();
    assertThat(shipped.dimension()).isEqualTo(SyntheticEmbeddings.DIMENSION);
    assertThat(shipped.origin()).contains("news");
    Path file = dir.resolve("shape.tsv");
    shipped.write(file);
    VectorShape again = VectorShape.read(Files.newBufferedReader(file));
    VectorShape.Drawn a = shipped.draw(50, 5, 4);
    VectorShape.Drawn b = again.draw(50, 5, 4);
    for (int i = 0; i < 50; i++) {
      for (int k = 0; k < 384; k++) {
        assertThat(b.paragraphs().get(i)[k]).isCloseTo(a.paragraphs().get(i)[k], within(1e-4f));
      }
    }
    assertThat(VectorShape.read(new BufferedReader(new StringReader(Files.readString(file))))
        .origin()).isEqualTo(shipped.origin());
  }

  /** A shape with a decaying spectrum, articles of 2 to 9 paragraphs, and a common direction as real models have. */
  private static VectorShape shape(int d, Random random) {
    double[] mean = new double[d];
    double[] centre = new double[d];
    double[] paragraph = new double[d];
    double[] offset = new double[d];
    double[] question = new double[d];
    for (int i = 0; i < d; i++) {
      mean[i] = i == 0 ? 0.3 : 0.02 * random.nextGaussian();
      centre[i] = 0.3 / Math.sqrt(1 + i);
      paragraph[i] = 0.15 / Math.sqrt(1 + i / 2.0);
      offset[i] = 0.03 * random.nextGaussian();
      question[i] = 0.12 / Math.sqrt(1 + i);
    }
    return new VectorShape(mean, centre, paragraph, offset, question, new int[] {2, 3, 4, 5, 6, 7, 8, 9}, "test");
  }

  /** Mean cosine of two paragraphs of one article, of any two paragraphs, of a question and its article's paragraphs. */
  private static double[] closeness(VectorShape.Drawn d) {
    Random random = new Random(1);
    Map<Integer, List<Integer>> byArticle = new HashMap<>();
    for (int i = 0; i < d.paragraphs().size(); i++) {
      byArticle.computeIfAbsent(d.articles().get(i), a -> new ArrayList<>()).add(i);
    }
    double same = 0;
    int sameCount = 0;
    for (List<Integer> ps : byArticle.values()) {
      if (ps.size() > 1) {
        same += dot(d.paragraphs().get(ps.get(0)), d.paragraphs().get(ps.get(1)));
        sameCount++;
      }
    }
    double any = 0;
    for (int i = 0; i < 3_000; i++) {
      any += dot(d.paragraphs().get(random.nextInt(d.paragraphs().size())),
          d.paragraphs().get(random.nextInt(d.paragraphs().size())));
    }
    double asked = 0;
    int askedCount = 0;
    for (int q = 0; q < d.questions().size(); q++) {
      for (int p : byArticle.get(d.askedArticles().get(q))) {
        asked += dot(d.questions().get(q), d.paragraphs().get(p));
        askedCount++;
      }
    }
    return new double[] {same / sameCount, any / 3_000, asked / askedCount};
  }

  private static double dot(float[] a, float[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  private static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }
}
