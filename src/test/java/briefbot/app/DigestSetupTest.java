package briefbot.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import briefbot.answer.Links;
import briefbot.config.Config;
import briefbot.config.ConfigException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The digest gets the model's writer exactly when an LLM is configured, and a bad LLM setting stops start-up. */
class DigestSetupTest {

  private static final Links LINKS = new Links("http://briefbot.test");

  @Test
  void theWriterIsTheModelsOnlyWhenAnLlmIsConfigured() {
    assertThat(DigestSetup.writer(Config.fromEnv(Map.of()), LINKS).getClass().getSimpleName())
        .isEqualTo("ExtractiveWriter");
    Config ollama = Config.fromEnv(Map.of("BRIEFBOT_LLM", "ollama", "BRIEFBOT_LLM_MODEL", "llama3.2",
        "OLLAMA_BASE_URL", "http://127.0.0.1:9"));
    assertThat(DigestSetup.writer(ollama, LINKS).getClass().getSimpleName()).isEqualTo("LlmDigestWriter");
  }

  @Test
  void aMissingLlmSettingIsNamedAtStartUp() {
    assertThatThrownBy(() -> DigestSetup.writer(Config.fromEnv(Map.of("BRIEFBOT_LLM", "ollama")), LINKS))
        .isInstanceOf(ConfigException.class).hasMessageStartingWith("BRIEFBOT_LLM_MODEL is not set");
  }
}
