package briefbot.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import briefbot.config.Config;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fresh serving JVM's side: answers one question a line, as {@code ask --json -} does, on synthetic vectors, and
 * reports its start-up's steps after the first answer.
 */
class BenchServeTest {

  @TempDir
  Path dir;

  @Test
  void answersEachLineWithOneJsonObject() throws Exception {
    var corpus = new CorpusGenerator(Vocabulary.load(9), 9).write(dir.resolve("corpus"), 80, 10, line -> {});
    Config config = Config.fromEnv(Map.of("BRIEFBOT_CORPUS_DIR", corpus.dir().toString(),
        "BRIEFBOT_DATA_DIR", dir.resolve("data").toString()));
    String questions = String.join("\n", corpus.questions().subList(0, 3)) + "\n<b></b>\n";
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Bench.serve(config, 9, new BufferedReader(new StringReader(questions)), new PrintWriter(out),
        new PrintWriter(err));
    assertThat(code).isZero();
    List<String> lines = new ArrayList<>(List.of(out.toString().strip().split("\n")));
    assertThat(lines).hasSize(5);
    ObjectMapper json = new ObjectMapper();
    JsonNode startup = json.readTree(lines.remove(1)).path("startupMs");
    assertThat(startup.properties()).extracting(Map.Entry::getKey)
        .containsExactly("jvm", "open", "sync", "firstQuestion", "jvmCpu", "openCpu", "syncCpu", "firstQuestionCpu",
            "modelLoad", "modelLoadCpu", "modelWait", "cpu");
    assertThat(startup.path("open").asDouble()).isPositive();
    assertThat(startup.path("cpu").asDouble()).as("the JVM's CPU time so far").isPositive();
    double steps = startup.path("jvmCpu").asDouble() + startup.path("openCpu").asDouble()
        + startup.path("syncCpu").asDouble() + startup.path("firstQuestionCpu").asDouble();
    assertThat(startup.path("openCpu").asDouble()).as("opening the core costs CPU").isPositive();
    assertThat(steps).as("the steps' CPU adds up to the start's, up to the JSON's own making")
        .isCloseTo(startup.path("cpu").asDouble(), within(200.0));
    assertThat(startup.path("modelLoadCpu").asDouble()).as("the model's loading thread used CPU").isPositive();
    assertThat(startup.path("modelLoad").asDouble()).as("the model loaded before the first answer").isPositive();
    for (int i = 0; i < 3; i++) {
      JsonNode answer = json.readTree(lines.get(i));
      assertThat(answer.path("question").asText()).isEqualTo(corpus.questions().get(i));
      assertThat(answer.path("status").asText()).isIn("answered", "no_answer");
    }
    assertThat(json.readTree(lines.get(3)).path("status").asText()).isEqualTo("error");
  }
}
