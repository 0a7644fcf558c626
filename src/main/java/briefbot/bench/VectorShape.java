package briefbot.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.apache.lucene.util.VectorUtil;

/**
 * How a real model's paragraph vectors lie, as second moments fitted from a real news corpus ({@link VectorShapeFit}),
 * and vectors drawn from it for the kNN comparisons at sizes no real corpus here has. In the eigenbasis of the real
 * paragraphs' covariance (dot products do not change under a rotation, so the basis itself need not be kept), per
 * axis: the mean, the spread of articles' centres, the spread of an article's paragraphs about its centre, and a
 * question's (a title's) offset and spread about its article's centre; and how many paragraphs articles have. A
 * drawn article is a centre, its paragraphs that centre plus noise, a question about it that centre plus the
 * question's offset and noise; each vector normalised, as the index keeps them.
 */
final class VectorShape {

  /** The shape shipped with the bench: fitted from the news corpus of {@code ../shared/datasets} (benchmarks.md). */
  static final String RESOURCE = "/briefbot/bench/vector-shape.tsv";

  /**
   * Vectors and the questions asked of them: each question is about an article whose paragraphs are among them;
   * {@code articles} and {@code askedArticles} number the article of each paragraph and of each question.
   */
  record Drawn(List<float[]> paragraphs, List<float[]> questions, List<Integer> articles, List<Integer> askedArticles) {}

  private final double[] mean;
  private final double[] centreSd;
  private final double[] paragraphSd;
  private final double[] questionOffset;
  private final double[] questionSd;
  private final int[] articleSizes;
  private final String origin;
  private final float[][] rotation;

  private static final long ROTATION_SEED = 384;

  VectorShape(double[] mean, double[] centreSd, double[] paragraphSd, double[] questionOffset, double[] questionSd,
      int[] articleSizes, String origin) {
    int d = mean.length;
    if (centreSd.length != d || paragraphSd.length != d || questionOffset.length != d || questionSd.length != d
        || articleSizes.length == 0) {
      throw new IllegalArgumentException("a vector shape needs one value of each kind per axis and article sizes");
    }
    this.mean = mean.clone();
    this.centreSd = centreSd.clone();
    this.paragraphSd = paragraphSd.clone();
    this.questionOffset = questionOffset.clone();
    this.questionSd = questionSd.clone();
    this.articleSizes = articleSizes.clone();
    this.origin = origin;
    this.rotation = rotation(d);
  }

  int dimension() {
    return mean.length;
  }

  /** Where the shape was fitted (the first line of its file). */
  String origin() {
    return origin;
  }

  /**
   * {@code paragraphs} vectors in articles whose sizes follow the fitted ones, and {@code questions} questions, each
   * about a paragraph's article drawn uniformly (so a long article is asked about more often, as a paragraph is
   * drawn); the same seed draws the same vectors.
   */
  Drawn draw(int paragraphs, int questions, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<float[]> out = new ArrayList<>(paragraphs);
    List<double[]> centres = new ArrayList<>();
    List<Integer> articleOf = new ArrayList<>(paragraphs);
    while (out.size() < paragraphs) {
      double[] centre = new double[mean.length];
      for (int i = 0; i < centre.length; i++) {
        centre[i] = mean[i] + centreSd[i] * random.nextGaussian();
      }
      centres.add(centre);
      int size = Math.min(articleSizes[random.nextInt(articleSizes.length)], paragraphs - out.size());
      for (int p = 0; p < size; p++) {
        out.add(around(centre, null, paragraphSd, random));
        articleOf.add(centres.size() - 1);
      }
    }
    List<float[]> asked = new ArrayList<>(questions);
    List<Integer> askedArticles = new ArrayList<>(questions);
    for (int q = 0; q < questions; q++) {
      int article = articleOf.get(random.nextInt(paragraphs));
      asked.add(around(centres.get(article), questionOffset, questionSd, random));
      askedArticles.add(article);
    }
    return new Drawn(out, asked, articleOf, askedArticles);
  }

