package briefbot.app;

import briefbot.config.Config;
import briefbot.config.ConfigException;
import briefbot.config.Settings;
import briefbot.index.GlossedEmbeddings;
import briefbot.index.LoadingEmbeddings;
import briefbot.llm.ServiceEmbeddings;
import briefbot.retrieval.Gloss;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** The embedding model a config names (a service, a supplied ONNX model, else the built-in one) and what it reads. */
final class ConfiguredEmbeddings {

  private static final int BUILT_IN_DIMENSION = 384;

  private ConfiguredEmbeddings() {}

  /** The built-in model, loading on a thread of its own from now on, unpacked once into {@code cache}. */
  static LoadingEmbeddings builtInLoading(Path cache) {
    return LoadingEmbeddings.start(Briefbot.BUILT_IN_RECORDED, BUILT_IN_DIMENSION, () -> builtIn(cache));
  }

  /** The built-in model, its file and the ONNX runtime's libraries unpacked once into {@code cache}. */
  static EmbeddingModel builtIn(Path cache) {
    return new AllMiniLmL6V2QuantizedEmbeddingModel(cache);
  }

  /**
   * The embedding model: an embedding service ({@code BRIEFBOT_EMBEDDINGS}), a multilingual ONNX model the user
   * supplies, else the one that ships in the jar.
   */
  static EmbeddingModel of(Config config) {
    if (config.get(Settings.EMBEDDINGS) != Settings.EmbeddingProvider.ONNX) {
      return ServiceEmbeddings.open(config);
    }
    Path model = config.get(Settings.EMBEDDING_MODEL);
    if (model == null) {
      return builtInLoading(Briefbot.cache(config));
    }
    if (!Files.isRegularFile(model)) {
      throw new ConfigException(config.nameOf(Settings.EMBEDDING_MODEL) + " points to no file: " + model);
    }
    Path tokenizer = config.get(Settings.EMBEDDING_TOKENIZER);
    if (tokenizer == null || !Files.isRegularFile(tokenizer)) {
      throw new ConfigException(config.nameOf(Settings.EMBEDDING_TOKENIZER) + " must name the model's tokenizer.json");
    }
    AllMiniLmL6V2QuantizedEmbeddingModel.withoutTelemetry();
    return new OnnxEmbeddingModel(model, tokenizer, PoolingMode.MEAN);
  }

  /**
   * What ingest embeds with: an English-only model reads a German, Spanish or Dutch paragraph as its English gloss,
   * so that questions in every language meet every paragraph in one space.
   */
  static EmbeddingModel glossing(Config config, EmbeddingModel model, Gloss gloss) {
    return GlossedEmbeddings.around(model, languages(config), gloss::english);
  }

  /** The default model is English-only; a user-supplied one is taken as multilingual unless told otherwise. */
  static Set<String> languages(Config config) {
    if (!config.isSet(Settings.EMBEDDING_MODEL) && config.get(Settings.EMBEDDINGS) == Settings.EmbeddingProvider.ONNX) {
      return Set.of("en");
    }
    List<String> languages = config.get(Settings.EMBEDDING_LANGUAGES);
    return languages == null || languages.isEmpty() ? Set.of("*") : Set.copyOf(languages);
  }
}
