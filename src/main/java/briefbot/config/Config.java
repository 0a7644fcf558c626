package briefbot.config;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Briefbot's configuration: the environment with the command line's flags on top, read once and passed to whatever
 * needs it. Each value is read as its {@link Setting} declares; a malformed one stops start-up with a message
 * naming the flag it came from, else the variable.
 */
public final class Config {

  /** A command-line flag that sets a setting ({@code --port 8081}); a null value means the flag was not given. */
  public record Flag(Setting<?> setting, String name, String value) {}

  private final Map<String, String> env;
  private final Map<String, String> flags;
  private final Path corpusDir;
  private final Path dataDir;
  private final int port;
  private final String baseUrl;
  private final Settings.LlmProvider llm;

  private Config(Map<String, String> env, Map<String, String> flags) {
    this.env = Map.copyOf(env);
    this.flags = Map.copyOf(flags);
    // the settings every command needs are read now, so that a wrong one stops it before anything starts
    this.corpusDir = get(Settings.CORPUS_DIR);
    this.dataDir = get(Settings.DATA_DIR);
    this.port = get(Settings.PORT);
    // links must open on the port actually served when only the port is set
    this.baseUrl = isSet(Settings.BASE_URL) ? get(Settings.BASE_URL) : "http://localhost:" + port;
    this.llm = get(Settings.LLM);
  }

  /** The configuration of an environment (variable name to value). */
  public static Config fromEnv(Map<String, String> env) {
    return fromEnv(env, List.of());
  }

  /** The configuration of an environment with flags on top; flags that were not given are ignored. */
  public static Config fromEnv(Map<String, String> env, List<Flag> flags) {
    Map<String, String> merged = new HashMap<>(env);
    Map<String, String> given = new HashMap<>();
    for (Flag flag : flags) {
      if (flag.value() != null) {
        merged.put(flag.setting().name(), flag.value());
        given.put(flag.setting().name(), flag.name());
      }
    }
    return new Config(merged, given);
  }

  /** A configuration of the given settings only (values as they would be written in the environment). */
  public static Config of(Map<Setting<?>, String> values) {
    Map<String, String> env = new HashMap<>();
    values.forEach((setting, value) -> env.put(setting.name(), value));
    return fromEnv(env);
  }

  /** The setting's value, or its default (null when it has none). */
  public <T> T get(Setting<T> setting) {
    String text = text(setting);
    return text == null ? setting.defaultValue() : setting.read(nameOf(setting), text);
  }

  /** The value of a setting a started feature cannot do without. */
  public <T> T require(Setting<T> setting, String feature) {
    if (!isSet(setting)) {
      throw new ConfigException(nameOf(setting) + " is not set (" + feature + " needs it)");
    }
    return get(setting);
  }

  /** The same, saying what the feature needs of it ("the name of a model you pulled") where "it" would say too little. */
  public <T> T require(Setting<T> setting, String feature, String what) {
    if (!isSet(setting)) {
      throw new ConfigException(nameOf(setting) + " is not set (" + feature + " needs " + what + ")");
    }
    return get(setting);
  }

  /** Whether the setting was given (a blank value is not). */
  public boolean isSet(Setting<?> setting) {
    return text(setting) != null;
  }

  /** The name to tell the user: the flag that set the setting, else its environment variable. */
  public String nameOf(Setting<?> setting) {
    return flags.getOrDefault(setting.name(), setting.name());
  }

  public Path corpusDir() {
    return corpusDir;
  }

  public Path dataDir() {
    return dataDir;
  }

  /** The public address of the reader pages, without a trailing slash. */
  public String baseUrl() {
    return baseUrl;
  }

  public int port() {
    return port;
  }

  /** Who writes answers and digests. */
  public Settings.LlmProvider llm() {
    return llm;
  }

  private String text(Setting<?> setting) {
    String v = env.get(setting.name());
    return v == null || v.isBlank() ? null : v.strip();
  }

  /** Shows the settings that are set, secrets blanked out. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("Config[");
    for (Setting<?> setting : Settings.all()) {
      String v = text(setting);
      if (v != null) {
        out.append(out.length() > 7 ? ", " : "").append(setting.name()).append('=')
            .append(setting.secret() ? "***" : v);
      }
    }
    return out.append(']').toString();
  }
}
