package briefbot.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import briefbot.config.Config;
import briefbot.config.ConfigException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LlmSettingsTest {

  static LlmSettings settings(String... pairs) {
    Map<String, String> env = new HashMap<>();
    for (int i = 0; i + 1 < pairs.length; i += 2) {
      env.put(pairs[i], pairs[i + 1]);
    }
    return LlmSettings.from(Config.fromEnv(env));
  }

  @Test
  void openAiNeedsAKeyUnlessItTalksToACompatibleServer() {
    assertThatThrownBy(() -> settings("BRIEFBOT_LLM", "openai")).isInstanceOf(ConfigException.class)
        .hasMessage("OPENAI_API_KEY is not set (BRIEFBOT_LLM=openai needs it)");
    LlmSettings local = settings("BRIEFBOT_LLM", "openai", "OPENAI_BASE_URL", "http://127.0.0.1:8000/v1");
    assertThat(local.apiKey()).isNull();
    assertThat(local.endpoint()).isEqualTo("http://127.0.0.1:8000/v1");
    assertThat(local.model()).isEqualTo(LlmSettings.DEFAULT_OPENAI_MODEL);
  }

  @Test
  void aMissingModelNameIsSaidOnceWithWhatToPutThere() {
    assertThatThrownBy(() -> settings("BRIEFBOT_LLM", "ollama")).isInstanceOf(ConfigException.class)
        .hasMessage("BRIEFBOT_LLM_MODEL is not set (BRIEFBOT_LLM=ollama needs the name of a model you pulled, e.g."
            + " llama3.1)");
  }

  @Test
  void defaultsAndOwnSettings() {
    LlmSettings s = settings("BRIEFBOT_LLM", "openai", "OPENAI_API_KEY", "sk-abc", "BRIEFBOT_LLM_MODEL", "gpt-4.1-mini");
    assertThat(s.timeout()).isEqualTo(Duration.ofSeconds(30));
    assertThat(s.maxRetries()).isEqualTo(2);
    assertThat(s.model()).isEqualTo("gpt-4.1-mini");
    LlmSettings t = settings("BRIEFBOT_LLM", "openai", "OPENAI_API_KEY", "sk-abc", "BRIEFBOT_LLM_TIMEOUT_SECONDS", "12",
        "BRIEFBOT_LLM_MAX_RETRIES", "0");
    assertThat(t.timeout()).isEqualTo(Duration.ofSeconds(12));
    assertThat(t.maxRetries()).isZero();
  }

  @Test
  void malformedNumbersNameTheirVariable() {
    assertThatThrownBy(() -> settings("BRIEFBOT_LLM", "ollama", "BRIEFBOT_LLM_MODEL", "x", "BRIEFBOT_LLM_TIMEOUT_SECONDS",
        "soon")).isInstanceOf(ConfigException.class).hasMessageStartingWith("BRIEFBOT_LLM_TIMEOUT_SECONDS must be");
    assertThatThrownBy(() -> settings("BRIEFBOT_LLM", "ollama", "BRIEFBOT_LLM_MODEL", "x", "BRIEFBOT_LLM_MAX_RETRIES",
        "-1")).isInstanceOf(ConfigException.class).hasMessageStartingWith("BRIEFBOT_LLM_MAX_RETRIES must be");
  }

  @Test
  void azureNeedsEndpointKeyAndDeploymentAndHttps() {
    assertThatThrownBy(() -> settings("BRIEFBOT_LLM", "azure-openai")).isInstanceOf(ConfigException.class)
        .hasMessageStartingWith("AZURE_OPENAI_ENDPOINT is not set");
    assertThatThrownBy(() -> settings("BRIEFBOT_LLM", "azure-openai", "AZURE_OPENAI_ENDPOINT", "https://x.openai.azure.com"))
        .hasMessageStartingWith("AZURE_OPENAI_API_KEY is not set");
    assertThatThrownBy(() -> settings("BRIEFBOT_LLM", "azure-openai", "AZURE_OPENAI_ENDPOINT", "https://x.openai.azure.com",
        "AZURE_OPENAI_API_KEY", "k")).hasMessageStartingWith("BRIEFBOT_LLM_MODEL is not set");
    assertThatThrownBy(() -> settings("BRIEFBOT_LLM", "azure-openai", "AZURE_OPENAI_ENDPOINT", "http://x.openai.azure.com",
        "AZURE_OPENAI_API_KEY", "k", "BRIEFBOT_LLM_MODEL", "d")).hasMessageStartingWith("AZURE_OPENAI_ENDPOINT must be an https");
    assertThatThrownBy(() -> settings("BRIEFBOT_LLM", "azure-openai", "AZURE_OPENAI_ENDPOINT", "https://x.openai.azure.com",
        "AZURE_OPENAI_API_KEY", "k", "BRIEFBOT_LLM_MODEL", "d", "AZURE_OPENAI_API_VERSION", "yesterday"))
        .hasMessageStartingWith("AZURE_OPENAI_API_VERSION must be one of [");
    assertThat(settings("BRIEFBOT_LLM", "azure-openai", "AZURE_OPENAI_ENDPOINT", "https://x.openai.azure.com",
        "AZURE_OPENAI_API_KEY", "k", "BRIEFBOT_LLM_MODEL", "d", "AZURE_OPENAI_API_VERSION", "2024-06-01").apiVersion())
        .isEqualTo("2024-06-01");
  }

  @Test
  void ollamaNeedsAModelAndDefaultsToTheLocalServer() {
    assertThatThrownBy(() -> settings("BRIEFBOT_LLM", "ollama")).isInstanceOf(ConfigException.class)
        .hasMessageStartingWith("BRIEFBOT_LLM_MODEL is not set");
    assertThat(settings("BRIEFBOT_LLM", "ollama", "BRIEFBOT_LLM_MODEL", "llama3.1").endpoint())
        .isEqualTo(LlmSettings.DEFAULT_OLLAMA_URL);
  }

  @Test
  void theKeyIsNeverInWhatIsLoggedOrPrinted() {
    LlmSettings s = settings("BRIEFBOT_LLM", "openai", "OPENAI_API_KEY", "sk-secret-value");
    assertThat(s.toString()).doesNotContain("sk-secret-value");
    assertThat(s.redact("401: Incorrect API key provided: sk-secret-value")).doesNotContain("sk-secret-value");
  }
}
