package briefbot.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import java.util.zip.CRC32;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Fits the block vote (feeds/block-vote.tsv) on the development pages of trafilatura's benchmark, as it was fitted:
 * a logistic regression over the candidate blocks that hold a must-have (1) or must-not-have (0) snippet, and the
 * drop/add thresholds that score best over 5 folds of the development pages. Writes target/extraction/block-vote.tsv
 * and checks the shipped weights are that fit, so a change of features cannot ship with stale weights.
 */
@Tag("benchmark")
class BlockVoteFit {

  private static final Path DATA = Path.of(System.getProperty("briefbot.datasets", "../shared/datasets"), "extraction");
  private static final double L2 = 0.3;
  private static final int FOLDS = 5;
  private static final double[] DROPS = {0.3, 0.4, 0.5, 0.55, 0.6, 0.65, 0.7};
  private static final double[] ADDS = {0.5, 0.6, 0.7, 0.8, 2};

  /** One candidate block: its features, the rules' decision, words, and its label (1, 0, or -1 for none). */
  private record Row(double[] x, boolean kept, int words, boolean heading, int label, int weight) {}

  /** One page: its candidate blocks by block index, and for each snippet whether it must be found and where it is. */
  private record Sample(String file, Row[] rows, List<Boolean> must, List<int[]> where) {}

  @Test
  void theShippedWeightsAreTheFitOnTheDevelopmentPages() throws Exception {
    Assumptions.assumeTrue(Files.isRegularFile(DATA.resolve("pages.tar.xz")),
        "skipped: trafilatura's extraction benchmark is not at " + DATA.toAbsolutePath().normalize());
    List<Sample> dev = new ArrayList<>();
    for (ExtractionPages.Item item : ExtractionPages.read(DATA).items()) {
      if (!item.heldBack()) {
        dev.add(sample(item));
      }
    }
    double[] w = fit(dev, s -> true);
    double[] best = thresholds(dev);
    Path out = Path.of("target", "extraction", "block-vote.tsv");
    Files.createDirectories(out.getParent());
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < w.length; i++) {
      text.append(BlockVote.FEATURES.get(i)).append('\t').append(String.format(Locale.ROOT, "%.4f", w[i])).append('\n');
    }
    text.append("drop\t").append(best[0]).append("\nadd\t").append(best[1]).append('\n');
    Files.writeString(out, text);
    System.out.printf("block vote fitted on %d development pages: drop below %.2f, add from %.2f (5-fold F1 %.4f);"
        + " written to %s%n", dev.size(), best[0], best[1], best[2], out);

