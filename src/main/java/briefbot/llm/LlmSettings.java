package briefbot.llm;

import briefbot.config.Config;
import briefbot.config.ConfigException;
import briefbot.config.Settings;
import briefbot.config.Settings.LlmProvider;
import com.azure.ai.openai.OpenAIServiceVersion;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * The model settings, read from the configuration once at start-up; a missing key stops start-up with one line
 * naming it. {@code timeout} bounds one model call, retries and waits included; {@code verify} asks the model once more
 * about the sentences the claim check finds doubtful.
 */
record LlmSettings(LlmProvider provider, String model, String endpoint, String apiKey, String apiVersion,
    Duration timeout, int maxRetries, boolean verify) {

  static final String DEFAULT_OPENAI_MODEL = "gpt-4o-mini";
  static final String DEFAULT_OLLAMA_URL = Settings.OLLAMA_BASE_URL.defaultText();

  static LlmSettings from(Config config) {
    Duration timeout = Duration.ofSeconds(config.get(Settings.LLM_TIMEOUT_SECONDS));
    int retries = config.get(Settings.LLM_MAX_RETRIES);
    boolean verify = config.get(Settings.LLM_VERIFY);
    String feature = config.nameOf(Settings.LLM) + "=" + config.llm();
    return switch (config.llm()) {
      case OPENAI -> {
        String base = config.get(Settings.OPENAI_BASE_URL);
        // A self-hosted OpenAI-compatible server often needs no key; OpenAI itself always does.
        String key = base == null ? config.require(Settings.OPENAI_API_KEY, feature)
            : config.get(Settings.OPENAI_API_KEY);
        String model = config.isSet(Settings.LLM_MODEL) ? config.get(Settings.LLM_MODEL) : DEFAULT_OPENAI_MODEL;
        yield new LlmSettings(LlmProvider.OPENAI, model, base, key, null, timeout, retries, verify);
      }
      case AZURE_OPENAI -> {
        String endpoint = config.require(Settings.AZURE_OPENAI_ENDPOINT, feature);
        if (!endpoint.startsWith("https://")) {
          // Azure's client refuses to send its key over plain HTTP; say so now rather than at the first question.
          throw new ConfigException(config.nameOf(Settings.AZURE_OPENAI_ENDPOINT) + " must be an https URL, not '"
              + endpoint + "'");
        }
        String key = config.require(Settings.AZURE_OPENAI_API_KEY, feature);
        String deployment = model(config, feature, "the name of the deployment");
        yield new LlmSettings(LlmProvider.AZURE_OPENAI, deployment, endpoint, key, apiVersion(config), timeout,
            retries, verify);
      }
      case OLLAMA -> {
        String model = model(config, feature, "the name of a model you pulled, e.g. llama3.1");
        yield new LlmSettings(LlmProvider.OLLAMA, model, config.get(Settings.OLLAMA_BASE_URL), null, null, timeout,
            retries, verify);
      }
      case NONE -> throw new ConfigException(feature + " names no language model");
    };
  }

  /** The text with the API key blanked out, for anything that is logged. */
  String redact(String text) {
    return apiKey == null || apiKey.length() < 4 || text == null ? text : text.replace(apiKey, "***");
  }

  @Override
  public String toString() {
    return "LlmSettings[provider=" + provider + ", model=" + model + ", endpoint=" + endpoint + ", timeout=" + timeout
        + ", maxRetries=" + maxRetries + ", verify=" + verify + "]";
  }

  /** An API version the Azure SDK knows; it would silently use its latest one for any other. */
  private static String apiVersion(Config config) {
    String v = config.get(Settings.AZURE_OPENAI_API_VERSION);
    List<String> known = Arrays.stream(OpenAIServiceVersion.values()).map(OpenAIServiceVersion::getVersion).toList();
    if (v != null && !known.contains(v)) {
      throw new ConfigException(config.nameOf(Settings.AZURE_OPENAI_API_VERSION) + " must be one of " + known
          + ", not '" + v + "'");
    }
    return v;
  }

  private static String model(Config config, String feature, String what) {
    return config.require(Settings.LLM_MODEL, feature, what);
  }
}
