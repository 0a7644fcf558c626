package briefbot.llm;

import briefbot.config.Config;
import briefbot.config.ConfigException;
import com.azure.ai.openai.OpenAIServiceVersion;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * The model settings, read from the configuration once at start-up; a missing key stops start-up with one line
 * naming it. {@code timeout} bounds one model call, retries and waits included.
 */
record LlmSettings(String provider, String model, String endpoint, String apiKey, String apiVersion, Duration timeout,
    int maxRetries) {

  static final String TIMEOUT = "BRIEFBOT_LLM_TIMEOUT_SECONDS";
  static final String RETRIES = "BRIEFBOT_LLM_MAX_RETRIES";
  static final String DEFAULT_OPENAI_MODEL = "gpt-4o-mini";
  static final String DEFAULT_OLLAMA_URL = "http://localhost:11434";

  static LlmSettings from(Config config) {
    Duration timeout = Duration.ofSeconds(number(config, TIMEOUT, 30, 1, 600));
    int retries = (int) number(config, RETRIES, 2, 0, 10);
    String feature = "BRIEFBOT_LLM=" + config.llm();
    return switch (config.llm()) {
      case "openai" -> {
        String base = config.url("OPENAI_BASE_URL");
        // A self-hosted OpenAI-compatible server often needs no key; OpenAI itself always does.
        String key = base == null ? config.require("OPENAI_API_KEY", feature) : config.get("OPENAI_API_KEY");
        String model = config.llmModel() == null ? DEFAULT_OPENAI_MODEL : config.llmModel();
        yield new LlmSettings("openai", model, base, key, null, timeout, retries);
      }
      case "azure-openai" -> {
        config.require("AZURE_OPENAI_ENDPOINT", feature);
        String endpoint = config.url("AZURE_OPENAI_ENDPOINT");
        if (!endpoint.startsWith("https://")) {
          // Azure's client refuses to send its key over plain HTTP; say so now rather than at the first question.
          throw new ConfigException("AZURE_OPENAI_ENDPOINT must be an https URL, not '" + endpoint + "'");
        }
        String key = config.require("AZURE_OPENAI_API_KEY", feature);
        String deployment = model(config, feature + " needs the name of the deployment");
        yield new LlmSettings("azure-openai", deployment, endpoint, key, apiVersion(config), timeout, retries);
      }
      case "ollama" -> {
        String base = config.url("OLLAMA_BASE_URL");
        String model = model(config, feature + " needs the name of a model you pulled, e.g. llama3.1");
        yield new LlmSettings("ollama", model, base == null ? DEFAULT_OLLAMA_URL : base, null, null, timeout, retries);
      }
      default -> throw new ConfigException("BRIEFBOT_LLM=" + config.llm() + " names no language model");
    };
  }

  /** The text with the API key blanked out, for anything that is logged. */
  String redact(String text) {
    return apiKey == null || apiKey.length() < 4 || text == null ? text : text.replace(apiKey, "***");
  }

  @Override
  public String toString() {
    return "LlmSettings[provider=" + provider + ", model=" + model + ", endpoint=" + endpoint + ", timeout=" + timeout
        + ", maxRetries=" + maxRetries + "]";
  }

  /** An API version the Azure SDK knows; it would silently use its latest one for any other. */
  private static String apiVersion(Config config) {
    String v = config.get("AZURE_OPENAI_API_VERSION");
    List<String> known = Arrays.stream(OpenAIServiceVersion.values()).map(OpenAIServiceVersion::getVersion).toList();
    if (v != null && !known.contains(v)) {
      throw new ConfigException("AZURE_OPENAI_API_VERSION must be one of " + known + ", not '" + v + "'");
    }
    return v;
  }

  private static String model(Config config, String why) {
    if (config.llmModel() == null) {
      throw new ConfigException("BRIEFBOT_LLM_MODEL is not set (" + why + ")");
    }
    return config.llmModel();
  }

  private static long number(Config config, String name, long fallback, long min, long max) {
    String v = config.get(name);
    if (v == null) {
      return fallback;
    }
    try {
      long n = Long.parseLong(v);
      if (n < min || n > max) {
        throw new NumberFormatException();
      }
      return n;
    } catch (NumberFormatException e) {
      throw new ConfigException(name + " must be a whole number from " + min + " to " + max + ", not '" + v + "'");
    }
  }
}
