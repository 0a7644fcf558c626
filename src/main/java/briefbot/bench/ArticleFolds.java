package briefbot.bench;

import briefbot.bench.AnswerabilityFit.Kept;
import briefbot.bench.AnswerabilityFit.Model;
import briefbot.bench.AnswerabilityFit.Row;
import briefbot.retrieval.Signals;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.CRC32;

/**
 * {@code eval refit --folds N}: how a refit does on questions about articles it never saw. The fit part's questions
 * are cut into N folds by their article (the gold article of an answerable question, the left-out one of an
 * unanswerable one), so that every question on one article is in one fold whatever draw or language it came from;
 * each fold is then counted by the model the same refit makes from the other folds alone. Left-out draws share
 * articles (an article left out by two draws is in the fit part in both), and questions on one left-out article
 * retrieve the same near-miss passages: a bound checked on a fold that shares articles with the fit is looser than
 * it looks, which a split by draw does not show.
 */
final class ArticleFolds {

  /** One fold's questions counted by the model fitted without them, beside the kept model (null: none kept). */
  record Fold(int answerable, int keptAnswered, int keptBoth, int answered, int both, int unanswerable,
      int keptFalse, int falseAnswers) {

    Fold plus(Fold o) {
      return new Fold(answerable + o.answerable, keptAnswered + o.keptAnswered, keptBoth + o.keptBoth,
          answered + o.answered, both + o.both, unanswerable + o.unanswerable, keptFalse + o.keptFalse,
          falseAnswers + o.falseAnswers);
    }
  }

  /** The folds of a check, in order, and the gate whose questions they count ("" without a kept model). */
  record Check(List<Fold> folds, String gate) {

    Fold all() {
      return folds.stream().reduce(new Fold(0, 0, 0, 0, 0, 0, 0, 0), Fold::plus);
    }
  }

  private ArticleFolds() {}

  /**
   * The fold of an article: its CRC-32 over 10 (the part is the CRC-32 mod 10, so every fold gets some of the fit
   * part's articles) mod {@code folds}.
   */
  static int fold(String article, int folds) {
    CRC32 crc = new CRC32();
    crc.update(article.getBytes(StandardCharsets.UTF_8));
    return (int) (crc.getValue() / 10 % folds);
  }

  /** Checks the refit that {@code eval refit} would make with these arguments ({@code kept} null: a whole fit). */
  static Check check(List<Path> results, double maxFalse, Kept kept, List<String> products, boolean rescale,
      AnswerabilityFit.GateRule rule, int folds) {
    return checkRows(SignalRows.read(results), maxFalse, kept, products, rescale, rule, folds);
  }

  static Check checkRows(List<Row> rows, double maxFalse, Kept kept, List<String> products, boolean rescale,
      int folds) {
    return checkRows(rows, maxFalse, kept, products, rescale, AnswerabilityFit.GateRule.MAX_FALSE, folds);
  }

  /** With {@code rule} KEPT_BOTH each fold's gate weight keeps the kept model's gold answers on the other folds. */
  static Check checkRows(List<Row> rows, double maxFalse, Kept kept, List<String> products, boolean rescale,
      AnswerabilityFit.GateRule rule, int folds) {
    if (folds < 2) {
      throw new IllegalArgumentException("--folds needs at least 2 folds");
    }
    if (rows.stream().anyMatch(r -> r.outcome().article().isEmpty())) {
      throw new IllegalArgumentException("--folds needs runs whose results name their article (eval --json of a "
          + "Briefbot from 60ca8d5 on)");
    }
    String gate = kept == null || products.isEmpty() ? "" : products.get(0).split("\\*")[0];
    List<Fold> out = new ArrayList<>();
    for (int k = 0; k < folds; k++) {
      int held = k;
      List<Row> fit = rows.stream().filter(r -> fold(r.outcome().article(), folds) != held).toList();
      List<Row> heldOut = rows.stream().filter(r -> fold(r.outcome().article(), folds) == held).toList();
      List<Row> counted = gate.isEmpty() ? heldOut : SignalRows.where(gate, heldOut);
      // NaN: at the kept model's own level on the questions this fold's refit learns from (--at-kept-level)
      double bound = Double.isNaN(maxFalse) ? GatedRefit.keptLevelOf(fit, kept, products) : maxFalse;
      Model model = kept == null ? AnswerabilityFit.fitRows(fit, bound, AnswerabilityFit.features(products))
          : AnswerabilityFit.fitOverRows(fit, bound, kept, products, rescale, rule);
      out.add(count(counted, model, kept));
    }
    return new Check(out, gate);
  }

  private static Fold count(List<Row> rows, Model model, Kept kept) {
    int answerable = 0;
    int keptAnswered = 0;
    int keptBoth = 0;
    int answered = 0;
    int both = 0;
    int unanswerable = 0;
    int keptFalse = 0;
    int falseAnswers = 0;
    for (Row r : rows) {
      boolean byModel = r.outcome().answered() && LogisticRegression.probability(
          Signals.features(model.features(), r.x()), model.weights(), model.bias()) >= model.threshold();
      boolean byKept = kept != null && r.outcome().answered() && LogisticRegression.probability(
          Signals.features(kept.features(), r.x()), kept.weights(), kept.bias()) >= kept.threshold();
      if (r.answerable()) {
        answerable++;
        keptAnswered += byKept ? 1 : 0;
        keptBoth += byKept && r.outcome().both() ? 1 : 0;
        answered += byModel ? 1 : 0;
        both += byModel && r.outcome().both() ? 1 : 0;
      } else {
        unanswerable++;
        keptFalse += byKept ? 1 : 0;
        falseAnswers += byModel ? 1 : 0;
      }
    }
    return new Fold(answerable, keptAnswered, keptBoth, answered, both, unanswerable, keptFalse, falseAnswers);
  }

  /** The table a person reads: per fold and in all, answered / both and false answers, kept model and refit. */
  static String summary(Check check, boolean withKept) {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "article-disjoint folds: each counted by the refit made without them%s%n",
        check.gate().isEmpty() ? "" : " (questions where " + check.gate() + " is 1; the others keep the kept model)"));
    out.append(String.format(Locale.ROOT, "  %-5s %10s %22s %14s %12s %14s%n", "fold", "answerable",
        "answered kept/refit", "both kept/refit", "unanswerable", "false kept/refit"));
    for (int i = 0; i <= check.folds().size(); i++) {
      Fold f = i < check.folds().size() ? check.folds().get(i) : check.all();
      String kept = withKept ? "%d/%d" : "-/%d";
      out.append(String.format(Locale.ROOT, "  %-5s %10d %22s %14s %12d %14s%n",
          i < check.folds().size() ? String.valueOf(i + 1) : "all", f.answerable(),
          withKept ? kept.formatted(f.keptAnswered(), f.answered()) : kept.formatted(f.answered()),
          withKept ? kept.formatted(f.keptBoth(), f.both()) : kept.formatted(f.both()), f.unanswerable(),
          withKept ? kept.formatted(f.keptFalse(), f.falseAnswers()) : kept.formatted(f.falseAnswers())));
    }
    return out.toString();
  }
}
