package briefbot.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SureLevelTest {

  @TempDir
  Path dir;

  @Test
  void theLevelLetsAtMostTheShareOfNearMissesScoreAboveIt() throws Exception {
    // ten near misses, eight judged by the model (two refused by a rule), and an answerable question that counts not
    StringBuilder results = new StringBuilder();
    double[] confidences = {0.99, 0.95, 0.93, 0.91, 0.85, 0.8, 0.7, 0.5};
    for (double c : confidences) {
      results.append(result("near-miss", true, c)).append(',');
    }
    results.append(result("near-miss", false, 0.97)).append(',').append(result("near-miss", false, 0.2)).append(',')
        .append(result("answerable", true, 0.999));
    Path run = dir.resolve("run.json");
    Files.writeString(run, "{\"file\":\"q.jsonl\",\"part\":\"fit\",\"results\":[" + results + "]}");

    SureLevel.Level level = SureLevel.of(List.of(run), 0.2);

    // two of ten may stay sure: 0.99 and 0.95; the level sits just above the third, 0.93
    assertThat(level.nearMisses()).isEqualTo(10);
    assertThat(level.judged()).isEqualTo(8);
    assertThat(level.sure()).isEqualTo(0.9301);
    assertThat(SureLevel.of(List.of(run), 0.0).sure()).isEqualTo(0.9901);
  }

  @Test
  void theLevelIsWrittenAfterTheThresholdAndTheRestKept() throws Exception {
    Path model = dir.resolve("answerability.json");
    Files.writeString(model, "{\"features\":[\"coverage\"],\"weights\":[1.5],\"bias\":-1,\"threshold\":0.6,"
        + "\"sure\":0.7,\"fit\":{\"command\":\"x\"}}");
    SureLevel.write(model, 0.9);
    JsonNode written = new ObjectMapper().readTree(model.toFile());
    assertThat(written.properties()).extracting(e -> e.getKey())
        .containsExactly("features", "weights", "bias", "threshold", "sure", "fit");
    assertThat(written.get("sure").asDouble()).isEqualTo(0.9);
    assertThat(written.get("weights").get(0).asDouble()).isEqualTo(1.5);
  }

  @Test
  void runsWithoutNearMissesAreRefused() throws Exception {
    Path run = dir.resolve("run.json");
    Files.writeString(run, "{\"file\":\"q.jsonl\",\"part\":\"fit\",\"results\":[" + result("answerable", true, 0.9)
        + "]}");
    assertThatThrownBy(() -> SureLevel.of(List.of(run), 0.2)).hasMessageContaining("leave-out --paragraphs");
  }

  private static String result(String kind, boolean answered, double confidence) {
    return "{\"kind\":\"%s\",\"answerable\":%s,\"answered\":%s,\"verdict\":{\"signals\":[],\"confidence\":%s}}"
        .formatted(kind, !kind.equals("near-miss"), answered, confidence);
  }
}
