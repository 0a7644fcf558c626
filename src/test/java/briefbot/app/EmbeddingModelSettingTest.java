package briefbot.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import briefbot.config.Config;
import briefbot.config.ConfigException;
import briefbot.retrieval.Gloss;
import briefbot.retrieval.Translations;
import briefbot.testing.SeedCorpus;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A user-supplied ONNX embedding model plugs in through two settings, and a wrong path fails fast. */
class EmbeddingModelSettingTest {

  @TempDir
  Path dir;

  @Test
  void modelFromFilesIsUsedAndMarkedMultilingual() throws IOException {
    // The jar's own model, copied out to files, stands in for a multilingual model the user downloaded.
    Path model = copy("all-minilm-l6-v2.onnx");
    Path tokenizer = copy("all-minilm-l6-v2-tokenizer.json");
    SeedCorpus.copyTo(dir);
    Config config = SeedCorpus.config(dir, Map.of("BRIEFBOT_EMBEDDING_MODEL", model.toString(),
        "BRIEFBOT_EMBEDDING_TOKENIZER", tokenizer.toString(), "BRIEFBOT_EMBEDDING_LANGUAGES", "en,nl"));
    assertThat(ConfiguredEmbeddings.languages(config)).containsExactlyInAnyOrder("en", "nl");
    try (Briefbot bot = Briefbot.open(config, Clock.systemUTC())) {
      bot.sync(line -> {});
      var retrieval = bot.retriever().retrieve("What is Moscow giving Tehran in return for Iran's support?");
      assertThat(retrieval.evidence()).isTrue();
      assertThat(retrieval.passages().get(0).text()).contains("fighter jets");
    }
  }

  @Test
  void theGlossPrefersTranslationsMadeOfTheModelsOwnWordsBuiltInOrSupplied() throws IOException {
    Map<String, Double> senses = new LinkedHashMap<>();
    senses.put("bromance", 0.58);
    senses.put("brother", 0.29);
    Translations dictionary = (word, language) -> word.equals("Bruder") ? Map.of("en", senses) : Map.of();
    assertThat(new Gloss(dictionary).english("Bruder", "de")).as("by weight alone").isEqualTo("bromance");
    assertThat(WordSources.gloss(SeedCorpus.config(dir, Map.of()), dictionary).english("Bruder", "de"))
        .isEqualTo("brother");
    Config supplied = SeedCorpus.config(dir, Map.of("BRIEFBOT_EMBEDDING_MODEL", dir.resolve("model.onnx").toString(),
        "BRIEFBOT_EMBEDDING_TOKENIZER", copy("all-minilm-l6-v2-tokenizer.json").toString(),
        "BRIEFBOT_EMBEDDING_LANGUAGES", "en"));
    assertThat(WordSources.gloss(supplied, dictionary).english("Bruder", "de")).isEqualTo("brother");
  }

  /**
   * A core that started loading the built-in model ends the load when it closes, so none is left running when a JVM
   * ends (it fails without that whenever the load outlasts opening the core, as on a busy machine).
   */
  @Test
  void closingACoreEndsTheBuiltInModelsLoadItStarted() throws IOException {
    SeedCorpus.copyTo(dir);
    Set<Thread> before = loads();
    try (Briefbot bot = Briefbot.open(SeedCorpus.config(dir, Map.of()), Clock.systemUTC())) {
      assertThat(bot.retriever()).isNotNull();
    }
    assertThat(loads()).as("loads still running once the core closed").isSubsetOf(before);
  }

  /** The threads loading an embedding model now. */
  private static Set<Thread> loads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.getName().equals("briefbot-model-load") && t.isAlive()).collect(Collectors.toSet());
  }

  @Test
  void missingModelFileStopsStartUpNamingTheSetting() {
    Config config = SeedCorpus.config(dir, Map.of("BRIEFBOT_EMBEDDING_MODEL", dir.resolve("none.onnx").toString()));
    assertThatThrownBy(() -> Briefbot.open(config, Clock.systemUTC()))
        .isInstanceOf(ConfigException.class).hasMessageContaining("BRIEFBOT_EMBEDDING_MODEL");
  }

  private Path copy(String resource) throws IOException {
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
      Path target = dir.resolve(resource);
      Files.copy(in, target);
      return target;
    }
  }
}
