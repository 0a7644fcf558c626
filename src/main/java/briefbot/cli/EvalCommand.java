package briefbot.cli;

import briefbot.app.Briefbot;
import briefbot.bench.AnswerabilityFit;
import briefbot.bench.CitationCauses;
import briefbot.bench.Eval;
import briefbot.bench.EvalReport;
import briefbot.bench.LeaveOut;
import briefbot.bench.NearFit;
import briefbot.bench.SentenceFit;
import briefbot.bench.SureLevel;
import briefbot.index.SyncReport;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code briefbot eval}: scores a question set against the current corpus and index. */
@Command(name = "eval", description = "Score a question set (JSONL) against the corpus: answered or refused, gold "
    + "paragraph cited, gold answer in the text, latency; totals per kind, language and language pair.",
    subcommands = {EvalCommand.LeaveOutCommand.class, EvalCommand.FitCommand.class,
        EvalCommand.SentenceFitCommand.class, EvalCommand.NearFitCommand.class, EvalCommand.SureCommand.class,
        EvalCommand.CausesCommand.class})
final class EvalCommand implements Callable<Integer> {

  @Mixin
  CommonOptions options;

  @Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--json", description = "print the totals and every question's result as one JSON object")
  boolean json;

  @Option(names = "--part", defaultValue = "all", paramLabel = "PART",
      description = "fit (40 %% of the questions, by a hash of their id), test (the other 60 %%) or all (default)")
  String part;

  @Option(names = "--signals", description = "also record each question's answerability signals (for eval refit)")
  boolean signals;

  @Option(names = "--sentences", description = "also record every candidate answer sentence and its features (for "
      + "eval sentence-fit)")
  boolean sentences;

  @Option(names = "--ranks", description = "also record where the gold paragraph stood in BM25 alone, the hybrid "
      + "fusion, the reranked passages and the citations")
  boolean ranks;

  @Option(names = "--kind", paramLabel = "KIND", description = "only the questions of this kind (e.g. held-out)")
  String kind;

  @Option(names = "--limit", defaultValue = "0", paramLabel = "N", description = "ask at most N questions (default: all)")
  int limit;

  @Parameters(paramLabel = "FILE", arity = "0..1", description = "questions, one JSON object a line: id, q, answerable, answers, "
      + "article, paragraph (and optionally language, kind)")
  Path file;

  private final Cli.Context context;

  EvalCommand(Cli.Context context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    if (file == null) {
      throw new CommandLine.ParameterException(spec.commandLine(), "Missing required parameter: 'FILE'");
    }
    Eval.Part chosen = switch (part) {
      case "fit" -> Eval.Part.FIT;
      case "test" -> Eval.Part.TEST;
      case "all" -> Eval.Part.ALL;
      default -> throw new CommandLine.ParameterException(spec.commandLine(), "--part must be fit, test or all");
    };
    try (Briefbot bot = Briefbot.open(options.corpusConfig(context.env()), context.clock())) {
      SyncReport report = bot.sync(line -> context.err().println(line));
      report.warnings().forEach(w -> context.err().println("warning: " + w));
      EvalReport result = asUsage(spec, () -> new Eval(bot, line -> context.err().println("[eval] " + line)).run(file,
          new Eval.Options(chosen, kind, limit, signals, sentences, ranks)));
      context.out().println(json ? result.json() : result.table());
      return 0;
    }
  }

  /** {@code briefbot eval leave-out}: a copy of a corpus without some articles, their questions made unanswerable. */
  @Command(name = "leave-out", description = "Write a copy of a corpus without a share of its articles and the "
      + "question set with those articles' questions marked unanswerable (kind held-out).")
  static final class LeaveOutCommand implements Callable<Integer> {

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "the question set (JSONL)")
    Path file;

    @Option(names = "--corpus", required = true, paramLabel = "DIR", description = "the corpus the questions are about")
    Path corpus;

    @Option(names = "--into", required = true, paramLabel = "DIR", description = "where to write corpus/ and questions.jsonl")
    Path into;

    @Option(names = "--share", defaultValue = "0.25", description = "share of the articles to leave out (default ${DEFAULT-VALUE})")
    double share;

    @Option(names = "--seed", defaultValue = "1", description = "which articles (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--paragraphs", description = "leave out a share of the paragraphs that answer questions instead "
        + "of articles: their questions become near misses (kind near-miss)")
    boolean paragraphs;

    private final Cli.Context context;

    LeaveOutCommand(Cli.Context context) {
      this.context = context;
    }

