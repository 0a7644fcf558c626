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

/** The answer-sentence fit: learns which feature marks the sentence that holds the answer, from eval's records. */
class SentenceFitTest {

  private static final int N = AnswerSentence.FEATURES.size();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int COVERAGE = AnswerSentence.FEATURES.indexOf("coverage");
  private static final int TYPED = AnswerSentence.FEATURES.indexOf("typed");

  /**
   * A run of 300 questions of 6 candidates each: the sentence that covers the question best leads (as recorded),
   * but the one that holds the answer is the typed one, which covers it a little less.
   */
  private static Path run(Path dir, String part, Random random) throws Exception {
    ObjectNode root = JSON.createObjectNode().put("file", "q.jsonl").put("part", part);
    ArrayNode results = root.putArray("results");
    for (int q = 0; q < 300; q++) {
      ArrayNode sentences = results.addObject().put("answered", true).putArray("sentences");
      int answer = random.nextInt(6);
      int covering = (answer + 1 + random.nextInt(5)) % 6;
      for (int s = 0; s < 6; s++) {
        double[] x = new double[N];
        for (int j = 0; j < N; j++) {
          x[j] = random.nextDouble();
        }
        x[COVERAGE] = s == covering ? 0.9 : s == answer ? 0.7 : 0.4 * random.nextDouble();
        x[TYPED] = s == answer || random.nextDouble() < 0.2 ? 1 : 0;
        sentences.addObject().put("holds", s == answer).put("best", s == covering)
            .set("features", JSON.valueToTree(x));
      }
    }
    Path file = dir.resolve(part + ".json");
    Files.writeString(file, root.toString());
    return file;
  }

  @Test
  void theTypedSentenceLeadsAfterTheFit(@TempDir Path dir) throws Exception {
    SentenceFit.Model model = SentenceFit.fit(List.of(run(dir, "fit", new Random(3))));
    assertThat(model.questions()).isEqualTo(300);
    assertThat(model.heldBefore()).isEqualTo(0.0);
    assertThat(model.heldAfter()).isGreaterThan(0.8);
    assertThat(model.weights()[TYPED]).isGreaterThan(1);
    Path out = dir.resolve("sentence.json");
    SentenceFit.write(model, List.of(dir.resolve("fit.json")), 0.5, out);
    var written = JSON.readTree(out.toFile());
    assertThat(written.get("features")).hasSize(N);
    assertThat(written.get("margin").asDouble()).isEqualTo(0.5);
  }

  @Test
  void itRefusesRunsOnTheTestPart(@TempDir Path dir) throws Exception {
    Path run = run(dir, "test", new Random(5));
    assertThatThrownBy(() -> SentenceFit.fit(List.of(run)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--part fit");
  }

  @Test
  void runsWithoutSentencesSayHowToMakeThem(@TempDir Path dir) throws Exception {
    Path run = dir.resolve("run.json");
    Files.writeString(run, "{\"file\": \"q.jsonl\", \"part\": \"fit\", \"results\": [{\"answered\": true}]}");
    assertThatThrownBy(() -> SentenceFit.fit(List.of(run)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--sentences");
  }
}
