package briefbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code briefbot slack-manifest} prints a manifest Slack accepts: scopes, events, /brief, interactivity. */
class SlackManifestCommandTest {

  @Test
  void theDefaultManifestIsForSocketMode() throws Exception {
    JsonNode m = new ObjectMapper(new YAMLFactory()).readTree(run(Map.of(), "slack-manifest"));
    assertThat(m.at("/settings/socket_mode_enabled").asBoolean()).isTrue();
    assertThat(m.at("/settings/event_subscriptions/bot_events").toString()).contains("app_mention", "message.im",
        "app_home_opened");
    assertThat(m.at("/features/app_home/home_tab_enabled").asBoolean()).isTrue();
    assertThat(m.at("/settings/interactivity/is_enabled").asBoolean()).isTrue();
    assertThat(m.at("/features/slash_commands/0/command").asText()).isEqualTo("/brief");
    assertThat(m.at("/features/app_home/messages_tab_enabled").asBoolean()).isTrue();
    assertThat(m.at("/oauth_config/scopes/bot").toString())
        .contains("app_mentions:read", "chat:write", "commands", "im:history", "users:read");
    assertThat(m.at("/settings/event_subscriptions/request_url").isMissingNode()).isTrue();
  }

  @Test
  void theHttpManifestPointsSlackAtTheBaseUrl() throws Exception {
    JsonNode m = new ObjectMapper().readTree(run(Map.of("BRIEFBOT_BASE_URL", "https://brief.example.org/"),
        "slack-manifest", "--http", "--json"));
    String events = "https://brief.example.org/slack/events";
    assertThat(m.at("/settings/socket_mode_enabled").asBoolean()).isFalse();
    assertThat(m.at("/settings/event_subscriptions/request_url").asText()).isEqualTo(events);
    assertThat(m.at("/settings/interactivity/request_url").asText()).isEqualTo(events);
    assertThat(m.at("/features/slash_commands/0/url").asText()).isEqualTo(events);
    JsonNode other = new ObjectMapper().readTree(run(Map.of(), "slack-manifest", "--http", "--json",
        "--base-url", "https://other.example.org"));
    assertThat(other.at("/settings/event_subscriptions/request_url").asText())
        .isEqualTo("https://other.example.org/slack/events");
  }

  @Test
  void theNameMustFitSlacksLimitAndHttpModeNeedsHttps() throws Exception {
    String[][] refused = {{"slack-manifest", "--name", ""}, {"slack-manifest", "--name", "   "},
        {"slack-manifest", "--name", "x".repeat(36)}};
    for (String[] args : refused) {
      StringWriter err = new StringWriter();
      int code = Cli.run(args, Map.of(), new BufferedReader(new StringReader("")), new PrintWriter(new StringWriter()),
          new PrintWriter(err), Clock.systemUTC());
      assertThat(code).isEqualTo(2);
      assertThat(err.toString().lines()).singleElement().asString().contains("--name must be 1 to 35 characters");
    }
    JsonNode m = new ObjectMapper(new YAMLFactory()).readTree(run(Map.of(), "slack-manifest", "--name",
        "x".repeat(35)));
    assertThat(m.at("/display_information/name").asText()).hasSize(35);

    StringWriter err = new StringWriter();
    int code = Cli.run(new String[] {"slack-manifest", "--http", "--base-url", "http://brief.example.org"}, Map.of(),
        new BufferedReader(new StringReader("")), new PrintWriter(new StringWriter()), new PrintWriter(err),
        Clock.systemUTC());
    assertThat(code).isEqualTo(2);
    assertThat(err.toString().lines()).singleElement().asString().contains("https://").contains("BRIEFBOT_BASE_URL");
  }

  private static String run(Map<String, String> env, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Cli.run(args, env, new BufferedReader(new StringReader("")), new PrintWriter(out), new PrintWriter(err),
        Clock.systemUTC());
    assertThat(code).as(err.toString()).isZero();
    return out.toString();
  }
}
