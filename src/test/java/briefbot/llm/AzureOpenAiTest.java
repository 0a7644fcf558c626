package briefbot.llm;

import static briefbot.llm.FakeModelServer.openAi;
import static briefbot.llm.FakeModelServer.openAiStream;
import static briefbot.llm.FakeModelServer.status;
import static briefbot.llm.LlmComposerTest.ARCTIC;
import static briefbot.llm.LlmComposerTest.EXTRACTIVE;
import static briefbot.llm.LlmComposerTest.JETS;
import static briefbot.llm.LlmComposerTest.LINKS;
import static briefbot.llm.LlmComposerTest.retrieval;
import static org.assertj.core.api.Assertions.assertThat;

import briefbot.answer.Answer;
import briefbot.answer.AnswerJson;
import briefbot.config.Config;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The LLM composer with LangChain4j's real Azure OpenAI client against a fake Azure OpenAI server on 127.0.0.1,
 * over HTTPS (the Azure client sends its key over HTTPS only; the JVM trusts the fake's certificate meanwhile).
 */
class AzureOpenAiTest {

  static final String AZURE_KEY = "azure-test-key-42";
  static FakeModelServer server;
  static SSLContext previousDefault;

  @BeforeAll
  static void start(@TempDir Path dir) throws Exception {
    TestTls tls = TestTls.create(dir);
    previousDefault = SSLContext.getDefault();
    SSLContext.setDefault(tls.client);
    server = FakeModelServer.start(r -> status(500, "{}"), tls.server);
  }

  @AfterAll
  static void stop() {
    server.close();
    SSLContext.setDefault(previousDefault);
  }

  static LlmComposer azureComposer() {
    return LlmComposer.open(Config.fromEnv(Map.of("BRIEFBOT_LLM", "azure-openai", "AZURE_OPENAI_ENDPOINT", server.url(),
        "AZURE_OPENAI_API_KEY", AZURE_KEY, "BRIEFBOT_LLM_MODEL", "briefbot-gpt", "BRIEFBOT_LLM_MAX_RETRIES", "1")),
        LINKS, EXTRACTIVE, () -> Set.of("en"));
  }

  @Test
  void azureOpenAiIsCalledOnTheDeploymentWithTheApiKeyHeader() {
    server.script(r -> openAi("Russia patrols the Arctic with China [2]."));

    Answer answer = azureComposer().compose(retrieval("Where does Russia patrol?", JETS, ARCTIC));

    assertThat(AnswerJson.of(answer).path("composer").asText()).isEqualTo("llm");
    assertThat(answer.text()).isEqualTo("Russia patrols the Arctic with China [1].");
    FakeModelServer.Request sent = server.requests().get(0);
    assertThat(sent.path()).isEqualTo("/openai/deployments/briefbot-gpt/chat/completions");
    assertThat(sent.query()).startsWith("api-version=");
    assertThat(sent.header("api-key")).isEqualTo(AZURE_KEY);
    assertThat(sent.user()).contains("[2] Title of arctic", ARCTIC.text(), "Where does Russia patrol?");
  }

  @Test
  void azureRateLimitsAreRetriedAfterRetryAfter() {
    List<FakeModelServer.Request> seen = new CopyOnWriteArrayList<>();
    server.script(r -> {
      seen.add(r);
      return seen.size() == 1 ? status(429, "{\"error\":{\"code\":\"429\",\"message\":\"Rate limit\"}}", "Retry-After", "1")
          : openAi("Moscow gives Tehran fighter jets [1].");
    });

    Answer answer = azureComposer().compose(retrieval("What does Russia give Iran?", JETS));

    assertThat(answer.text()).isEqualTo("Moscow gives Tehran fighter jets [1].");
    assertThat(seen).hasSize(2);
    assertThat(Duration.ofNanos(seen.get(1).receivedNanos() - seen.get(0).receivedNanos()))
        .isGreaterThanOrEqualTo(Duration.ofMillis(950));
  }

  @Test
  void aFailingAzureFallsBack() {
    server.script(r -> status(500, "{\"error\":{\"code\":\"InternalServerError\",\"message\":\"boom\"}}"));

    Answer answer = azureComposer().compose(retrieval("What does Russia give Iran?", JETS));

    assertThat(AnswerJson.of(answer).path("composer").asText()).isEqualTo("extractive-fallback");
    assertThat(server.requests()).hasSize(2);
  }

  @Test
  void azureStreams() {
    server.script(r -> openAiStream(List.of("Moscow gives Tehran ", "fighter jets [1]. ", "Ping @here now [1].")));
    List<String> partials = new CopyOnWriteArrayList<>();

    Answer answer = azureComposer().compose(retrieval("What does Russia give Iran?", JETS), partials::add);

    assertThat(answer.text()).isEqualTo("Moscow gives Tehran fighter jets [1].");
    assertThat(partials).containsOnly("Moscow gives Tehran fighter jets [1].");
  }
}
