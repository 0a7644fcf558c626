package briefbot.cli;

import briefbot.app.Briefbot;
import briefbot.config.Config;
import briefbot.config.Settings;
import java.util.ArrayList;
import java.util.List;
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
    return config(env, List.of());
  }

  /**
   * The configuration of a command that reads the corpus: a missing corpus folder stops it with one line before
   * anything opens (the data folder stays as it was).
   */
  public Config corpusConfig(Map<String, String> env) {
    Config config = config(env);
    Briefbot.requireCorpus(config);
    return config;
  }

  /** The configuration with these flags and a command's own ({@code extra}; flags not given are ignored) on top. */
  public Config config(Map<String, String> env, List<Config.Flag> extra) {
    List<Config.Flag> flags = new ArrayList<>(extra);
    flags.add(new Config.Flag(Settings.CORPUS_DIR, "--corpus", corpus));
    flags.add(new Config.Flag(Settings.DATA_DIR, "--data", data));
    flags.add(new Config.Flag(Settings.BASE_URL, "--base-url", baseUrl));
    Config config = Config.fromEnv(env, flags);
    // logging was set up before any command ran, and reads a malformed level as the default; the command says so
    config.get(Settings.LOG_LEVEL);
    return config;
  }
}
