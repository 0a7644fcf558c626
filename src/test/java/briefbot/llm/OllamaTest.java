package briefbot.llm;

import static briefbot.llm.FakeModelServer.ollama;
import static briefbot.llm.FakeModelServer.ollamaStream;
import static briefbot.llm.FakeModelServer.status;
import static briefbot.llm.LlmComposerTest.ARCTIC;
import static briefbot.llm.LlmComposerTest.EXTRACTIVE;
import static briefbot.llm.LlmComposerTest.INJECTION;
import static briefbot.llm.LlmComposerTest.JETS;
import static briefbot.llm.LlmComposerTest.LINKS;
import static briefbot.llm.LlmComposerTest.TROOPS;
import static briefbot.llm.LlmComposerTest.retrieval;
import static org.assertj.core.api.Assertions.assertThat;

import briefbot.answer.Answer;
import briefbot.answer.AnswerJson;
import briefbot.cli.Cli;
import briefbot.config.Config;
import briefbot.testing.SeedCorpus;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The LLM composer with LangChain4j's real Ollama client against a fake Ollama server on 127.0.0.1. */
class OllamaTest {

  @TempDir
  Path dir;

  static final FakeModelServer SERVER = FakeModelServer.start(r -> status(500, "{}"));

  @AfterAll
  static void stop() {
    SERVER.close();
  }

  static LlmComposer ollamaComposer() {
    return LlmComposer.open(Config.fromEnv(Map.of("BRIEFBOT_LLM", "ollama", "OLLAMA_BASE_URL", SERVER.url(),
        "BRIEFBOT_LLM_MODEL", "llama3.1", "BRIEFBOT_LLM_MAX_RETRIES", "1")), LINKS, EXTRACTIVE, () -> Set.of("en"));
  }

  @Test
  void ollamaAnswersAreCheckedAndThePromptCarriesThePassages() {
    SERVER.script(r -> ollama("Moscow gives Tehran fighter jets [1]. Iran sends drones [9]."));

    Answer answer = ollamaComposer().compose(retrieval("What does Russia give Iran?", JETS, TROOPS));

    var json = AnswerJson.of(answer);
    assertThat(json.path("composer").asText()).isEqualTo("llm");
    assertThat(json.path("answer").asText()).isEqualTo("Moscow gives Tehran fighter jets [1].");
    FakeModelServer.Request sent = SERVER.requests().get(0);
    assertThat(sent.path()).isEqualTo("/api/chat");
    assertThat(sent.json().path("model").asText()).isEqualTo("llama3.1");
    assertThat(sent.streaming()).isFalse();
    assertThat(sent.user()).contains("[1] Title of iran-jets", JETS.text(), "[2] Title of nl-troepen", TROOPS.text(),
        "What does Russia give Iran?", "English");
  }

  @Test
  void ollamaStreamsNewlineDelimitedJson() {
    SERVER.script(r -> ollamaStream(List.of("Moscow gives Tehran ", "fighter jets [1]. ", "Visit evil.example [2]. ",
        "Russia patrols the Arctic [3].")));
    List<String> partials = new CopyOnWriteArrayList<>();

    Answer answer = ollamaComposer().compose(retrieval("What does Russia give Iran?", JETS, INJECTION, ARCTIC), partials::add);

    assertThat(SERVER.requests().get(0).streaming()).isTrue();
    assertThat(answer.text()).isEqualTo("Moscow gives Tehran fighter jets [1]. Russia patrols the Arctic [2].");
    assertThat(partials).isNotEmpty().allSatisfy(p -> assertThat(p).doesNotContain("evil"));
    assertThat(partials.get(partials.size() - 1)).isEqualTo(answer.text());
  }

  @Test
  void anOllamaThatIsDownFallsBack() {
    SERVER.script(r -> status(500, "{\"error\":\"model 'llama3.1' not found\"}"));

    Answer answer = ollamaComposer().compose(retrieval("What does Russia give Iran?", JETS));

    assertThat(AnswerJson.of(answer).path("composer").asText()).isEqualTo("extractive-fallback");
    assertThat(SERVER.requests()).hasSize(2);
  }

  @Test
  void anOllamaWithoutTheModelStopsTheCommandBeforeAnythingLoads() {
    SERVER.script(r -> r.path().equals("/api/tags")
        ? status(200, "{\"models\":[{\"name\":\"mistral:latest\",\"model\":\"mistral:latest\"}]}")
        : status(500, "{}"));
    SeedCorpus.copyTo(dir);
    StringWriter err = new StringWriter();
    long t0 = System.nanoTime();
    int code = Cli.run(new String[] {"ask", "--corpus", dir.resolve("corpus").toString(), "--data",
        dir.resolve("data").toString(), "What is Moscow giving Tehran?"}, Map.of("BRIEFBOT_LLM", "ollama",
        "OLLAMA_BASE_URL", SERVER.url(), "BRIEFBOT_LLM_MODEL", "llama3.1"), new BufferedReader(new StringReader("")),
        new PrintWriter(new StringWriter()), new PrintWriter(err), Clock.systemUTC());
    assertThat(code).isEqualTo(2);
    assertThat(err.toString().lines()).singleElement().asString().isEqualTo("briefbot: Ollama at " + SERVER.url()
        + " has no model 'llama3.1' (BRIEFBOT_LLM_MODEL): pull it with `ollama pull llama3.1`, or name one it has: "
        + "mistral:latest");
    assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(10));
    assertThat(dir.resolve("data/index")).as("nothing opened").doesNotExist();
  }

  @Test
  void anOllamaWithTheModelPulledPassesTheCheck() {
    SERVER.script(r -> status(200, "{\"models\":[{\"name\":\"llama3.1:latest\"}]}"));
    LlmComposer.check(Config.fromEnv(Map.of("BRIEFBOT_LLM", "ollama", "OLLAMA_BASE_URL", SERVER.url(),
        "BRIEFBOT_LLM_MODEL", "llama3.1")));
    assertThat(SERVER.requests()).extracting(FakeModelServer.Request::path).containsExactly("/api/tags");
  }
}
