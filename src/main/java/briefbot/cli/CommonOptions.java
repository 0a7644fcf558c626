package briefbot.cli;

import briefbot.config.Config;
import java.util.HashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** Flags every command takes (a picocli mixin); each overrides its environment variable. */
public final class CommonOptions {

  @Option(names = "--corpus", paramLabel = "DIR", description = "the articles (BRIEFBOT_CORPUS_DIR, default ./corpus)")
  String corpus;

  @Option(names = "--data", paramLabel = "DIR", description = "index and bot state (BRIEFBOT_DATA_DIR, default ./data)")
  String data;

  @Option(names = "--base-url", paramLabel = "URL", description = "public address of the reader pages (BRIEFBOT_BASE_URL)")
  String baseUrl;

  @Option(names = {"-v", "--verbose"}, description = "log what happens")
  boolean verbose;

  /** The configuration: the environment with these flags on top. */
  public Config config(Map<String, String> env) {
    return config(env, Map.of());
  }

  /** The configuration with these flags and a command's own flag settings ({@code extra}, null values ignored) on top. */
  public Config config(Map<String, String> env, Map<String, String> extra) {
    Map<String, String> merged = new HashMap<>(env);
    extra.forEach((name, value) -> put(merged, name, value));
    put(merged, "BRIEFBOT_CORPUS_DIR", corpus);
    put(merged, "BRIEFBOT_DATA_DIR", data);
    put(merged, "BRIEFBOT_BASE_URL", baseUrl);
    return Config.fromEnv(merged);
  }

  static void put(Map<String, String> env, String name, String value) {
    if (value != null) {
      env.put(name, value);
    }
  }
}
