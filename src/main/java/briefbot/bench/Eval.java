package briefbot.bench;

import briefbot.answer.Answer;
import briefbot.answer.AnswerSentence;
import briefbot.answer.ExtractiveComposer;
import briefbot.answer.Citation;
import briefbot.answer.Question;
import briefbot.app.Briefbot;
import briefbot.index.IndexedArticle;
import briefbot.retrieval.Passage;
import briefbot.retrieval.Retrieval;
import briefbot.retrieval.Retriever;
import briefbot.text.Failures;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code briefbot eval}: asks every question of a set through the running Briefbot and scores what a user would
 * check: answered or refused, the gold paragraph cited, the gold answer in the text, and how long it took.
 */
public final class Eval {

  /** Which questions of a set to run: the part a model is fitted on, the held-back rest, or all. */
  public enum Part { FIT, TEST, ALL }

  /** Questions asked untimed first, so the first timed ones do not pay for class loading and JIT. */
  private static final int WARM_UP = 10;
  private static final Pattern MARKER = Pattern.compile("\\[\\d+]");
  private static final Pattern SPACE = Pattern.compile("\\s+");
  /** Invisible format characters: MLQA's Spanish gold answers end in the zero-width space after a footnote mark. */
  private static final Pattern FORMAT = Pattern.compile("\\p{Cf}+");
  /** The passages the answerability verdict looks at (retrieval's own number). */
  private static final int JUDGED = 3;

  private final Briefbot bot;
  private final Consumer<String> progress;
  private final GoldParagraphs gold;
  private final ExtractiveComposer composer;
  /** The bot's retrieval measuring every signal, also those its model does not weigh: what a refit learns from. */
  private final Retriever measuring;

  public Eval(Briefbot bot, Consumer<String> progress) {
    this.bot = bot;
    this.progress = progress;
    this.gold = new GoldParagraphs(bot.config().corpusDir(), bot.index());
    this.composer = new ExtractiveComposer(bot.retriever(), null);
    this.measuring = bot.retriever().measuringEverySignal();
  }

  /**
   * Which questions to run and what to record besides the verdict: the {@code part} and one {@code kind} (null: every
   * kind), at most {@code limit} of them (0: all); with {@code signals}, what the answerability verdict saw (what
   * {@code eval refit} learns from); with {@code sentences}, every candidate answer sentence and its features; with
   * {@code ranks}, where the gold paragraph stood at each stage of retrieval.
   */
  public record Options(Part part, String kind, int limit, boolean signals, boolean sentences, boolean ranks) {

    /** Whether to run {@code q}; {@code articleInCorpus}: whether the corpus holds the article it names. */
    boolean chooses(EvalQuestion q, boolean articleInCorpus) {
      return (part == Part.ALL || q.part(articleInCorpus) == part) && (kind == null || kind.equals(q.kind()));
    }
  }

  /** Scores the questions of {@code file} that {@code options} choose. */
  public EvalReport run(Path file, Options options) {
    List<EvalQuestion> chosen = new ArrayList<>();
    int skipped = 0;
    for (EvalQuestion q : EvalQuestion.read(file)) {
      boolean inCorpus = q.article() != null && bot.index().article(q.article()).isPresent();
      if (!options.chooses(q, inCorpus)) {
        continue;
      }
      if (q.answerable() && !inCorpus) {
        skipped++; // its article is not in this corpus (e.g. a cross-language set run on one language's corpus)
        continue;
      }
      if (options.limit() > 0 && chosen.size() >= options.limit()) {
        break;
      }
      chosen.add(q);
    }
    if (skipped > 0) {
      progress.accept(skipped + " answerable questions skipped: their article is not in this corpus");
    }
    chosen.stream().limit(WARM_UP).forEach(this::warm);
    List<EvalReport.Result> results = new ArrayList<>();
    for (EvalQuestion q : chosen) {
      results.add(score(q, options));
      if (results.size() % 100 == 0) {
        progress.accept("%d of %d questions".formatted(results.size(), chosen.size()));
      }
    }
    return new EvalReport(file.getFileName().toString(), options.part(), skipped, results);
  }

  private void warm(EvalQuestion q) {
    try {
      bot.answerer().ask(Question.of(q.q()));
    } catch (RuntimeException e) { // said when the question is scored
    }
  }

  private EvalReport.Result score(EvalQuestion q, Options options) {
    long t0 = System.nanoTime();
    Answer answer;
    try {
      answer = bot.answerer().ask(Question.of(q.q()));
    } catch (RuntimeException e) { // one question's failure is a result to report, not the end of the run
      String error = Failures.inWords(e);
      progress.accept("question %s failed: %s".formatted(q.id(), error));
      return new EvalReport.Result(q.id(), q.q(), q.kind(), q.language(), q.article(), null, q.answerable(), false,
          false, false, false, false, false, (System.nanoTime() - t0) / 1e6, null, null, null, null, null, error);
    }
    double ms = (System.nanoTime() - t0) / 1e6;
    EvalReport.Verdict verdict = options.signals() ? verdict(q) : null;
    String articleLanguage = Optional.ofNullable(q.article()).flatMap(bot.index()::article)
        .map(IndexedArticle::article).map(a -> a.language()).orElse(null);
    boolean answered = answer instanceof Answer.Grounded;
    boolean cited = answer instanceof Answer.Grounded g && q.article() != null
        && g.citations().stream().anyMatch(c -> cites(c, q));
    boolean linked = answer instanceof Answer.NoEvidence n && q.article() != null
        && n.closest().stream().anyMatch(c -> cites(c, q));
    boolean holds = answered && q.answers().stream().anyMatch(a -> normal(answer.text()).contains(normal(a)));
    boolean leads = answer instanceof Answer.Grounded g && q.article() != null
        && leadsWith(g.text(), g.citations(), c -> cites(c, q), q.answers());
    String reason = answer instanceof Answer.NoEvidence n ? n.reason() : null;
    boolean sure = answer instanceof Answer.Grounded g && g.sure();
    return new EvalReport.Result(q.id(), q.q(), q.kind(), q.language(), q.article(), articleLanguage,
        q.answerable(), answered, sure, cited, linked, holds, leads, ms, answer.text(), reason, verdict,
        options.sentences() && answered ? sentences(q) : null,
        options.ranks() && q.answerable() ? ranks(q, answer) : null, null);
  }

