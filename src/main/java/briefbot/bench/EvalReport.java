package briefbot.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** What an eval run came to: one result per question and totals per kind, question language and language pair. */
public record EvalReport(String file, Eval.Part part, int skipped, List<Result> results) {

  private static final ObjectMapper JSON = new ObjectMapper();

  public EvalReport {
    results = List.copyOf(results);
  }

  /**
   * One question's outcome: answered or refused, and when answered whether surely or as the closest match, the gold
   * paragraph among the citations (when refused: among the closest paragraphs it offers, {@code linked}), a gold answer
   * in the text, and whether it {@code leads} with one (its first sentence holds a gold answer and cites the gold
   * paragraph); {@code article} is the question's gold article as its line names it (null: none),
   * {@code articleLanguage} is null when that article is not in the corpus; {@code error} says why asking failed
   * (null: it did not; a failed question counts as refused).
   */
  public record Result(String id, String q, String kind, String language, String article, String articleLanguage,
      boolean answerable, boolean answered, boolean sure, boolean cited, boolean linked, boolean holds, boolean leads,
      double ms, String answer, String reason, Verdict verdict, List<Sentence> sentences, Ranks ranks, String error) {

    /** "en->de" when the question and its gold article differ in language, else null. */
    String pair() {
      return articleLanguage == null || articleLanguage.equals(language) ? null : language + "->" + articleLanguage;
    }
  }

  /**
   * What the answerability verdict saw ({@code eval --signals}): the signals in the model's order, its confidence,
   * and whether the gold paragraph was among the passages it judged.
   */
  public record Verdict(double[] signals, double confidence, boolean goldJudged) {}

  /**
   * Where the gold paragraph stood ({@code eval --ranks}), 1 for first and 0 when absent: among the passages of BM25
   * alone, of the hybrid fusion, after the coverage rerank (what the composer reads), and among the answer's
   * citations; {@code retrieved} is how many passages the composer read.
   */
  public record Ranks(int bm25, int fused, int reranked, int cited, int retrieved) {}

  /**
   * A sentence of the retrieved passages as the answer-sentence model saw it ({@code eval --sentences}): where it
   * stands, whether it is in the gold paragraph and holds a gold answer, the model's features and score, and whether
   * the answer led with it (what {@code eval sentence-fit} learns from); its key terms' score and whether the lead may
   * come from it (what {@code eval near-fit} chooses the near candidates by).
   */
  public record Sentence(String article, int paragraph, int position, boolean gold, boolean holds, boolean best,
      double score, double[] features, double keyTermScore, boolean leadable, String text) {}

  /**
   * The totals of a group of questions: how many, answered, gold paragraph cited, gold answer held, both, and the
   * latency p50 / p99 in milliseconds. For unanswerable questions "answered" counts false answers; {@code sureBoth}
   * and {@code falseSure} count those given as the answer, not as the closest match; {@code refusedLinked} the
   * answerable questions refused with the gold paragraph among the closest paragraphs offered to read; {@code leads}
   * the answerable questions whose answer's first sentence holds a gold answer and cites the gold paragraph;
   * {@code errors} the questions whose asking failed.
   */
  public record Totals(int questions, int answerable, int answered, int falseAnswers, int refusedAnswerable, int cited,
      int holds, int both, double p50Ms, double p99Ms, int sureBoth, int falseSure, int refusedLinked, int leads,
      int errors) {

    static Totals of(List<Result> rs) {
      long[] nanos = rs.stream().mapToLong(r -> (long) (r.ms() * 1e6)).toArray();
      Arrays.sort(nanos);
      int answerable = count(rs, Result::answerable);
      return new Totals(rs.size(), answerable, count(rs, Result::answered),
          count(rs, r -> !r.answerable() && r.answered()), count(rs, r -> r.answerable() && !r.answered()),
          count(rs, r -> r.answerable() && r.cited()), count(rs, r -> r.answerable() && r.holds()),
          count(rs, r -> r.answerable() && r.cited() && r.holds()),
          Latencies.ms(Latencies.percentile(nanos, 50)), Latencies.ms(Latencies.percentile(nanos, 99)),
          count(rs, r -> r.answerable() && r.sure() && r.cited() && r.holds()),
          count(rs, r -> !r.answerable() && r.sure()), count(rs, r -> r.answerable() && r.linked()),
          count(rs, r -> r.answerable() && r.leads()), count(rs, r -> r.error() != null));
    }

    private static int count(List<Result> rs, Predicate<Result> p) {
      return (int) rs.stream().filter(p).count();
    }
  }

