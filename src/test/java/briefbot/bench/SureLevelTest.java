package briefbot.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import briefbot.retrieval.Signals;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
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
    JsonNode written = written("\"sure\":0.7,", model -> SureLevel.write(model, 0.9));
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

  @Test
  void theNamesOnlyLevelSitsMidwayBetweenTheSureFalseAndRightAnswersOfQuestionsOfNamesAlone() throws Exception {
    Path run = run(
        namesOnly(false, false, 0.95, 0.30), namesOnly(false, false, 0.92, 0.34),
        namesOnly(true, true, 0.93, 0.57), namesOnly(true, true, 0.97, 0.78),
        // read not: under the sure level, a wrong answer to an answerable question, a question asking more than names
        namesOnly(false, false, 0.80, 0.52), namesOnly(true, false, 0.95, 0.10),
        result("left-out", false, true, 0.95, signals(0.50, false)));

    SureLevel.NamesOnly level = SureLevel.namesOnly(List.of(run), 0.9);

    // midway between 0.34 and 0.57 is 0.455, rounded down toward keeping right answers sure
    assertThat(level.level()).isEqualTo(0.45);
    assertThat(level.right()).isEqualTo(2);
    assertThat(level.wrong()).isEqualTo(2);
  }

  @Test
  void theNamesOnlyLevelNeverTakesARightAnswerOutOfSureAndIsOffWithoutFalseOnes() throws Exception {
    Path overlapping = run(namesOnly(false, false, 0.95, 0.60), namesOnly(true, true, 0.95, 0.50),
        namesOnly(true, true, 0.95, 0.70));
    assertThat(SureLevel.namesOnly(List.of(overlapping), 0.9).level()).isEqualTo(0.5);

    Path rightOnly = run(namesOnly(true, true, 0.95, 0.50));
    assertThat(SureLevel.namesOnly(List.of(rightOnly), 0.9).level()).isZero();

    Path falseOnly = run(namesOnly(false, false, 0.95, 0.30));
    assertThatThrownBy(() -> SureLevel.namesOnly(List.of(falseOnly), 0.9)).hasMessageContaining("no sure right");
  }

  @Test
  void theNamesOnlyLevelIsWrittenAfterTheSureLevel() throws Exception {
    JsonNode written = written("\"sureNamesOnly\":0.2,\"sure\":0.7,", model -> SureLevel.writeNamesOnly(model, 0.45));
    assertThat(written.properties()).extracting(e -> e.getKey())
        .containsExactly("features", "weights", "bias", "threshold", "sure", "sureNamesOnly", "fit");
    assertThat(written.get("sureNamesOnly").asDouble()).isEqualTo(0.45);
    assertThat(written.get("sure").asDouble()).isEqualTo(0.7);
  }

  /** A model file with these levels after its threshold, as {@code write} leaves it. */
  private JsonNode written(String levels, Consumer<Path> write) throws Exception {
    Path model = dir.resolve("answerability.json");
    Files.writeString(model, "{\"features\":[\"coverage\"],\"weights\":[1.5],\"bias\":-1,\"threshold\":0.6,"
        + levels + "\"fit\":{\"command\":\"x\"}}");
    write.accept(model);
    return new ObjectMapper().readTree(model.toFile());
  }

  private Path run(String... results) throws Exception {
    Path run = dir.resolve("names-" + results.length + "-" + System.nanoTime() + ".json");
    Files.writeString(run, "{\"file\":\"q.jsonl\",\"part\":\"fit\",\"results\":[" + String.join(",", results)
        + "]}");
    return run;
  }

  /** A question of nothing but names, answered with this confidence and best-sentence similarity. */
  private static String namesOnly(boolean answerable, boolean right, double confidence, double sentenceDense) {
    return result(answerable ? "answerable" : "left-out", answerable, right, confidence,
        signals(sentenceDense, true));
  }

  private static String signals(double sentenceDense, boolean namesOnly) {
    double[] s = new double[Signals.NAMES.size()];
    s[Signals.NAMES.indexOf("sentenceDense")] = sentenceDense;
    s[Signals.NAMES.indexOf("namesOnly")] = namesOnly ? 1 : 0;
    return Arrays.toString(s);
  }

  private static String result(String kind, boolean answerable, boolean right, double confidence, String signals) {
    return ("{\"kind\":\"%s\",\"answerable\":%s,\"answered\":true,\"cited\":%s,\"holds\":%s,"
        + "\"verdict\":{\"signals\":%s,\"confidence\":%s}}").formatted(kind, answerable, right, right, signals,
        confidence);
  }

  private static String result(String kind, boolean answered, double confidence) {
    return "{\"kind\":\"%s\",\"answerable\":%s,\"answered\":%s,\"verdict\":{\"signals\":[],\"confidence\":%s}}"
        .formatted(kind, !kind.equals("near-miss"), answered, confidence);
  }
}
