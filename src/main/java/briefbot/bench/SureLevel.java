package briefbot.bench;

import briefbot.retrieval.Signals;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The confidence from which an answer is given as the answer rather than as the closest match: the lowest at which
 * at most a given share of near misses (questions whose answering paragraph was left out, {@code eval leave-out
 * --paragraphs}) still score, read from threshold-0 runs of the jar's own model; and the best sentence's similarity
 * under which an English question of nothing but names is not sure ({@code sureNamesOnly}).
 */
public final class SureLevel {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The level, and how many near misses the runs held and how many of them the rules let through to the model. */
  public record Level(double sure, int nearMisses, int judged) {}

  /**
   * The names-only level, and what it was read from: the sure answers to English questions of nothing but names on
   * an English passage that were right (the gold paragraph cited, the span held) and that answered an unanswerable
   * question, with the highest best-sentence similarity of the false ones and the lowest of the right ones.
   */
  public record NamesOnly(double level, int right, int wrong, double highestFalse, double lowestRight) {}

  private SureLevel() {}

  /** The lowest level (rounded up to four places) at which at most {@code maxShare} of the near misses score. */
  public static Level of(List<Path> runs, double maxShare) {
    List<Double> scores = new ArrayList<>();
    int nearMisses = 0;
    for (FitRuns.Run run : FitRuns.read(runs)) {
      for (JsonNode r : run.root().path("results")) {
        if (!"near-miss".equals(r.path("kind").asText())) {
          continue;
        }
        JsonNode verdict = r.get("verdict");
        if (verdict == null || verdict.isNull()) {
          throw new IllegalArgumentException(run.file() + ": run eval with --signals");
        }
        nearMisses++;
        if (r.path("answered").asBoolean()) {
          scores.add(verdict.path("confidence").asDouble());
        }
      }
    }
    if (nearMisses == 0) {
      throw new IllegalArgumentException("the runs hold no near-miss questions: make them with eval leave-out "
          + "--paragraphs");
    }
    scores.sort(Comparator.reverseOrder());
    int allowed = (int) Math.floor(maxShare * nearMisses);
    double sure = allowed >= scores.size() ? 0 : Math.ceil(Math.nextUp(scores.get(allowed)) * 10000) / 10000;
    return new Level(sure, nearMisses, scores.size());
  }

  /**
   * The level under which an English question of nothing but names, answered at or above {@code sure}, is given as
   * the closest match: midway between the highest best-sentence similarity ({@code sentenceDense}) of such answers to
   * unanswerable questions and the lowest of right ones, rounded down to two places and never above the lowest right
   * one, so that no right answer of the runs stops being sure (the thirty-second session's rule, docs/answerability.md
   * "A question of nothing but names"); 0, which reads nothing, where no such false answer is sure. The runs are
   * {@code eval --part fit --signals --json} runs of answerable and left-out questions.
   */
  public static NamesOnly namesOnly(List<Path> runs, double sure) {
    List<Double> right = new ArrayList<>();
    List<Double> wrong = new ArrayList<>();
    for (FitRuns.Run run : FitRuns.read(runs)) {
      for (JsonNode r : run.root().path("results")) {
        if (!r.path("answered").asBoolean()) {
          continue;
        }
        JsonNode verdict = r.get("verdict");
        if (verdict == null || verdict.isNull()) {
          throw new IllegalArgumentException(run.file() + ": run eval with --signals");
        }
        double[] signals = signals(run, verdict);
        if (verdict.path("confidence").asDouble() < sure || !namesOnly(signals)) {
          continue;
        }
        double similarity = signals[Signals.NAMES.indexOf("sentenceDense")];
        if (!r.path("answerable").asBoolean()) {
          wrong.add(similarity);
        } else if (r.path("cited").asBoolean() && r.path("holds").asBoolean()) {
          right.add(similarity);
        }
      }
    }
    double highestFalse = wrong.stream().mapToDouble(d -> d).max().orElse(0);
    double lowestRight = right.stream().mapToDouble(d -> d).min().orElse(Double.NaN);
    if (right.isEmpty() && !wrong.isEmpty()) {
      throw new IllegalArgumentException("the runs hold no sure right answer to a question of nothing but names: "
          + "add runs of answerable English questions");
    }
    double level = wrong.isEmpty() ? 0
        : Math.floor(Math.min((highestFalse + lowestRight) / 2, lowestRight) * 100) / 100;
    return new NamesOnly(level, right.size(), wrong.size(), highestFalse, lowestRight);
  }

  private static double[] signals(FitRuns.Run run, JsonNode verdict) {
    JsonNode recorded = verdict.path("signals");
    if (recorded.size() != Signals.NAMES.size()) {
      throw new IllegalArgumentException(run.file() + ": recorded " + recorded.size() + " signals, the model has "
          + Signals.NAMES.size() + "; run eval again");
    }
    double[] signals = new double[recorded.size()];
    for (int i = 0; i < signals.length; i++) {
      signals[i] = recorded.get(i).asDouble();
    }
    return signals;
  }

  /** An English question of nothing but names on an English passage, read by the built-in embedding model. */
  private static boolean namesOnly(double[] s) {
    return s[Signals.NAMES.indexOf("namesOnly")] == 1 && s[Signals.NAMES.indexOf("notEnglish")] == 0
        && s[Signals.NAMES.indexOf("foreign")] == 0 && s[Signals.NAMES.indexOf("denseUnknown")] == 0;
  }

  /** Writes the level into the model file as its {@code sure}, after its threshold. */
  public static void write(Path model, double sure) {
    write(model, "sure", sure);
  }

  /** Writes the level into the model file as its {@code sureNamesOnly}, after its {@code sure}. */
  public static void writeNamesOnly(Path model, double level) {
    write(model, "sureNamesOnly", level);
  }

  /** Writes one level, after the threshold and the levels before it ({@link AnswerabilityFit.Kept#LEVELS}). */
  private static void write(Path model, String name, double value) {
    List<String> order = Stream.concat(Stream.of("threshold"), AnswerabilityFit.Kept.LEVELS.stream()).toList();
    try {
      JsonNode old = JSON.readTree(model.toFile());
      String after = order.subList(0, order.indexOf(name)).stream().filter(old::has).reduce((a, b) -> b)
          .orElse("threshold");
      ObjectNode updated = JSON.createObjectNode();
      old.properties().forEach(e -> {
        if (!e.getKey().equals(name)) {
          updated.set(e.getKey(), e.getValue());
        }
        if (e.getKey().equals(after)) {
          updated.put(name, value);
        }
      });
      Files.writeString(model, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(updated) + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + model + ": " + e.getMessage(), e);
    }
  }
}