  /** Totals by kind, by question language and by language pair (only questions whose article is in another language). */
  public Map<String, Map<String, Totals>> totals() {
    Map<String, Map<String, Totals>> out = new LinkedHashMap<>();
    out.put("all", Map.of("all", Totals.of(results)));
    out.put("kind", group(Result::kind));
    out.put("language", group(Result::language));
    out.put("pair", group(Result::pair));
    return out;
  }

  private Map<String, Totals> group(Function<Result, String> key) {
    Map<String, List<Result>> groups = new TreeMap<>();
    for (Result r : results) {
      String k = key.apply(r);
      if (k != null) {
        groups.computeIfAbsent(k, x -> new ArrayList<>()).add(r);
      }
    }
    Map<String, Totals> out = new LinkedHashMap<>();
    groups.forEach((k, rs) -> out.put(k, Totals.of(rs)));
    return out;
  }

  public String json() {
    ObjectNode root = JSON.createObjectNode().put("file", file).put("part", part.name().toLowerCase(Locale.ROOT))
        .put("questions", results.size()).put("skipped", skipped);
    root.set("totals", JSON.valueToTree(totals()));
    root.set("results", JSON.valueToTree(results));
    return root.toString();
  }

  /**
   * A table a person reads: per group, the questions, how many of the answerable were answered, cited the gold
   * paragraph, held a gold answer, both, and led with it, the false answers on unanswerable ones, and latency.
   */
  public String table() {
    StringBuilder out = new StringBuilder();
    out.append("%s, part %s: %d questions%s%n".formatted(file, part.name().toLowerCase(Locale.ROOT), results.size(),
        skipped > 0 ? " (%d skipped: article not in the corpus)".formatted(skipped) : ""));
    out.append("%-22s %6s %9s %9s %9s %9s %9s %11s %9s %11s %9s %7s %7s%n".formatted("group", "n", "answered",
        "cited", "holds", "both", "leads", "false ans.", "sure both", "false sure", "linked", "p50 ms", "p99 ms"));
    totals().forEach((dimension, groups) -> groups.forEach((name, t) -> out.append(row(
        dimension.equals("all") ? "all" : dimension + " " + name, t))));
    List<Result> failed = results.stream().filter(r -> r.error() != null).toList();
    if (!failed.isEmpty()) {
      out.append("%d failed with an error (counted as refused): %s%n".formatted(failed.size(),
          failed.stream().map(r -> r.id() + " (" + r.error() + ")").collect(Collectors.joining(", "))));
    }
    return out.toString();
  }

  private static String row(String name, Totals t) {
    int unanswerable = t.questions() - t.answerable();
    return "%-22s %6d %9s %9s %9s %9s %9s %11s %9s %11s %9s %7.1f %7.1f%n".formatted(name, t.questions(),
        share(t.answered() - t.falseAnswers(), t.answerable()), share(t.cited(), t.answerable()),
        share(t.holds(), t.answerable()), share(t.both(), t.answerable()), share(t.leads(), t.answerable()),
        share(t.falseAnswers(), unanswerable),
        share(t.sureBoth(), t.answerable()), share(t.falseSure(), unanswerable), share(t.refusedLinked(),
        t.answerable()), t.p50Ms(), t.p99Ms());
  }

  private static String share(int part, int whole) {
    return whole == 0 ? "-" : String.format(Locale.ROOT, "%.1f%%", 100.0 * part / whole);
  }
}
