package briefbot.bench;

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

/**
 * The confidence from which an answer is given as the answer rather than as the closest match: the lowest at which
 * at most a given share of near misses (questions whose answering paragraph was left out, {@code eval leave-out
 * --paragraphs}) still score, read from threshold-0 runs of the jar's own model.
 */
public final class SureLevel {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The level, and how many near misses the runs held and how many of them the rules let through to the model. */
  public record Level(double sure, int nearMisses, int judged) {}

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

  /** Writes the level into the model file as its {@code sure}, after its threshold. */
  public static void write(Path model, double sure) {
    try {
      JsonNode old = JSON.readTree(model.toFile());
      ObjectNode updated = JSON.createObjectNode();
      old.properties().forEach(e -> {
        if (!e.getKey().equals("sure")) {
          updated.set(e.getKey(), e.getValue());
        }
        if (e.getKey().equals("threshold")) {
          updated.put("sure", sure);
        }
      });
      Files.writeString(model, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(updated) + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + model + ": " + e.getMessage(), e);
    }
  }
}
