package briefbot.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import briefbot.bench.CitationCauses.Cause;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cause table: each answerable question of an eval run by what its answer cited, the verdict read back. */
class CitationCausesTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** An answered question: whether it cites the gold paragraph and holds the span, the gold one's rank, confidence. */
  private static void answered(ArrayNode results, boolean cited, boolean holds, int reranked, double confidence) {
    ObjectNode r = results.addObject().put("q", "Wann?").put("answerable", true).put("answered", true)
        .put("cited", cited).put("holds", holds);
    r.putObject("ranks").put("bm25", reranked).put("reranked", reranked);
    r.putObject("verdict").put("confidence", confidence);
  }

  private static void refused(ArrayNode results, String reason) {
    results.addObject().put("q", "Wer?").put("answerable", true).put("answered", false).put("reason", reason)
        .set("ranks", null);
  }

  /**
   * A threshold-0 run: both (0.9, 0.5), the gold paragraph cited without the span (0.8), another paragraph cited with
   * the gold one first (0.7), third (0.3) and sixth (0.9), the gold one not retrieved (0.2), a rule's refusal, and an
   * unanswerable question (not counted).
   */
  private static Path run(Path dir) throws Exception {
    ObjectNode root = JSON.createObjectNode().put("file", "q.jsonl").put("part", "fit");
    ArrayNode results = root.putArray("results");
    answered(results, true, true, 1, 0.9);
    answered(results, true, true, 2, 0.5);
    answered(results, true, false, 1, 0.8);
    answered(results, false, false, 1, 0.7);
    answered(results, false, true, 3, 0.3);
    answered(results, false, false, 6, 0.9);
    answered(results, false, false, 0, 0.2);
    refused(results, "the articles never mention W116");
    results.addObject().put("q", "Was?").put("answerable", false).put("answered", true);
    Path file = dir.resolve("t0.json");
    Files.writeString(file, root.toString());
    return file;
  }

  @Test
  void eachAnswerableQuestionHasOneCauseAndTheVerdictReadBackSplitsThem(@TempDir Path dir) throws Exception {
    CitationCauses.Table t = CitationCauses.of(List.of(run(dir)), 0.6).get(0);
    assertThat(t.questions()).isEqualTo(8);
    assertThat(t.given()).containsEntry(Cause.BOTH, 1).containsEntry(Cause.CITED_WITHOUT_SPAN, 1)
        .containsEntry(Cause.GOLD_FIRST, 1).containsEntry(Cause.GOLD_LATER, 1).hasSize(4);
    assertThat(t.refused()).containsEntry(Cause.BOTH, 1).containsEntry(Cause.GOLD_SECOND_OR_THIRD, 1)
        .containsEntry(Cause.NOT_AMONG_PASSAGES, 1).containsEntry(Cause.REFUSED_BY_RULE, 1).hasSize(4);
    assertThat(CitationCauses.summary(List.of(t))).contains("t0.json: 8 answerable questions, the verdict read at 0.6000")
        .containsPattern("another paragraph cited, the gold one second or third\\s+0\\s+1\\s+1");
  }

  @Test
  void atThresholdZeroEveryAnswerIsGivenAndAModelsRefusalHasNoAnswerToRead(@TempDir Path dir) throws Exception {
    Path file = run(dir);
    ObjectNode root = (ObjectNode) JSON.readTree(file.toFile());
    refused((ArrayNode) root.get("results"), "confidence 0.41 (coverage 0.38, sentence 0.20)");
    Files.writeString(file, root.toString());
    CitationCauses.Table t = CitationCauses.of(List.of(file), 0).get(0);
    assertThat(t.given().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(7);
    assertThat(t.given()).containsEntry(Cause.BOTH, 2);
    assertThat(t.refused()).containsEntry(Cause.REFUSED_UNREAD, 1).containsEntry(Cause.REFUSED_BY_RULE, 1);
  }

  @Test
  void anAnswerCitingAnotherParagraphNeedsItsRanks(@TempDir Path dir) throws Exception {
    Path run = dir.resolve("run.json");
    Files.writeString(run, "{\"part\": \"fit\", \"results\": [{\"q\": \"Wo?\", \"answerable\": true, "
        + "\"answered\": true, \"cited\": false, \"holds\": false, \"ranks\": null}]}");
    assertThatThrownBy(() -> CitationCauses.of(List.of(run), 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--ranks");
  }
}