  /**
   * Whether an answer leads with the span: its first sentence (the text before the first citation marker) holds a gold
   * answer and that marker cites the gold paragraph ({@code gold}). What the user reads first is what a right answer
   * must show; "both" also counts an answer whose span comes second, after a sentence restating the question.
   */
  static boolean leadsWith(String text, List<Citation> citations, Predicate<Citation> gold, List<String> answers) {
    Matcher m = MARKER.matcher(text);
    if (!m.find()) {
      return false;
    }
    String first = normal(text.substring(0, m.start()));
    int n = Integer.parseInt(m.group().substring(1, m.group().length() - 1));
    return answers.stream().anyMatch(a -> !normal(a).isEmpty() && first.contains(normal(a)))
        && citations.stream().anyMatch(c -> c.n() == n && gold.test(c));
  }

  /** Where the gold paragraph stood in BM25 alone, in the fusion, after the rerank and among the citations. */
  private EvalReport.Ranks ranks(EvalQuestion q, Answer answer) {
    Retrieval hybrid = bot.retriever().retrieve(q.q());
    List<Passage> lexical = byScore(bot.retriever().lexical().retrieve(q.q()).passages());
    List<Citation> citations = answer instanceof Answer.Grounded g ? g.citations() : List.of();
    return new EvalReport.Ranks(rank(q, lexical, Passage::articleId, Passage::paragraph),
        rank(q, byScore(hybrid.passages()), Passage::articleId, Passage::paragraph),
        rank(q, hybrid.passages(), Passage::articleId, Passage::paragraph),
        rank(q, citations, Citation::articleId, Citation::paragraph), hybrid.passages().size());
  }

  /** The passages in the order of their fused score (retrieval hands them on reranked by coverage). */
  private static List<Passage> byScore(List<Passage> passages) {
    return passages.stream().sorted(Comparator.comparingDouble(Passage::score).reversed()).toList();
  }

  private <T> int rank(EvalQuestion q, List<T> items, Function<T, String> article,
      ToIntFunction<T> paragraph) {
    for (int i = 0; i < items.size(); i++) {
      if (article.apply(items.get(i)).equals(q.article()) && isGold(q, paragraph.applyAsInt(items.get(i)))) {
        return i + 1;
      }
    }
    return 0;
  }

  /** The candidate answer sentences of the question's retrieval, each labelled gold paragraph / holds a gold answer. */
  private List<EvalReport.Sentence> sentences(EvalQuestion q) {
    Retrieval r = bot.retriever().retrieve(q.q());
    List<EvalReport.Sentence> out = new ArrayList<>();
    for (AnswerSentence s : composer.sentences(r)) {
      boolean gold = q.article() != null && s.articleId().equals(q.article()) && isGold(q, s.paragraph());
      boolean holds = q.answers().stream().anyMatch(a -> normal(s.text()).contains(normal(a)));
      out.add(new EvalReport.Sentence(s.articleId(), s.paragraph(), s.position(), gold, holds, s.best(), s.score(),
          s.features(), s.keyTermScore(), s.leadable(), s.text()));
    }
    return out;
  }

  /** The verdict's signals and confidence, and whether the gold paragraph is among the passages it judged. */
  private EvalReport.Verdict verdict(EvalQuestion q) {
    Retrieval r = measuring.retrieve(q.q());
    boolean judged = r.passages().stream().limit(JUDGED)
        .anyMatch(p -> p.articleId().equals(q.article()) && isGold(q, p.paragraph()));
    return new EvalReport.Verdict(r.signals().values(), r.confidence(), judged);
  }

  private boolean cites(Citation c, EvalQuestion q) {
    return c.articleId().equals(q.article()) && isGold(q, c.paragraph());
  }

  /** Whether an index paragraph of the gold article is (part of) the set's gold paragraph, numbered before cleaning. */
  private boolean isGold(EvalQuestion q, int paragraph) {
    return gold.of(q.article(), q.paragraph()).contains(paragraph);
  }

  /**
   * Compares answers as a reader would: case, accents' encoding, spacing, invisible characters and citation markers
   * aside.
   */
  static String normal(String text) {
    String visible = FORMAT.matcher(Normalizer.normalize(text, Normalizer.Form.NFC)).replaceAll("");
    String plain = MARKER.matcher(visible).replaceAll(" ");
    return SPACE.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
  }
}
