package briefbot.bench;

import briefbot.bench.AnswerabilityFit.Outcome;
import briefbot.bench.AnswerabilityFit.Row;
import briefbot.retrieval.Signals;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The questions of {@code eval --signals} runs as the rows the answerability fit learns from and counts. */
final class SignalRows {

  private SignalRows() {}

  /** Reads the rows of eval results; only runs on the fit part are accepted, so the test part stays unseen. */
  static List<Row> read(List<Path> results) {
    List<Row> rows = new ArrayList<>();
    for (FitRuns.Run run : FitRuns.read(results)) {
      Path file = run.file();
      JsonNode root = run.root();
      for (JsonNode r : root.path("results")) {
        JsonNode v = r.get("verdict");
        if (v == null || v.isNull()) {
          throw new IllegalArgumentException(file + ": run eval with --signals");
        }
        double[] x = new double[Signals.NAMES.size()];
        for (int i = 0; i < x.length; i++) {
          // a run recorded before a signal was added lacks it: 0, which a model that does not use it never reads
          x[i] = v.get("signals").path(i).asDouble(0);
        }
        boolean answerable = r.get("answerable").asBoolean();
        int y = answerable ? (v.get("goldJudged").asBoolean() ? 1 : -1) : 0;
        String set = root.get("file").asText() + "/" + r.get("kind").asText();
        rows.add(new Row(x, y, set, r.path("language").asText(), answerable, new Outcome(r.path("article").asText(""),
            r.path("answered").asBoolean(), r.path("cited").asBoolean() && r.path("holds").asBoolean())));
      }
    }
    return rows;
  }

  /** The recorded signals as the rows of a model with these features. */
  static List<Row> as(List<String> features, List<Row> signals) {
    return signals.stream()
        .map(r -> r.with(Signals.features(features, r.x()))).toList();
  }
}
