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
          // a run recorded before a signal was added lacks it: 0, which a model that does not use it never reads;
          // NaN where no value stands in for it, which {@link #as} refuses where a feature reads it
          JsonNode value = v.get("signals").path(i);
          x[i] = !value.isMissingNode() ? value.asDouble()
              : Signals.WITHOUT_DEFAULT.contains(Signals.NAMES.get(i)) ? Double.NaN : 0;
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

  /**
   * The recorded signals as the rows of a model with these features; refused where a feature reads a signal a run
   * did not record and 0 cannot stand in for ({@link Signals#WITHOUT_DEFAULT}).
   */
  static List<Row> as(List<String> features, List<Row> signals) {
    return signals.stream().map(r -> r.with(checked(features, r, Signals.features(features, r.x())))).toList();
  }

  /** The rows (as recorded) where a 0/1 signal, the gate of a refit, is 1; refused as {@link #as} refuses. */
  static List<Row> where(String gate, List<Row> signals) {
    List<Row> gates = as(List.of(gate), signals);
    List<Row> out = new ArrayList<>();
    for (int i = 0; i < signals.size(); i++) {
      if (gates.get(i).x()[0] != 0) {
        out.add(signals.get(i));
      }
    }
    return out;
  }

  private static double[] checked(List<String> features, Row r, double[] x) {
    for (int i = 0; i < x.length; i++) {
      if (Double.isNaN(x[i])) {
        throw new IllegalArgumentException(r.set() + ": the run recorded no " + features.get(i) + " (recorded "
            + "before the question's language was a signal: " + Signals.WITHOUT_DEFAULT + "); run eval --signals "
            + "again");
      }
    }
    return x;
  }
}
