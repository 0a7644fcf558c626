package briefbot.feeds;

import java.util.regex.Pattern;

/**
 * The counting of trafilatura's tests/eval_common.py, as the dataset's score.py re-implements it: per page each
 * "with" snippet found in the whitespace-normalised text is a true positive, each missing one a false negative;
 * each "without" snippet found is a false positive, each absent one a true negative. No text counts tp = fp = 0.
 */
record SnippetScore(long tp, long fp, long fn, long tn, int empty) {

  /** Python's str whitespace: Unicode White_Space plus the four ASCII separators 0x1c-0x1f. */
  private static final Pattern SPACE = Pattern.compile("[\\s\\x1c-\\x1f]+", Pattern.UNICODE_CHARACTER_CLASS);

  static final SnippetScore ZERO = new SnippetScore(0, 0, 0, 0, 0);

  static String norm(String text) {
    return SPACE.matcher(text).replaceAll(" ").strip();
  }

  static SnippetScore of(ExtractionPages.Item item, String text) {
    if (text == null || text.isEmpty()) {
      return new SnippetScore(0, 0, item.with().size(), item.without().size(), 1);
    }
    String normalised = norm(text);
    long tp = item.with().stream().filter(w -> normalised.contains(norm(w))).count();
    long fp = item.without().stream().filter(w -> normalised.contains(norm(w))).count();
    return new SnippetScore(tp, fp, item.with().size() - tp, item.without().size() - fp, 0);
  }

  SnippetScore plus(SnippetScore o) {
    return new SnippetScore(tp + o.tp, fp + o.fp, fn + o.fn, tn + o.tn, empty + o.empty);
  }

  double precision() {
    return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
  }

  double recall() {
    return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
  }

  double f1() {
    return 2 * tp + fp + fn == 0 ? 0 : 2.0 * tp / (2 * tp + fp + fn);
  }
}