  private float[] around(double[] centre, double[] offset, double[] sd, SplittableRandom random) {
    float[] y = new float[centre.length];
    for (int i = 0; i < y.length; i++) {
      y[i] = (float) (centre[i] + (offset == null ? 0 : offset[i]) + sd[i] * random.nextGaussian());
    }
    float[] v = new float[y.length];
    double norm = 0;
    for (int i = 0; i < v.length; i++) {
      v[i] = VectorUtil.dotProduct(rotation[i], y);
      norm += v[i] * v[i];
    }
    float scale = (float) (1 / Math.sqrt(norm));
    for (int i = 0; i < v.length; i++) {
      v[i] *= scale;
    }
    return v;
  }

  /**
   * A fixed random rotation out of the eigenbasis. Dot products do not change under it, but how a vector's length is
   * spread over its coordinates does: in the eigenbasis the first axes hold most of it, in a model's own coordinates
   * it is spread over all of them, and a scalar quantization of each coordinate (int7) sees that spread.
   */
  private static float[][] rotation(int d) {
    SplittableRandom random = new SplittableRandom(ROTATION_SEED);
    double[][] q = new double[d][d];
    for (int i = 0; i < d; i++) {
      for (int k = 0; k < d; k++) {
        q[i][k] = random.nextGaussian();
      }
      for (int j = 0; j < i; j++) { // Gram-Schmidt against the rows before
        double dot = 0;
        for (int k = 0; k < d; k++) {
          dot += q[i][k] * q[j][k];
        }
        for (int k = 0; k < d; k++) {
          q[i][k] -= dot * q[j][k];
        }
      }
      double norm = 0;
      for (int k = 0; k < d; k++) {
        norm += q[i][k] * q[i][k];
      }
      for (int k = 0; k < d; k++) {
        q[i][k] /= Math.sqrt(norm);
      }
    }
    float[][] out = new float[d][d];
    for (int i = 0; i < d; i++) {
      for (int k = 0; k < d; k++) {
        out[i][k] = (float) q[i][k];
      }
    }
    return out;
  }

  /** The shape the bench ships. */
  static VectorShape shipped() {
    try (InputStream in = VectorShape.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the bench's vector shape " + RESOURCE + " is missing from the jar");
      }
      return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE + ": " + e.getMessage(), e);
    }
  }

  /**
   * The file's form: a comment line saying where it was fitted, a line {@code sizes n1 n2 ...} (each article's
   * paragraph count), then one line per axis: mean, centre sd, paragraph sd, question offset, question sd.
   */
  static VectorShape read(BufferedReader in) throws IOException {
    String origin = in.readLine();
    String[] sizes = in.readLine().split(" ");
    if (origin == null || !origin.startsWith("#") || !sizes[0].equals("sizes")) {
      throw new IOException("not a vector shape: it starts with a comment line and a line of article sizes");
    }
    int[] articleSizes = new int[sizes.length - 1];
    for (int i = 1; i < sizes.length; i++) {
      articleSizes[i - 1] = Integer.parseInt(sizes[i]);
    }
    List<double[]> axes = new ArrayList<>();
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      String[] f = line.split("\t");
      double[] axis = new double[5];
      for (int i = 0; i < 5; i++) {
        axis[i] = Double.parseDouble(f[i]);
      }
      axes.add(axis);
    }
    double[][] by = new double[5][axes.size()];
    for (int a = 0; a < axes.size(); a++) {
      for (int k = 0; k < 5; k++) {
        by[k][a] = axes.get(a)[k];
      }
    }
    return new VectorShape(by[0], by[1], by[2], by[3], by[4], articleSizes, origin.substring(1).trim());
  }

  void write(Path file) {
    StringBuilder s = new StringBuilder("# ").append(origin).append('\n').append("sizes");
    for (int n : articleSizes) {
      s.append(' ').append(n);
    }
    s.append('\n');
    for (int i = 0; i < mean.length; i++) {
      s.append(String.format(Locale.ROOT, "%.6g\t%.6g\t%.6g\t%.6g\t%.6g%n", mean[i], centreSd[i], paragraphSd[i],
          questionOffset[i], questionSd[i]));
    }
    try {
      Files.writeString(file, s);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the vector shape to " + file + ": " + e.getMessage(), e);
    }
  }
}
