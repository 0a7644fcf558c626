package briefbot.llm;

import static briefbot.llm.FakeModelServer.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import briefbot.answer.Answer;
import briefbot.answer.Question;
import briefbot.app.Briefbot;
import briefbot.cli.Cli;
import briefbot.config.ConfigException;
import briefbot.testing.SeedCorpus;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.StreamSupport;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Vectors from an embedding service: the real LangChain4j OpenAI and Ollama clients against fake servers that
 * speak {@code /v1/embeddings} and {@code /api/embed}, embedding a text as its hashed words (so that kNN finds
 * paragraphs that share a question's words). The index records the service's model and dimension and refuses
 * vectors of another model.
 */
class ServiceEmbeddingsTest {

  static final int DIMENSION = 64;
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;
  FakeModelServer server;

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  /** A text's vector: each word adds one to the dimension its hash picks. */
  static ArrayNode vector(String text) {
    float[] v = new float[DIMENSION];
    for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\d]+")) {
      if (!word.isEmpty()) {
        v[Math.floorMod(word.hashCode(), DIMENSION)] += 1;
      }
    }
    ArrayNode out = JSON.createArrayNode();
    for (float x : v) {
      out.add(x);
    }
    return out;
  }

  static List<String> inputs(FakeModelServer.Request r) {
    JsonNode input = r.json().path("input");
    return input.isArray() ? StreamSupport.stream(input.spliterator(), false).map(JsonNode::asText)
        .toList() : List.of(input.asText());
  }

  /** OpenAI's embeddings reply. */
  static FakeModelServer.Reply openAiEmbeddings(FakeModelServer.Request r) {
    ObjectNode root = JSON.createObjectNode().put("object", "list").put("model", "fake-embed");
    ArrayNode data = root.putArray("data");
    List<String> texts = inputs(r);
    for (int i = 0; i < texts.size(); i++) {
      data.addObject().put("object", "embedding").put("index", i).set("embedding", vector(texts.get(i)));
    }
    root.putObject("usage").put("prompt_tokens", texts.size()).put("total_tokens", texts.size());
    return status(200, root.toString());
  }

  Map<String, String> openAi(String url) {
    return new HashMap<>(Map.of("BRIEFBOT_EMBEDDINGS", "openai", "OPENAI_BASE_URL", url, "OPENAI_API_KEY", "sk-test",
        "BRIEFBOT_EMBEDDINGS_MODEL", "fake-embed", "BRIEFBOT_LLM_MAX_RETRIES", "0"));
  }

  @Test
  void indexAndAskWorkWithOpenAiEmbeddingsAndTheIndexRecordsTheModel() throws Exception {
    server = FakeModelServer.start(r -> r.path().endsWith("/embeddings") ? openAiEmbeddings(r) : status(404, "{}"));
    SeedCorpus.copyTo(dir);

    try (Briefbot bot = Briefbot.open(SeedCorpus.config(dir, openAi(server.url() + "/v1")), Clock.systemUTC())) {
      bot.sync(line -> {});
      Answer answer = bot.answerer().ask(Question.of("What is Moscow giving Tehran in return for Iran's support?"));
      assertThat(answer).isInstanceOf(Answer.Grounded.class);
      assertThat(answer.text()).contains("fighter jets");
    }

    List<FakeModelServer.Request> sent = server.requests();
    assertThat(sent).allSatisfy(r -> assertThat(r.path()).isEqualTo("/v1/embeddings"));
    assertThat(sent).allSatisfy(r -> assertThat(r.header("Authorization")).isEqualTo("Bearer sk-test"));
    assertThat(sent).allSatisfy(r -> assertThat(r.json().path("model").asText()).isEqualTo("fake-embed"));
    assertThat(sent.stream().mapToInt(r -> inputs(r).size()).max().orElse(0)).isBetween(2, 64);
    assertThat(sent.stream().mapToInt(r -> inputs(r).size()).sum()).isGreaterThan(40);
    assertThat(recorded()).isEqualTo("open_ai:fake-embed/" + DIMENSION);
  }

  @Test
  void switchingBackToTheBuiltInModelRefusesToMixVectorsInOneLine() throws Exception {
    server = FakeModelServer.start(r -> openAiEmbeddings(r));
    SeedCorpus.copyTo(dir);
    try (Briefbot bot = Briefbot.open(SeedCorpus.config(dir, openAi(server.url() + "/v1")), Clock.systemUTC())) {
      bot.sync(line -> {});
    }

    assertThatThrownBy(() -> Briefbot.open(SeedCorpus.config(dir, Map.of()), Clock.systemUTC()))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("holds vectors of open_ai:fake-embed/" + DIMENSION)
        .hasMessageContaining("EmbeddingModel/384")
        .hasMessageContaining("briefbot index --rebuild")
        .hasMessageNotContaining("\n");
    assertThat(recorded()).isEqualTo("open_ai:fake-embed/" + DIMENSION);
  }

  @Test
  void indexRebuildSwitchesModelsAndTheOldIndexServesUntilTheNewOneIsComplete() throws Exception {
    server = FakeModelServer.start(r -> openAiEmbeddings(r));
    SeedCorpus.copyTo(dir);
    Map<String, String> service = openAi(server.url() + "/v1");
    service.put("BRIEFBOT_CORPUS_DIR", dir.resolve("corpus").toString());
    service.put("BRIEFBOT_DATA_DIR", dir.resolve("data").toString());
    try (Briefbot bot = Briefbot.open(SeedCorpus.config(dir, service), Clock.systemUTC())) {
      bot.sync(line -> {});
    }
    Map<String, String> builtIn = Map.of("BRIEFBOT_CORPUS_DIR", dir.resolve("corpus").toString(),
        "BRIEFBOT_DATA_DIR", dir.resolve("data").toString(), "BRIEFBOT_BASE_URL", "http://briefbot.test");
    assertThat(cli(builtIn, "index").code()).isEqualTo(2);

    // a rebuild whose embedding service fails half-way leaves the old index as it was, and no folder behind
    Map<String, String> failing = openAi(server.url() + "/v1");
    failing.putAll(builtIn);
    failing.put("BRIEFBOT_EMBEDDINGS_MODEL", "other-embed");
    AtomicInteger calls = new AtomicInteger();
    server.script(r -> calls.incrementAndGet() <= 2 ? openAiEmbeddings(r) : status(500, "{\"error\":{}}"));
    CliRun failed = cli(failing, "index", "--rebuild");
    assertThat(failed.code()).isEqualTo(1);
    assertThat(failed.err()).doesNotContain("Exception");
    assertThat(recorded()).isEqualTo("open_ai:fake-embed/" + DIMENSION);
    try (var data = Files.list(dir.resolve("data"))) {
      assertThat(data.map(p -> p.getFileName().toString())).doesNotContain("index-rebuild", "index-previous");
    }

    server.script(r -> openAiEmbeddings(r));
    try (Briefbot serving = Briefbot.open(SeedCorpus.config(dir, service), Clock.systemUTC())) {
      CliRun refused = cli(builtIn, "index", "--rebuild");
      assertThat(refused.code()).isEqualTo(2);
      assertThat(refused.err()).contains("another Briefbot process").doesNotContain("\n\n");
    }

    CliRun rebuilt = cli(builtIn, "index", "--rebuild");
    assertThat(rebuilt.code()).as(rebuilt.err()).isZero();
    assertThat(rebuilt.out()).contains("rebuilt:").contains("index: 5 articles");
    assertThat(recorded()).isEqualTo(Briefbot.builtInEmbeddings().getClass().getSimpleName() + "/384");
    assertThat(cli(builtIn, "ask", "What is Moscow giving Tehran in return for Iran's support?").out())
        .contains("fighter jets");
  }

  record CliRun(int code, String out, String err) {}

  private static CliRun cli(Map<String, String> env, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Cli.run(args, env, new BufferedReader(new StringReader("")),
        new PrintWriter(out), new PrintWriter(err), Clock.systemUTC());
    return new CliRun(code, out.toString(), err.toString());
  }

  @Test
  void anUnreachableServiceStopsStartUpWithOneLineNamingTheSetting() {
    server = FakeModelServer.start(r -> status(404, "{\"error\":{\"message\":\"model fake-embed not found\"}}"));
    SeedCorpus.copyTo(dir);

    assertThatThrownBy(() -> Briefbot.open(SeedCorpus.config(dir, openAi(server.url() + "/v1")), Clock.systemUTC()))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith("BRIEFBOT_EMBEDDINGS=openai: the embedding service at " + server.url() + "/v1")
        .hasMessageContaining("fake-embed")
        .hasMessageNotContaining("\n")
        .hasMessageNotContaining("sk-test");
  }

  @Test
  void anOnnxFileWithAServiceIsAMistakeSaidInOneLine() {
    Map<String, String> env = openAi("http://127.0.0.1:9/v1");
    env.put("BRIEFBOT_EMBEDDING_MODEL", dir.resolve("model.onnx").toString());
    SeedCorpus.copyTo(dir);

    assertThatThrownBy(() -> Briefbot.open(SeedCorpus.config(dir, env), Clock.systemUTC()))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("BRIEFBOT_EMBEDDINGS_MODEL");
  }

  @Test
  void ollamaEmbeddingsComeFromApiEmbed() throws Exception {
    server = FakeModelServer.start(r -> {
      ObjectNode root = JSON.createObjectNode().put("model", "bge-m3");
      ArrayNode embeddings = root.putArray("embeddings");
      inputs(r).forEach(text -> embeddings.add(vector(text)));
      return status(200, root.toString());
    });
    SeedCorpus.copyTo(dir);
    Map<String, String> env = Map.of("BRIEFBOT_EMBEDDINGS", "ollama", "OLLAMA_BASE_URL", server.url(),
        "BRIEFBOT_EMBEDDINGS_MODEL", "bge-m3", "BRIEFBOT_LLM_MAX_RETRIES", "0");

    try (Briefbot bot = Briefbot.open(SeedCorpus.config(dir, env), Clock.systemUTC())) {
      bot.sync(line -> {});
      assertThat(bot.retriever().retrieve("What is Moscow giving Tehran in return for Iran's support?").passages()
          .get(0).text()).contains("fighter jets");
    }

    assertThat(server.requests()).allSatisfy(r -> assertThat(r.path()).isEqualTo("/api/embed"));
    assertThat(recorded()).isEqualTo("ollama:bge-m3/" + DIMENSION);
  }

  private String recorded() throws Exception {
    return recorded(dir);
  }

  /** The embedding model the last commit of the index under {@code dir}'s data folder records. */
  static String recorded(Path dir) throws Exception {
    try (var directory = FSDirectory.open(dir.resolve("data").resolve("index"));
        var reader = DirectoryReader.open(directory)) {
      return reader.getIndexCommit().getUserData().get("embeddings");
    }
  }
}
