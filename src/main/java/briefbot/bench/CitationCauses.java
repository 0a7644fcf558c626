package briefbot.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code briefbot eval causes}: the answerable questions of {@code eval --ranks --json} runs sorted by what the answer
 * cited against the gold paragraph and span, and by whether the verdict gives it when read back at a threshold (a run
 * made at threshold 0 answers every question a rule lets through, so each refusal of the model's shows what it would
 * have cited).
 */
public final class CitationCauses {

  /** The prefix of the refusal reason the answerability model writes; any other reason is a rule's. */
  private static final String MODEL_REASON = "confidence";

  /** Where a question's answer stands against its gold paragraph and span. */
  public enum Cause {
    BOTH("the gold paragraph cited, the span held (\"both\")"),
    CITED_WITHOUT_SPAN("the gold paragraph cited, the span not held"),
    GOLD_FIRST("another paragraph cited, the gold one first among the passages"),
    GOLD_SECOND_OR_THIRD("another paragraph cited, the gold one second or third"),
    GOLD_LATER("another paragraph cited, the gold one fourth or later"),
    NOT_AMONG_PASSAGES("the gold paragraph not among the passages"),
    REFUSED_UNREAD("refused by the model, no answer to read (run at threshold 0)"),
    REFUSED_BY_RULE("refused by a rule (\"the articles never mention X\")");

    private final String label;

    Cause(String label) {
      this.label = label;
    }
  }

  /**
   * One run's answerable questions by cause: {@code given} those answered at the threshold, {@code refused} the others
   * (refused by the run, or answered under the threshold: what the answer would have cited).
   */
  public record Table(Path file, int questions, double threshold, Map<Cause, Integer> given,
      Map<Cause, Integer> refused) {}

  private CitationCauses() {}

  /** The table of each run; {@code threshold} 0 takes each run's answers as it gave them. */
  public static List<Table> of(List<Path> runs, double threshold) {
    List<Table> out = new ArrayList<>();
    for (Path file : runs) {
      out.add(table(file, FitRuns.any(file).root(), threshold));
    }
    return out;
  }

  private static Table table(Path file, JsonNode root, double threshold) {
    Map<Cause, Integer> given = new EnumMap<>(Cause.class);
    Map<Cause, Integer> refused = new EnumMap<>(Cause.class);
    int questions = 0;
    for (JsonNode r : root.path("results")) {
      if (!r.path("answerable").asBoolean()) {
        continue;
      }
      questions++;
      Cause cause = cause(file, r);
      boolean refusedThere = !r.path("answered").asBoolean() || confidence(r) < threshold;
      (refusedThere ? refused : given).merge(cause, 1, Integer::sum);
    }
    return new Table(file, questions, threshold, given, refused);
  }

  /** A question's cause; an answer's ranks must be recorded ({@code eval --ranks}). */
  static Cause cause(Path file, JsonNode r) {
    if (!r.path("answered").asBoolean()) {
      return r.path("reason").asText("").startsWith(MODEL_REASON) ? Cause.REFUSED_UNREAD : Cause.REFUSED_BY_RULE;
    }
    boolean cited = r.path("cited").asBoolean();
    if (cited) {
      return r.path("holds").asBoolean() ? Cause.BOTH : Cause.CITED_WITHOUT_SPAN;
    }
    JsonNode ranks = r.get("ranks");
    if (ranks == null || ranks.isNull()) {
      throw new IllegalArgumentException(file + ": no ranks recorded for \"" + r.path("q").asText()
          + "\"; run eval with --ranks");
    }
    int gold = ranks.path("reranked").asInt();
    return gold == 0 ? Cause.NOT_AMONG_PASSAGES : gold == 1 ? Cause.GOLD_FIRST
        : gold <= 3 ? Cause.GOLD_SECOND_OR_THIRD : Cause.GOLD_LATER;
  }

  /** The verdict's recorded confidence ({@code eval --signals}); an answer without one counts as given. */
  private static double confidence(JsonNode r) {
    JsonNode c = r.path("verdict").get("confidence");
    return c == null || !c.isNumber() ? Double.POSITIVE_INFINITY : c.asDouble();
  }

  /** Each table, a line per cause: given at the threshold, refused there, and both together. */
  public static String summary(List<Table> tables) {
    StringBuilder out = new StringBuilder();
    for (Table t : tables) {
      out.append(String.format(Locale.ROOT, "%s: %d answerable questions%s%n", t.file().getFileName(), t.questions(),
          t.threshold() > 0 ? String.format(Locale.ROOT, ", the verdict read at %.4f", t.threshold()) : ""));
      out.append(String.format(Locale.ROOT, "  %-66s %6s %8s %5s%n", "", "given", "refused", "all"));
      for (Cause c : Cause.values()) {
        int g = t.given().getOrDefault(c, 0);
        int r = t.refused().getOrDefault(c, 0);
        if (g + r > 0) {
          out.append(String.format(Locale.ROOT, "  %-66s %6d %8d %5d%n", c.label, g, r, g + r));
        }
      }
    }
    return out.toString();
  }
}
