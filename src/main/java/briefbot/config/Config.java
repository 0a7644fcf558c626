package briefbot.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Briefbot's configuration, read once from the environment (flags override) and passed to whatever needs it;
 * a malformed value stops start-up with a message naming the variable.
 */
public record Config(
    Path corpusDir,
    Path dataDir,
    String baseUrl,
    int port,
    String llm,
    String llmModel,
    String embeddingModelPath,
    String embeddingTokenizerPath,
    Map<String, String> env) {

  /** The LLM providers docs/llm.md describes; {@code none} is the offline extractive composer. */
  public static final Set<String> LLM_PROVIDERS = Set.of("none", "openai", "azure-openai", "ollama");

  public Config {
    env = Map.copyOf(env);
  }

  public static Config fromEnv(Map<String, String> env) {
    int port = port(env);
    return new Config(
        Path.of(value(env, "BRIEFBOT_CORPUS_DIR", "./corpus")),
        Path.of(value(env, "BRIEFBOT_DATA_DIR", "./data")),
        // links must open on the port actually served when only BRIEFBOT_PORT is set
        url(env, "BRIEFBOT_BASE_URL", "http://localhost:" + port),
        port,
        llm(env),
        env.get("BRIEFBOT_LLM_MODEL"),
        env.get("BRIEFBOT_EMBEDDING_MODEL"),
        env.get("BRIEFBOT_EMBEDDING_TOKENIZER"),
        env);
  }

  /** A setting by its environment name, or null. Features read their own settings through this and {@link #require}. */
  public String get(String name) {
    String v = env.get(name);
    return v == null || v.isBlank() ? null : v.strip();
  }

  /** A setting a started feature cannot do without. */
  public String require(String name, String feature) {
    String v = get(name);
    if (v == null) {
      throw new ConfigException(name + " is not set (" + feature + " needs it)");
    }
    return v;
  }

  /** A comma-separated list setting, empty when unset. */
  public List<String> list(String name) {
    String v = get(name);
    return v == null ? List.of() : List.of(v.split("\\s*,\\s*")).stream().filter(s -> !s.isEmpty()).toList();
  }

  /** A time zone setting. */
  public ZoneId zone(String name, String fallback) {
    String v = get(name) == null ? fallback : get(name);
    try {
      return ZoneId.of(v);
    } catch (DateTimeException e) {
      throw new ConfigException(name + " must be a time zone like Europe/Amsterdam or UTC, not '" + v + "'");
    }
  }

  /** A URL setting, checked to be http(s). */
  public String url(String name) {
    String v = get(name);
    return v == null ? null : url(env, name, null);
  }

  private static String value(Map<String, String> env, String name, String fallback) {
    String v = env.get(name);
    return v == null || v.isBlank() ? fallback : v.strip();
  }

  private static String url(Map<String, String> env, String name, String fallback) {
    String v = value(env, name, fallback);
    try {
      URI uri = URI.create(v);
      if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
        throw new IllegalArgumentException();
      }
    } catch (IllegalArgumentException e) {
      throw new ConfigException(name + " must be an http(s) URL, not '" + v + "'");
    }
    return v.endsWith("/") ? v.substring(0, v.length() - 1) : v;
  }

  private static int port(Map<String, String> env) {
    String v = value(env, "BRIEFBOT_PORT", "8080");
    try {
      int port = Integer.parseInt(v);
      if (port < 0 || port > 65535) {
        throw new NumberFormatException();
      }
      return port;
    } catch (NumberFormatException e) {
      throw new ConfigException("BRIEFBOT_PORT must be a port number from 0 to 65535, not '" + v + "'");
    }
  }

  private static String llm(Map<String, String> env) {
    String v = value(env, "BRIEFBOT_LLM", "none").toLowerCase(Locale.ROOT);
    if (!LLM_PROVIDERS.contains(v)) {
      throw new ConfigException("BRIEFBOT_LLM must be one of none, openai, azure-openai, ollama; not '" + v + "'");
    }
    return v;
  }
}