    @Override
    public Integer call() {
      LeaveOut.Result r = asUsage(spec, () -> paragraphs ? LeaveOut.writeParagraphs(file, corpus, share, seed, into)
          : LeaveOut.write(file, corpus, share, seed, into));
      if (paragraphs) {
        context.out().printf("left out %d paragraphs of %d articles; %d questions are now near misses%n",
            r.articlesLeftOut(), r.articlesKept(), r.heldOut());
      } else {
        context.out().printf("left out %d articles (%d kept); %d questions are now held-out%n", r.articlesLeftOut(),
            r.articlesKept(), r.heldOut());
      }
      context.out().printf("run: briefbot eval %s --corpus %s --data DIR%n", r.questions(), r.corpus());
      return 0;
    }
  }

  /** {@code briefbot eval refit}: refits the answerability model on eval results and writes its weights. */
  @Command(name = "refit", description = "Fit the answerability model on the results of eval --part fit --signals "
      + "--json runs and write its weights (see docs/eval.md).")
  static final class FitCommand implements Callable<Integer> {

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "RESULTS", arity = "1..*", description = "JSON outputs of eval --part fit --signals --json")
    List<Path> results;

    @Option(names = "--out", required = true, paramLabel = "FILE",
        description = "where to write the model (src/main/resources/briefbot/retrieval/answerability.json)")
    Path out;

    @Option(names = "--max-false", defaultValue = "0.03",
        description = "the share of unanswerable questions that may be answered (default ${DEFAULT-VALUE})")
    double maxFalse;

    @Option(names = "--products", split = ",", paramLabel = "A*B",
        description = "products of two signals to fit besides the signals, e.g. foreign*coverage,foreign*bm25")
    List<String> products = List.of();

    @Option(names = "--keep", paramLabel = "MODEL",
        description = "keep this model's weights and threshold and fit only the --products, which share a gate "
            + "signal such as foreign (see docs/answerability.md)")
    Path keep;

    @Option(names = "--rescale", description = "with --keep: fit a factor on the kept model's score where the gate "
        + "is 1 as well, so that a new signal can outweigh a sure kept score (see docs/answerability.md)")
    boolean rescale;

    @Option(names = "--at-kept-level", description = "with --keep: bound false answers on the gate's questions at "
        + "the kept model's own level there (in each fold of --folds, on the folds it is fitted on) instead of "
        + "--max-false")
    boolean atKeptLevel;

    @Option(names = "--at-kept-both", description = "with --keep: set the gate's weight to the lowest at which the "
        + "gate's answerable questions keep the kept model's gold answers (cited paragraph and answer held), "
        + "instead of bounding false answers (in each fold of --folds, on the folds it is fitted on)")
    boolean atKeptBoth;

    @Option(names = "--folds", paramLabel = "N", description = "first check the refit on N article-disjoint folds of "
        + "the runs: each fold counted by the same refit made from the other folds (runs of a threshold-0 jar; see "
        + "docs/eval.md)")
    int folds;

    private final Cli.Context context;

    FitCommand(Cli.Context context) {
      this.context = context;
    }

    @Override
    public Integer call() {
      AnswerabilityFit.Model model = asUsage(spec, this::fitted);
      AnswerabilityFit.write(model, results, maxFalse, out);
      context.out().print(AnswerabilityFit.summary(model));
      context.out().println("wrote " + out);
      if (keep == null) {
        // the confidences move with the weights, so no sure level carries over to a whole refit (one over a kept
        // model keeps its threshold and writes its levels again)
        context.out().println("until eval sure is run on near-miss runs of the new model, every answer is given as "
            + "sure");
      }
      return 0;
    }

    /** The refitted model, after the folds' and the kept level's report where asked. */
    private AnswerabilityFit.Model fitted() {
      AnswerabilityFit.Kept kept = keep == null ? null : AnswerabilityFit.Kept.read(keep);
      if (atKeptLevel && kept == null) {
        throw new IllegalArgumentException("--at-kept-level needs --keep");
      }
      if (atKeptBoth && (kept == null || atKeptLevel)) {
        throw new IllegalArgumentException("--at-kept-both needs --keep, and sets the gate instead of a bound: "
            + "not with --at-kept-level");
      }
      AnswerabilityFit.GateRule rule = atKeptBoth ? AnswerabilityFit.GateRule.KEPT_BOTH
          : AnswerabilityFit.GateRule.MAX_FALSE;
      if (folds != 0) {
        context.out().print(AnswerabilityFit.folds(results, atKeptLevel ? Double.NaN : maxFalse, kept, products,
            rescale, rule, folds));
      }
      if (atKeptLevel) {
        maxFalse = AnswerabilityFit.keptLevel(results, kept, products);
        context.out().printf(Locale.ROOT, "the kept model's level on the gate's questions: %.4f%n",
            maxFalse);
      }
      return keep == null ? AnswerabilityFit.fit(results, maxFalse, AnswerabilityFit.features(products))
          : AnswerabilityFit.fitOver(results, maxFalse, kept, products, rescale, rule);
    }
  }

  /** {@code briefbot eval sure}: the confidence from which answers are given as sure, written into the model. */
  @Command(name = "sure", description = "Choose the confidence from which an answer is given as the answer, not as "
      + "the closest match, from threshold-0 runs of eval --part fit --signals --json on near misses (see "
      + "docs/answerability.md).")
  static final class SureCommand implements Callable<Integer> {

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "RESULTS", arity = "1..*", description = "JSON outputs of eval --part fit --signals --json")
    List<Path> results;

    @Option(names = "--model", required = true, paramLabel = "FILE",
        description = "the model to write it into (src/main/resources/briefbot/retrieval/answerability.json)")
    Path model;

    @Option(names = "--max-near-misses", defaultValue = "0.2",
        description = "share of the near misses that may still be answered as sure (default ${DEFAULT-VALUE})")
    double maxShare;

    @Option(names = "--names-only", description = "set sureNamesOnly instead, from runs of answerable and left-out "
        + "questions: the best sentence's similarity under which an English question of nothing but names is not sure")
    boolean namesOnly;

    private final Cli.Context context;

    SureCommand(Cli.Context context) {
      this.context = context;
    }

    @Override
    public Integer call() {
      if (namesOnly) {
        return namesOnly();
      }
      SureLevel.Level level = asUsage(spec, () -> SureLevel.of(results, maxShare));
      SureLevel.write(model, level.sure());
      context.out().printf(Locale.ROOT, "sure %.4f: %d near misses, %d of them judged by the model%n", level.sure(),
          level.nearMisses(), level.judged());
      context.out().println("wrote " + model);
      return 0;
    }

    private int namesOnly() {
      SureLevel.NamesOnly level = asUsage(spec, () -> {
        AnswerabilityFit.Kept kept = AnswerabilityFit.Kept.read(model);
        return SureLevel.namesOnly(results, kept.levels().getOrDefault("sure", kept.threshold()));
      });
      SureLevel.writeNamesOnly(model, level.level());
      context.out().printf(Locale.ROOT, "sureNamesOnly %.2f: %d sure right answers (lowest %.3f), %d sure false ones "
          + "(highest %.3f)%n", level.level(), level.right(), level.lowestRight(), level.wrong(), level.highestFalse());
      context.out().println("wrote " + model);
      return 0;
    }
  }

  /** {@code briefbot eval sentence-fit}: fits the answer-sentence model on eval results and writes its weights. */
  @Command(name = "sentence-fit", description = "Fit the answer-sentence model on the results of eval --part fit "
      + "--sentences --json runs and write its weights (see docs/answers.md).")
  static final class SentenceFitCommand implements Callable<Integer> {

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "RESULTS", arity = "1..*", description = "JSON outputs of eval --part fit --sentences --json")
    List<Path> results;

    @Option(names = "--out", required = true, paramLabel = "FILE",
        description = "where to write the model (src/main/resources/briefbot/answer/sentence.json)")
    Path out;

    @Option(names = "--margin", defaultValue = "0",
        description = "below this score margin the best sentence's neighbour joins it (default ${DEFAULT-VALUE})")
    double margin;

    private final Cli.Context context;

    SentenceFitCommand(Cli.Context context) {
      this.context = context;
    }

    @Override
    public Integer call() {
      SentenceFit.Model model = asUsage(spec, () -> SentenceFit.fit(results));
      SentenceFit.write(model, results, margin, out);
      context.out().print(SentenceFit.summary(model));
      context.out().println("wrote " + out);
      return 0;
    }
  }

  /** {@code briefbot eval near-fit}: fits the near ranking's weights on eval results and prints them. */
  @Command(name = "near-fit", description = "Fit the weights by which a closest match the embedding model does not "
      + "read as written chooses its lead among the near candidates (NearRanking) on the results of eval --part fit "
      + "--sentences --json runs, and print them (see docs/answers.md).")
  static final class NearFitCommand implements Callable<Integer> {

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "RESULTS", arity = "1..*", description = "JSON outputs of eval --part fit --sentences --json")
    List<Path> results;

    private final Cli.Context context;

    NearFitCommand(Cli.Context context) {
      this.context = context;
    }

    @Override
    public Integer call() {
      NearFit.Model model = asUsage(spec, () -> NearFit.fit(results));
      context.out().print(NearFit.summary(model));
      return 0;
    }
  }

  /** {@code briefbot eval causes}: the answerable questions of eval runs sorted by what their answers cited. */
  @Command(name = "causes", description = "Sort the answerable questions of eval --ranks --json runs by what the "
      + "answer cited against the gold paragraph and span, the verdict read back at --threshold on a run made at "
      + "threshold 0 (see docs/answers.md).")
  static final class CausesCommand implements Callable<Integer> {

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "RESULTS", arity = "1..*", description = "JSON outputs of eval --ranks --json")
    List<Path> results;

    @Option(names = "--threshold", defaultValue = "0", paramLabel = "T",
        description = "an answer whose recorded confidence (eval --signals) is under T counts as refused "
            + "(default ${DEFAULT-VALUE}: as the run answered)")
    double threshold;

    private final Cli.Context context;

    CausesCommand(Cli.Context context) {
      this.context = context;
    }

    @Override
    public Integer call() {
      context.out().print(CitationCauses.summary(asUsage(spec, () -> CitationCauses.of(results, threshold))));
      return 0;
    }
  }

  /**
   * Runs {@code work}, its bad input (an {@link IllegalArgumentException}: a run of the wrong part, a model it cannot
   * read) reported as a usage error of the subcommand, with picocli's usage line and exit code.
   */
  private static <T> T asUsage(CommandLine.Model.CommandSpec spec, Supplier<T> work) {
    try {
      return work.get();
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
  }
}
