package briefbot.bench;

import briefbot.answer.AnswerSentence;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The {@code eval --json} runs a model is fitted on: only runs on the fit part are read, so the test part stays unseen. */
final class FitRuns {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** One run: the file it was read from (for error messages) and its JSON. */
  record Run(Path file, JsonNode root) {

    /**
     * A recorded sentence's answer-sentence features ({@code eval --sentences}), refused where the run recorded
     * another count than the model reads (a run of an older jar).
     */
    double[] features(JsonNode sentence) {
      JsonNode f = sentence.get("features");
      if (f.size() != AnswerSentence.FEATURES.size()) {
        throw new IllegalArgumentException(file + ": recorded " + f.size() + " features, the model has "
            + AnswerSentence.FEATURES.size() + "; run eval again");
      }
      double[] x = new double[f.size()];
      for (int k = 0; k < x.length; k++) {
        x[k] = f.get(k).asDouble();
      }
      return x;
    }
  }

  private FitRuns() {}

  static List<Run> read(List<Path> files) {
    List<Run> runs = new ArrayList<>();
    for (Path file : files) {
      Run run = any(file);
      if (!"fit".equals(run.root().path("part").asText())) {
        throw new IllegalArgumentException(file + ": fit only on runs of eval --part fit (this is part \""
            + run.root().path("part").asText() + "\")");
      }
      runs.add(run);
    }
    return runs;
  }

  /** One run of any part, for a report that reads test parts too ({@code eval causes}). */
  static Run any(Path file) {
    try {
      return new Run(file, JSON.readTree(file.toFile()));
    } catch (IOException e) {
      throw new IllegalArgumentException(file + ": not the JSON of eval --json (" + e.getMessage() + ")");
    }
  }
}
