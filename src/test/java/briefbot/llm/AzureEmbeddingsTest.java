package briefbot.llm;

import static briefbot.llm.FakeModelServer.status;
import static briefbot.llm.ServiceEmbeddingsTest.inputs;
import static briefbot.llm.ServiceEmbeddingsTest.recorded;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import briefbot.answer.Answer;
import briefbot.answer.Question;
import briefbot.app.Briefbot;
import briefbot.config.ConfigException;
import briefbot.testing.SeedCorpus;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Vectors from Azure OpenAI: LangChain4j's real Azure client against a fake Azure OpenAI server on 127.0.0.1 over
 * HTTPS, speaking Azure's embeddings protocol ({@code POST /openai/deployments/{deployment}/embeddings?api-version=},
 * the key in an {@code api-key} header, OpenAI's {@code data[].embedding} reply).
 */
class AzureEmbeddingsTest {

  static final String AZURE_KEY = "azure-embed-key-7";
  static FakeModelServer server;
  static SSLContext previousDefault;

  @TempDir
  Path dir;

  @BeforeAll
  static void start(@TempDir Path certificates) throws Exception {
    TestTls tls = TestTls.create(certificates);
    previousDefault = SSLContext.getDefault();
    SSLContext.setDefault(tls.client);
    server = FakeModelServer.start(AzureEmbeddingsTest::embeddings, tls.server);
  }

  @AfterAll
  static void stop() {
    server.close();
    SSLContext.setDefault(previousDefault);
  }

  /** Azure's embeddings reply: one item per input, in order, as OpenAI's. */
  static FakeModelServer.Reply embeddings(FakeModelServer.Request r) {
    if (!r.path().matches("/openai/deployments/[^/]+/embeddings") || !AZURE_KEY.equals(r.header("api-key"))) {
      return status(404, "{\"error\":{\"code\":\"DeploymentNotFound\",\"message\":\"The API deployment for this "
          + "resource does not exist.\"}}");
    }
    ObjectNode root = ServiceEmbeddingsTest.JSON.createObjectNode().put("object", "list").put("model", "text-embedding-3-small");
    ArrayNode data = root.putArray("data");
    List<String> texts = inputs(r);
    for (int i = 0; i < texts.size(); i++) {
      data.addObject().put("object", "embedding").put("index", i)
          .set("embedding", ServiceEmbeddingsTest.vector(texts.get(i)));
    }
    root.putObject("usage").put("prompt_tokens", texts.size()).put("total_tokens", texts.size());
    return status(200, root.toString());
  }

  Map<String, String> azure(String deployment) {
    return new HashMap<>(Map.of("BRIEFBOT_EMBEDDINGS", "azure-openai", "AZURE_OPENAI_ENDPOINT", server.url(),
        "AZURE_OPENAI_API_KEY", AZURE_KEY, "BRIEFBOT_EMBEDDINGS_MODEL", deployment, "BRIEFBOT_LLM_MAX_RETRIES", "0"));
  }

  @Test
  void indexAndAskWorkWithAzureEmbeddingsOnTheDeploymentAndTheIndexRecordsIt() throws Exception {
    SeedCorpus.copyTo(dir);
    int before = server.requests().size();

    try (Briefbot bot = Briefbot.open(SeedCorpus.config(dir, azure("briefbot-embed")), Clock.systemUTC())) {
      bot.sync(line -> {});
      Answer answer = bot.answerer().ask(Question.of("What is Moscow giving Tehran in return for Iran's support?"));
      assertThat(answer).isInstanceOf(Answer.Grounded.class);
      assertThat(answer.text()).contains("fighter jets");
    }

    List<FakeModelServer.Request> sent = server.requests().subList(before, server.requests().size());
    assertThat(sent).allSatisfy(r -> {
      assertThat(r.method()).isEqualTo("POST");
      assertThat(r.path()).isEqualTo("/openai/deployments/briefbot-embed/embeddings");
      assertThat(r.query()).startsWith("api-version=");
      assertThat(r.header("api-key")).isEqualTo(AZURE_KEY);
    });
    assertThat(sent.stream().mapToInt(r -> inputs(r).size()).max().orElse(0)).isBetween(2, 64);
    assertThat(sent.stream().mapToInt(r -> inputs(r).size()).sum()).isGreaterThan(40);
    assertThat(recorded(dir)).isEqualTo("azure_open_ai:briefbot-embed/" + ServiceEmbeddingsTest.DIMENSION);
  }

  @Test
  void anotherDeploymentIsRefusedInOneLineAndAMissingOneNamesTheSetting() throws Exception {
    SeedCorpus.copyTo(dir);
    try (Briefbot bot = Briefbot.open(SeedCorpus.config(dir, azure("briefbot-embed")), Clock.systemUTC())) {
      bot.sync(line -> {});
    }

    assertThatThrownBy(() -> Briefbot.open(SeedCorpus.config(dir, azure("other-embed")), Clock.systemUTC()))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("holds vectors of azure_open_ai:briefbot-embed/" + ServiceEmbeddingsTest.DIMENSION)
        .hasMessageNotContaining("\n")
        .hasMessageNotContaining(AZURE_KEY);
    Map<String, String> wrongKey = azure("briefbot-embed");
    wrongKey.put("AZURE_OPENAI_API_KEY", "not-the-key");
    assertThatThrownBy(() -> Briefbot.open(SeedCorpus.config(dir, wrongKey), Clock.systemUTC()))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith("BRIEFBOT_EMBEDDINGS=azure-openai: the embedding service at " + server.url())
        .hasMessageNotContaining("\n")
        .hasMessageNotContaining("not-the-key");
    assertThat(recorded(dir)).isEqualTo("azure_open_ai:briefbot-embed/" + ServiceEmbeddingsTest.DIMENSION);
  }
}
