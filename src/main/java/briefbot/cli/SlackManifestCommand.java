package briefbot.cli;

import briefbot.app.SlackManifest;
import briefbot.config.Config;
import briefbot.config.ConfigException;
import briefbot.config.Settings;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code briefbot slack-manifest}: prints a Slack app manifest to paste into "Create New App → From a manifest". */
@Command(name = "slack-manifest", description = "Print the Slack app manifest (YAML; --json for JSON) for Briefbot.")
final class SlackManifestCommand implements Callable<Integer> {

  /** Slack's manifest schema: display_information.name is 1 to 35 characters. */
  static final int MAX_NAME = 35;

  @Option(names = "--base-url", paramLabel = "URL", description = "public address of Briefbot (BRIEFBOT_BASE_URL)")
  String baseUrl;

  @Option(names = "--http", description = "HTTP mode: Slack posts to BASE_URL/slack/events (default: Socket Mode)")
  boolean http;

  @Option(names = "--name", paramLabel = "NAME", defaultValue = "Briefbot",
      description = "the app's name in Slack, 1 to 35 characters (default ${DEFAULT-VALUE})")
  String name;

  @Option(names = "--json", description = "print JSON instead of YAML")
  boolean json;

  @Spec
  CommandSpec spec;

  private final Map<String, String> env;

  SlackManifestCommand(Cli.Context context) {
    this.env = context.env();
  }

  @Override
  public Integer call() throws Exception {
    String base = Config.fromEnv(env, List.of(new Config.Flag(Settings.BASE_URL, "--base-url", baseUrl))).baseUrl();
    String appName = name.strip();
    if (appName.isEmpty() || appName.length() > MAX_NAME) {
      throw new ConfigException("--name must be 1 to " + MAX_NAME + " characters (Slack's limit), not "
          + appName.length());
    }
    if (http && !base.startsWith("https://")) {
      // Slack refuses plain-http request URLs; say so now rather than at paste time.
      throw new ConfigException("Slack only sends requests to https:// addresses: set --base-url or BRIEFBOT_BASE_URL"
          + " to Briefbot's public https address (now " + base + "), or leave out --http to use Socket Mode");
    }
    ObjectMapper mapper = json ? new ObjectMapper()
        : new ObjectMapper(new YAMLFactory().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES).disable(YAMLGenerator.Feature.SPLIT_LINES));
    String text = json ? mapper.writerWithDefaultPrettyPrinter().writeValueAsString(manifest(base, appName))
        : mapper.writeValueAsString(manifest(base, appName));
    spec.commandLine().getOut().println(text.strip());
    return 0;
  }

  /** In Socket Mode Slack needs no request URLs, so they are only written for HTTP mode. */
  Map<String, Object> manifest(String base, String appName) {
    String events = base + "/slack/events";
    Map<String, Object> command = map("command", "/brief",
        "description", "Ask the news articles, watch a topic, or manage the daily digest",
        "usage_hint", "QUESTION | watch TOPIC | watches | unwatch N | digest [on|off] | add URL | help",
        "should_escape", false);
    Map<String, Object> subscriptions = map("bot_events", List.of("app_mention", "message.im", "app_home_opened"));
    Map<String, Object> interactivity = map("is_enabled", true);
    if (http) {
      command.put("url", events);
      subscriptions.put("request_url", events);
      interactivity.put("request_url", events);
    }
    return map(
        "display_information", map("name", appName,
            "description", "Answers questions from the news, every claim linked to its source paragraph.",
            "background_color", "#1f3a5f"),
        "features", map(
            "app_home", map("home_tab_enabled", true, "messages_tab_enabled", true,
                "messages_tab_read_only_enabled", false),
            "bot_user", map("display_name", appName, "always_online", true),
            "slash_commands", List.of(command)),
        "oauth_config", map("scopes", map("bot", SlackManifest.scopes())),
        "settings", map(
            "event_subscriptions", subscriptions,
            "interactivity", interactivity,
            "org_deploy_enabled", false,
            "socket_mode_enabled", !http,
            "token_rotation_enabled", false));
  }

  private static Map<String, Object> map(Object... keysAndValues) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      out.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return out;
  }
}
