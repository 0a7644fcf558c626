package briefbot.llm;

import briefbot.config.Config;
import briefbot.config.ConfigException;
import briefbot.config.Settings;
import briefbot.config.Settings.EmbeddingProvider;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.ModelProvider;
import dev.langchain4j.model.azure.AzureOpenAiEmbeddingModel;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.ollama.OllamaEmbeddingModel;
import dev.langchain4j.model.openai.OpenAiEmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Vectors from an embedding service ({@code BRIEFBOT_EMBEDDINGS=openai|azure-openai|ollama}) through LangChain4j's
 * clients, which send paragraphs in batches and retry a failed call with backoff. The service is asked once at
 * start-up, so an unreachable endpoint or a wrong model stops start-up with one line, and the dimension it answers
 * with is the one the index records.
 */
public final class ServiceEmbeddings implements EmbeddingModel {

  private static final Logger LOG = LoggerFactory.getLogger(ServiceEmbeddings.class);
  static final String DEFAULT_OPENAI_MODEL = "text-embedding-3-small";
  /** Paragraphs per request: OpenAI takes up to 2,048 inputs, but a smaller batch fails and retries cheaply. */
  private static final int BATCH = 64;

  private final EmbeddingModel client;
  private final ModelProvider provider;
  private final String model;
  private final int dimension;

  private ServiceEmbeddings(EmbeddingModel client, ModelProvider provider, String model, int dimension) {
    this.client = client;
    this.provider = provider;
    this.model = model;
    this.dimension = dimension;
  }

  /** The service {@code BRIEFBOT_EMBEDDINGS} names, checked with one call; a {@link ConfigException} says what is wrong. */
  public static ServiceEmbeddings open(Config config) {
    EmbeddingProvider which = config.get(Settings.EMBEDDINGS);
    String feature = config.nameOf(Settings.EMBEDDINGS) + "=" + which;
    if (config.isSet(Settings.EMBEDDING_MODEL)) {
      throw new ConfigException(config.nameOf(Settings.EMBEDDING_MODEL) + " is an ONNX file for "
          + Settings.EMBEDDINGS.name() + "=onnx; with " + feature + " name the service's model in "
          + Settings.EMBEDDINGS_MODEL.name());
    }
    Duration timeout = Duration.ofSeconds(config.get(Settings.LLM_TIMEOUT_SECONDS));
    int retries = config.get(Settings.LLM_MAX_RETRIES);
    String endpoint;
    String model;
    EmbeddingModel client;
    ModelProvider provider;
    switch (which) {
      case OPENAI -> {
        endpoint = config.get(Settings.OPENAI_BASE_URL);
        String key = endpoint == null ? config.require(Settings.OPENAI_API_KEY, feature)
            : config.get(Settings.OPENAI_API_KEY);
        model = config.isSet(Settings.EMBEDDINGS_MODEL) ? config.get(Settings.EMBEDDINGS_MODEL) : DEFAULT_OPENAI_MODEL;
        client = OpenAiEmbeddingModel.builder().httpClientBuilder(new ModelHttpClient.Builder()).baseUrl(endpoint)
            .apiKey(key == null ? "none" : key).modelName(model).timeout(timeout).maxRetries(retries)
            .maxSegmentsPerBatch(BATCH).build();
        provider = ModelProvider.OPEN_AI;
      }
      case AZURE_OPENAI -> {
        endpoint = config.require(Settings.AZURE_OPENAI_ENDPOINT, feature);
        if (!endpoint.startsWith("https://")) {
          throw new ConfigException(config.nameOf(Settings.AZURE_OPENAI_ENDPOINT) + " must be an https URL, not '"
              + endpoint + "'");
        }
        model = config.require(Settings.EMBEDDINGS_MODEL, feature + " needs the name of the embedding deployment");
        client = AzureOpenAiEmbeddingModel.builder().httpClientProvider(new AzureHttp()).endpoint(endpoint)
            .apiKey(config.require(Settings.AZURE_OPENAI_API_KEY, feature)).deploymentName(model)
            .serviceVersion(config.get(Settings.AZURE_OPENAI_API_VERSION)).timeout(timeout).maxRetries(retries)
            .build();
        provider = ModelProvider.AZURE_OPEN_AI;
      }
      case OLLAMA -> {
        endpoint = config.get(Settings.OLLAMA_BASE_URL);
        model = config.require(Settings.EMBEDDINGS_MODEL, feature, "the name of a model you pulled, e.g. bge-m3");
        client = OllamaEmbeddingModel.builder().httpClientBuilder(new ModelHttpClient.Builder()).baseUrl(endpoint)
            .modelName(model).timeout(timeout).maxRetries(retries).build();
        provider = ModelProvider.OLLAMA;
      }
      case ONNX -> throw new IllegalArgumentException(feature + " is not a service");
      default -> throw new IllegalStateException(feature);
    }
    return new ServiceEmbeddings(client, provider, model, probe(client, feature, model, endpoint));
  }

  /** The dimension the service answers with, or a one-line reason why it does not answer. */
  private static int probe(EmbeddingModel client, String feature, String model, String endpoint) {
    try {
      int dimension = client.embed("Briefbot").content().dimension();
      LOG.info("embeddings service={} model={} dimension={}", feature, model, dimension);
      return dimension;
    } catch (RuntimeException e) {
      throw new ConfigException(feature + ": the embedding service" + (endpoint == null ? "" : " at " + endpoint)
          + " did not embed a test text with model '" + model + "' (" + reason(e) + ")");
    }
  }

  private static String reason(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return Failure.detail(root);
  }

  @Override
  public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
    return client.embedAll(segments);
  }

  @Override
  public int dimension() {
    return dimension;
  }

  @Override
  public String modelName() {
    return model;
  }

  @Override
  public ModelProvider provider() {
    return provider;
  }
}
