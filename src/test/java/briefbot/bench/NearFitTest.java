package briefbot.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import briefbot.answer.AnswerSentence;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The near ranking's fit: learns which feature marks the near candidate that answers, from eval's records. */
class NearFitTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int N = AnswerSentence.FEATURES.size();
  private static final int TYPED = NearFit.FEATURES.indexOf("typed");
  private static final int NOVELTY = NearFit.FEATURES.indexOf("novelty");

  /**
   * A run of 200 answered questions, each with 4 near candidates of key terms' scores 1 / 0.9 / 0.8 / 0.7 and two
   * far below: the right one (gold paragraph, holds the answer) is never the best-scoring and is the only typed one;
   * the other features are noise. With {@code trap}, a sentence the lead may not come from (doubted) scores highest
   * and holds the answer, while being untyped: read as a near candidate, it would teach the typed feature away.
   */
  private static Path run(Path dir, String part, boolean trap, Random random) throws Exception {
    ObjectNode root = JSON.createObjectNode().put("file", "q.jsonl").put("part", part);
    ArrayNode results = root.putArray("results");
    for (int q = 0; q < 200; q++) {
      ObjectNode result = results.addObject().put("answered", true).put("answerable", true);
      ArrayNode sentences = result.putArray("sentences");
      if (trap) {
        sentence(sentences, 2.0, false, true, 0, random);
      }
      int right = 1 + random.nextInt(3);
      double[] scores = {1.0, 0.9, 0.8, 0.7, 0.3, 0.2};
      for (int s = 0; s < scores.length; s++) {
        sentence(sentences, scores[s], true, s == right, s == right ? 1 : 0, random);
      }
    }
    Path file = dir.resolve(part + (trap ? "-trap" : "") + ".json");
    Files.writeString(file, root.toString());
    return file;
  }

  private static void sentence(ArrayNode sentences, double score, boolean leadable, boolean right, double typed,
      Random random) {
    double[] x = new double[N];
    for (int j = 0; j < N; j++) {
      x[j] = random.nextDouble();
    }
    x[AnswerSentence.FEATURES.indexOf("typed")] = typed;
    sentences.addObject().put("gold", true).put("holds", right).put("keyTermScore", score)
        .put("leadable", leadable).set("features", JSON.valueToTree(x));
  }

  @Test
  void theFeatureThatAloneSeparatesTheNearCandidatesGetsTheLargestWeight(@TempDir Path dir) throws Exception {
    NearFit.Model model = NearFit.fit(List.of(run(dir, "fit", false, new Random(7))));
    double[] w = model.weights();
    for (int i = 0; i < w.length; i++) {
      if (i != TYPED) {
        assertThat(w[TYPED]).isGreaterThan(Math.abs(w[i]));
      }
    }
    assertThat(model.questions()).isEqualTo(200);
    assertThat(model.pairs()).isEqualTo(200 * 3);
    assertThat(model.pickedByScore()).isZero();
    assertThat(model.pickedByWeights()).isEqualTo(200);
  }

  @Test
  void aSentenceTheLeadMayNotComeFromIsNoNearCandidate(@TempDir Path dir) throws Exception {
    NearFit.Model model = NearFit.fit(List.of(run(dir, "fit", true, new Random(7))));
    assertThat(model.pairs()).isEqualTo(200 * 3);
    assertThat(model.weights()[TYPED]).isGreaterThan(Math.abs(model.weights()[NOVELTY]));
    assertThat(model.pickedByWeights()).isEqualTo(200);
  }

  @Test
  void itRefusesRunsOnTheTestPart(@TempDir Path dir) throws Exception {
    Path run = run(dir, "test", false, new Random(5));
    assertThatThrownBy(() -> NearFit.fit(List.of(run)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--part fit");
  }

  @Test
  void runsWithoutTheKeyTermScoreSayToRunEvalAgain(@TempDir Path dir) throws Exception {
    Path run = dir.resolve("run.json");
    Files.writeString(run, "{\"file\": \"q.jsonl\", \"part\": \"fit\", \"results\": [{\"answered\": true, "
        + "\"answerable\": true, \"sentences\": [{\"features\": [], \"holds\": true}]}]}");
    assertThatThrownBy(() -> NearFit.fit(List.of(run)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("run eval again");
  }
}
