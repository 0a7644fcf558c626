package briefbot.feeds;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A second opinion on the rules' keep-or-drop decision for each block near the article: a logistic regression over
 * what the block looks like (length, links, punctuation, kind, class and id hints), where it stands (in the root,
 * before, among or after the kept text, its neighbours' fate) and what the rules decided. Fitted on the development
 * part of trafilatura's benchmark only (docs/extraction.md); the weights are a resource. A kept block is dropped
 * only when the model is sure it is boilerplate, a dropped one is added only when it is sure it is article text.
 */
final class BlockVote {

  /** The features, in the order of the vector; the weights file names each one. */
  static final List<String> FEATURES = List.of("bias", "kept", "inRoot", "depth", "before", "after", "goodBefore",
      "goodAfter", "relPos", "words", "short", "ld", "links", "sentence", "texty", "colon", "punct", "digits",
      "capitals", "heading", "paragraph", "listItem", "cell", "quote", "caption", "comments", "boilerplate",
      "furniture", "hint", "prevKept", "nextKept", "prevTexty", "nextTexty", "promo", "dateLine", "credit",
      "seeAlso", "rootShare", "keptBlocks", "keptShort", "keptAfter");

  /** The vote fitted on the benchmark's development pages. */
  static final BlockVote FITTED = load("block-vote.tsv");

  private final double[] weights;
  private final double drop;
  private final double add;

  private BlockVote(double[] weights, double drop, double add) {
    this.weights = weights;
    this.drop = drop;
    this.add = add;
  }

  /** The rules' kept blocks, less those the vote is sure are boilerplate, plus those near them it is sure are text. */
  List<TextBlock> apply(Selection sel, List<TextBlock> rules) {
    List<TextBlock> blocks = sel.blocks();
    boolean[] kept = new boolean[blocks.size()];
    for (TextBlock b : rules) {
      kept[b.index()] = true;
    }
    Context context = new Context(sel, kept);
    List<TextBlock> out = new ArrayList<>(rules.size());
    for (TextBlock b : blocks) {
      if (!candidate(context, b)) {
        continue;
      }
      double p = probability(features(context, b));
      if (kept[b.index()] ? p >= drop : p >= add) {
        out.add(b);
      }
    }
    return out;
  }

  double[] weights() {
    return weights.clone();
  }

  /** The drop and add thresholds. */
  double[] thresholds() {
    return new double[] {drop, add};
  }

  /** The blocks voted on: those kept, and those in the root or among the kept ones. */
  static boolean candidate(Context c, TextBlock b) {
    int i = b.index();
    return c.kept[i] || i > c.first && i < c.last || c.sel.inRoot(b);
  }

  double probability(double[] x) {
    double z = 0;
    for (int i = 0; i < x.length; i++) {
      z += weights[i] * x[i];
    }
    return 1 / (1 + Math.exp(-z));
  }

  /** What the features of one page share: the rules' decision and where the kept text starts and ends. */
  static final class Context {
    final Selection sel;
    final boolean[] kept;
    final int first;
    final int last;
    final double[] goodUpTo;
    final int keptBlocks;

    Context(Selection sel, boolean[] kept) {
      this.sel = sel;
      this.kept = kept;
      List<TextBlock> blocks = sel.blocks();
      int f = -1;
      int l = -1;
      int count = 0;
      goodUpTo = new double[blocks.size() + 1];
      for (int i = 0; i < blocks.size(); i++) {
        goodUpTo[i + 1] = goodUpTo[i] + (kept[i] ? sel.good(blocks.get(i)) : 0);
        if (kept[i]) {
          f = f < 0 ? i : f;
          l = i;
          count++;
        }
      }
      first = f;
      last = l;
      keptBlocks = count;
    }
  }

  static double[] features(Context c, TextBlock b) {
    Selection sel = c.sel;
    List<TextBlock> blocks = sel.blocks();
    int i = b.index();
    int n = blocks.size();
    double total = c.goodUpTo[n];
    String text = b.text();
    int words = Math.max(1, b.words());
    boolean kept = c.kept[i];
    int depth = sel.depthInRoot(b);
    TextBlock.Kind kind = b.kind();
    double[] x = new double[FEATURES.size()];
    int k = 0;
    x[k++] = 1;
    x[k++] = kept ? 1 : 0;
    x[k++] = depth >= 0 ? 1 : 0;
    x[k++] = depth >= 0 ? log1p(depth) : 0;
    x[k++] = i < c.first ? 1 : 0;
    x[k++] = i > c.last ? 1 : 0;
    x[k++] = total > 0 ? c.goodUpTo[i] / total : 0;
    x[k++] = total > 0 ? (total - c.goodUpTo[i + 1]) / total : 0;
    x[k++] = n > 1 ? (double) i / (n - 1) : 0;
    x[k++] = log1p(b.words());
    x[k++] = b.words() <= 6 ? 1 : 0;
    x[k++] = b.linkDensity();
    x[k++] = b.linkChars() > 0 ? 1 : 0;
    x[k++] = b.endsLikeSentence() ? 1 : 0;
    x[k++] = sel.good(b) > 0 ? 1 : 0;
    x[k++] = text.endsWith(":") ? 1 : 0;
    Characters chars = Characters.of(text);
    x[k++] = Math.min(1, chars.punctuation / (double) words);
    x[k++] = chars.digits + chars.letters == 0 ? 0 : (double) chars.digits / (chars.digits + chars.letters);
    // Titles, names and menus are capitalised, sentences mostly not.
    x[k++] = Math.min(1, chars.capitals / (double) words);
    x[k++] = kind == TextBlock.Kind.HEADING ? 1 : 0;
    x[k++] = kind == TextBlock.Kind.PARAGRAPH ? 1 : 0;
    x[k++] = kind == TextBlock.Kind.LIST_ITEM ? 1 : 0;
    x[k++] = kind == TextBlock.Kind.CELL ? 1 : 0;
    x[k++] = kind == TextBlock.Kind.QUOTE || kind == TextBlock.Kind.CODE ? 1 : 0;
    x[k++] = kind == TextBlock.Kind.CAPTION ? 1 : 0;
    x[k++] = sel.inComments(b) ? 1 : 0;
    x[k++] = sel.underBoilerplate(b) ? 1 : 0;
    x[k++] = sel.inFurniture(b) ? 1 : 0;
    x[k++] = Math.max(-25, Math.min(15, sel.hint(b))) / 10.0;
    x[k++] = i > 0 && c.kept[i - 1] ? 1 : 0;
    x[k++] = i + 1 < n && c.kept[i + 1] ? 1 : 0;
    x[k++] = i > 0 && sel.good(blocks.get(i - 1)) > 0 ? 1 : 0;
    x[k++] = i + 1 < n && sel.good(blocks.get(i + 1)) > 0 ? 1 : 0;
    x[k++] = Boilerplate.promo(b) ? 1 : 0;
    x[k++] = sel.dateLine(b) ? 1 : 0;
    x[k++] = sel.credit(b) ? 1 : 0;
    x[k++] = sel.seeAlso(b) ? 1 : 0;
    x[k++] = sel.rootGood() > 0 ? Math.min(1, sel.good(b) / sel.rootGood()) : 0;
    x[k++] = log1p(c.keptBlocks);
    x[k++] = kept && b.words() <= 6 ? 1 : 0;
    x[k++] = kept && i > c.last - 3 ? 1 : 0;
    return x;
  }

  /** ln(1 + n) of the small counts the features take, looked up: Math.log1p costs more than the rest of a block's features. */
  private static final double[] LOG1P = new double[1024];

  static {
    for (int i = 0; i < LOG1P.length; i++) {
      LOG1P[i] = Math.log1p(i);
    }
  }

  private static double log1p(int n) {
    return n < LOG1P.length ? LOG1P[n] : Math.log1p(n);
  }

  /** Counts of a block's characters: clause punctuation, digits, letters, and words that start with a capital. */
  private record Characters(int punctuation, int digits, int letters, int capitals) {
    static Characters of(String text) {
      int punctuation = 0;
      int digits = 0;
      int letters = 0;
      int capitals = 0;
      boolean start = true;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == ' ') {
          start = true;
          continue;
        }
        if (c < 128) {
          if (c == ',' || c == ';' || c == ':') {
            punctuation++;
          } else if (c >= '0' && c <= '9') {
            digits++;
          } else if (c >= 'a' && c <= 'z') {
            letters++;
          } else if (c >= 'A' && c <= 'Z') {
            letters++;
            capitals += start ? 1 : 0;
          }
        } else if (Character.isDigit(c)) {
          digits++;
        } else if (Character.isLetter(c)) {
          letters++;
          capitals += start && Character.isUpperCase(c) ? 1 : 0;
        }
        start = false;
      }
      return new Characters(punctuation, digits, letters, capitals);
    }
  }

  /** Reads "name weight" lines; "drop" and "add" are the probability thresholds. */
  static BlockVote load(String resource) {
    try (InputStream in = BlockVote.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static BlockVote parse(List<String> lines) {
    Map<String, Double> values = new HashMap<>();
    for (String line : lines) {
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("#")) {
        continue;
      }
      String[] parts = trimmed.split("\\s+");
      if (parts.length != 2) {
        throw new IllegalStateException("block vote: bad line: " + line);
      }
      values.put(parts[0], Double.parseDouble(parts[1]));
    }
    double[] weights = new double[FEATURES.size()];
    for (int i = 0; i < weights.length; i++) {
      Double w = values.remove(FEATURES.get(i));
      if (w == null) {
        throw new IllegalStateException("block vote: no weight for " + FEATURES.get(i));
      }
      weights[i] = w;
    }
    Double drop = values.remove("drop");
    Double add = values.remove("add");
    if (drop == null || add == null || !values.isEmpty()) {
      throw new IllegalStateException("block vote: need drop and add thresholds, unknown " + values.keySet());
    }
    return new BlockVote(weights, drop, add);
  }
}