    BlockVote shipped = BlockVote.FITTED;
    BlockVote refit = BlockVote.parse(text.toString().lines().toList());
    assertThat(refit.thresholds()).containsExactly(shipped.thresholds());
    assertThat(refit.weights()).containsExactly(shipped.weights(), org.assertj.core.data.Offset.offset(0.002));
  }

  private static Sample sample(ExtractionPages.Item item) throws Exception {
    Document doc = Jsoup.parse(new ByteArrayInputStream(item.html()), DeclaredCharset.of(item.html()),
        "https://page.invalid/");
    List<TextBlock> blocks = Blocks.of(doc.body());
    Selection sel = new Selection(blocks, new Hints(), doc.body());
    List<TextBlock> rules = sel.byRules();
    boolean[] kept = new boolean[blocks.size()];
    rules.forEach(b -> kept[b.index()] = true);
    BlockVote.Context context = new BlockVote.Context(sel, kept);
    String[] norms = blocks.stream().map(b -> SnippetScore.norm(b.text())).toArray(String[]::new);
    List<Boolean> must = new ArrayList<>();
    List<int[]> where = new ArrayList<>();
    for (boolean with : new boolean[] {true, false}) {
      for (String s : with ? item.with() : item.without()) {
        String n = SnippetScore.norm(s);
        must.add(with);
        where.add(IntStream.range(0, norms.length)
            .filter(i -> !n.isEmpty() && norms[i].contains(n)).toArray());
      }
    }
    Row[] rows = new Row[blocks.size()];
    if (!rules.isEmpty()) {
      for (TextBlock b : blocks) {
        if (!BlockVote.candidate(context, b)) {
          continue;
        }
        int pos = 0;
        int neg = 0;
        for (int s = 0; s < must.size(); s++) {
          for (int i : where.get(s)) {
            if (i == b.index()) {
              pos += must.get(s) ? 1 : 0;
              neg += must.get(s) ? 0 : 1;
            }
          }
        }
        int label = (pos > 0) == (neg > 0) ? -1 : pos > 0 ? 1 : 0;
        rows[b.index()] = new Row(BlockVote.features(context, b), kept[b.index()], b.words(),
            b.kind() == TextBlock.Kind.HEADING, label, Math.min(3, pos + neg));
      }
    }
    return new Sample(item.file(), rows, must, where);
  }

  /** Logistic regression with an L2 penalty (none on the bias), by Newton's method. */
  private static double[] fit(List<Sample> samples, Predicate<Sample> use) {
    int d = BlockVote.FEATURES.size();
    double[] w = new double[d];
    for (int iter = 0; iter < 30; iter++) {
      double[] g = new double[d];
      double[][] h = new double[d][d];
      for (int j = 0; j < d; j++) {
        double reg = j == 0 ? 1e-6 : L2;
        g[j] = reg * w[j];
        h[j][j] = reg;
      }
      for (Sample s : samples) {
        if (!use.test(s)) {
          continue;
        }
        for (Row r : s.rows()) {
          if (r == null || r.label() < 0) {
            continue;
          }
          double p = probability(w, r.x());
          double c = r.weight() * p * (1 - p);
          for (int j = 0; j < d; j++) {
            g[j] += r.weight() * (p - r.label()) * r.x()[j];
            for (int k = 0; k < d; k++) {
              h[j][k] += c * r.x()[j] * r.x()[k];
            }
          }
        }
      }
      double[] step = solve(h, g);
      double largest = 0;
      for (int j = 0; j < d; j++) {
        w[j] -= step[j];
        largest = Math.max(largest, Math.abs(step[j]));
      }
      if (largest < 1e-8) {
        break;
      }
    }
    return w;
  }

  /** Solves a x = b for a symmetric positive definite a, by Gaussian elimination with partial pivoting. */
  private static double[] solve(double[][] a, double[] b) {
    int n = b.length;
    for (int col = 0; col < n; col++) {
      int pivot = col;
      for (int r = col + 1; r < n; r++) {
        if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) {
          pivot = r;
        }
      }
      double[] row = a[col];
      a[col] = a[pivot];
      a[pivot] = row;
      double t = b[col];
      b[col] = b[pivot];
      b[pivot] = t;
      for (int r = col + 1; r < n; r++) {
        double f = a[r][col] / a[col][col];
        for (int c = col; c < n; c++) {
          a[r][c] -= f * a[col][c];
        }
        b[r] -= f * b[col];
      }
    }
    double[] x = new double[n];
    for (int r = n - 1; r >= 0; r--) {
      double s = b[r];
      for (int c = r + 1; c < n; c++) {
        s -= a[r][c] * x[c];
      }
      x[r] = s / a[r][r];
    }
    return x;
  }

  private static double probability(double[] w, double[] x) {
    double z = 0;
    for (int j = 0; j < w.length; j++) {
      z += w[j] * x[j];
    }
    return 1 / (1 + Math.exp(-z));
  }

  private static int fold(Sample s) {
    CRC32 crc = new CRC32();
    crc.update(s.file().getBytes(StandardCharsets.UTF_8));
    return (int) (crc.getValue() % FOLDS);
  }

  /** The drop and add thresholds with the best F1 over the development pages, each scored by a fit without its fold. */
  private static double[] thresholds(List<Sample> dev) {
    List<double[][]> probabilities = new ArrayList<>(dev.size());
    dev.forEach(s -> probabilities.add(null));
    for (int f = 0; f < FOLDS; f++) {
      int fold = f;
      double[] w = fit(dev, s -> fold(s) != fold);
      for (int i = 0; i < dev.size(); i++) {
        if (fold(dev.get(i)) == fold) {
          Row[] rows = dev.get(i).rows();
          double[][] p = new double[rows.length][];
          for (int b = 0; b < rows.length; b++) {
            p[b] = rows[b] == null ? null : new double[] {probability(w, rows[b].x())};
          }
          probabilities.set(i, p);
        }
      }
    }
    double[] best = {0, 0, -1};
    for (double drop : DROPS) {
      for (double add : ADDS) {
        double f1 = f1(dev, probabilities, drop, add);
        if (f1 > best[2]) {
          best = new double[] {drop, add, f1};
        }
      }
    }
    return best;
  }

  /** The benchmark's F1 over the pages with the vote's decisions, a snippet found when a block holding it is kept. */
  private static double f1(List<Sample> samples, List<double[][]> probabilities, double drop, double add) {
    long tp = 0;
    long fp = 0;
    long fn = 0;
    for (int i = 0; i < samples.size(); i++) {
      Sample s = samples.get(i);
      Set<Integer> kept = new HashSet<>();
      int words = 0;
      for (int b = 0; b < s.rows().length; b++) {
        Row r = s.rows()[b];
        if (r != null) {
          double p = probabilities.get(i)[b][0];
          if (r.kept() ? p >= drop : p >= add) {
            kept.add(b);
            words += r.heading() ? 0 : r.words();
          }
        }
      }
      boolean empty = words < Extractor.MIN_WORDS;
      for (int k = 0; k < s.must().size(); k++) {
        boolean found = false;
        for (int b : s.where().get(k)) {
          found |= !empty && kept.contains(b);
        }
        if (s.must().get(k)) {
          tp += found ? 1 : 0;
          fn += found ? 0 : 1;
        } else {
          fp += found ? 1 : 0;
        }
      }
    }
    return 2.0 * tp / (2.0 * tp + fp + fn);
  }
}
