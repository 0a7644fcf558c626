package briefbot.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Settings are read as declared: typed values, defaults, and messages naming the flag or the variable. */
class ConfigTest {

  @Test
  void everySettingIsDeclaredOnceWithADescription() {
    Set<String> names = new HashSet<>();
    for (Setting<?> s : Settings.all()) {
      assertThat(names.add(s.name())).as("declared twice: %s", s.name()).isTrue();
      assertThat(s.name()).matches("[A-Z][A-Z0-9_]+");
      assertThat(s.description()).as(s.name()).isNotBlank().doesNotContain("\n");
      assertThat(s.defaultText() != null && s.defaultNote() != null).as(s.name()).isFalse();
    }
    assertThat(names).contains("BRIEFBOT_PORT", "SLACK_BOT_TOKEN", "TEAMS_APP_ID", "BRIEFBOT_SOLR_URL");
  }

  @Test
  void unsetSettingsHaveTheirDefaults() {
    Config config = Config.fromEnv(Map.of());
    assertThat(config.get(Settings.PORT)).isEqualTo(8080);
    assertThat(config.port()).isEqualTo(8080);
    assertThat(config.corpusDir()).isEqualTo(Path.of("./corpus"));
    assertThat(config.baseUrl()).isEqualTo("http://localhost:8080");
    assertThat(config.llm()).isEqualTo(Settings.LlmProvider.NONE);
    assertThat(config.get(Settings.FEEDS_INTERVAL)).isEqualTo(Duration.ofMinutes(15));
    assertThat(config.get(Settings.DIGEST_TZ)).isEqualTo(ZoneId.of("UTC"));
    assertThat(config.get(Settings.FEEDS)).isEmpty();
    assertThat(config.get(Settings.SLACK_BOT_TOKEN)).isNull();
    assertThat(config.isSet(Settings.SLACK_BOT_TOKEN)).isFalse();
  }

  @Test
  void valuesAreReadAsTheirTypes() {
    Config config = Config.fromEnv(Map.of("BRIEFBOT_FEEDS", " https://a.example/rss ,, https://b.example/atom ",
        "BRIEFBOT_LLM", "Azure-OpenAI", "BRIEFBOT_DIGEST_QUIET", "SKIP", "SLACK_API_URL", "http://127.0.0.1:9/api/",
        "BRIEFBOT_SLACK_RATE_LIMIT", " 3 ", "SLACK_BOT_TOKEN", "   "));
    assertThat(config.get(Settings.FEEDS)).containsExactly("https://a.example/rss", "https://b.example/atom");
    assertThat(config.llm()).isEqualTo(Settings.LlmProvider.AZURE_OPENAI);
    assertThat(config.llm()).hasToString("azure-openai");
    assertThat(config.get(Settings.DIGEST_QUIET)).isEqualTo(Settings.QuietDay.SKIP);
    assertThat(config.get(Settings.SLACK_API_URL)).isEqualTo("http://127.0.0.1:9/api");
    assertThat(config.get(Settings.SLACK_RATE_LIMIT)).isEqualTo(3);
    assertThat(config.isSet(Settings.SLACK_BOT_TOKEN)).as("blank is unset").isFalse();
  }

  @Test
  void malformedValuesNameTheVariable() {
    assertThatThrownBy(() -> Config.fromEnv(Map.of("BRIEFBOT_LLM", "gpt"))).isInstanceOf(ConfigException.class)
        .hasMessage("BRIEFBOT_LLM must be one of none, openai, azure-openai, ollama; not 'gpt'");
    Config config = Config.fromEnv(Map.of("BRIEFBOT_DIGEST_TZ", "Mars/Olympus", "BRIEFBOT_DIGEST_GRACE", "-PT1H",
        "BRIEFBOT_DIGEST_QUIET", "maybe", "BRIEFBOT_FEEDS_INTERVAL", "PT30S", "BRIEFBOT_SOLR_SHARDS", "65"));
    assertThatThrownBy(() -> config.get(Settings.DIGEST_TZ))
        .hasMessage("BRIEFBOT_DIGEST_TZ must be a time zone like Europe/Amsterdam or UTC, not 'Mars/Olympus'");
    assertThatThrownBy(() -> config.get(Settings.DIGEST_GRACE))
        .hasMessage("BRIEFBOT_DIGEST_GRACE must be a duration like PT2H or PT30M, not '-PT1H'");
    assertThatThrownBy(() -> config.get(Settings.DIGEST_QUIET))
        .hasMessage("BRIEFBOT_DIGEST_QUIET must be post or skip, not 'maybe'");
    assertThatThrownBy(() -> config.get(Settings.FEEDS_INTERVAL))
        .hasMessage("BRIEFBOT_FEEDS_INTERVAL must be a duration of at least a minute like PT15M, not 'PT30S'");
    assertThatThrownBy(() -> config.get(Settings.SOLR_SHARDS))
        .hasMessage("BRIEFBOT_SOLR_SHARDS must be a number from 1 to 64, not '65'");
  }

  @Test
  void aValueGivenByAFlagIsNamedAsTheFlag() {
    List<Config.Flag> flags = List.of(new Config.Flag(Settings.PORT, "--port", "99999"));
    assertThatThrownBy(() -> Config.fromEnv(Map.of("BRIEFBOT_PORT", "8081"), flags))
        .isInstanceOf(ConfigException.class)
        .hasMessage("--port must be a port number from 0 to 65535, not '99999'");
    Config config = Config.fromEnv(Map.of("BRIEFBOT_PORT", "8081"),
        List.of(new Config.Flag(Settings.PORT, "--port", "9090"), new Config.Flag(Settings.DATA_DIR, "--data", null)));
    assertThat(config.port()).as("the flag wins").isEqualTo(9090);
    assertThat(config.nameOf(Settings.PORT)).isEqualTo("--port");
    assertThat(config.nameOf(Settings.DATA_DIR)).as("a flag not given").isEqualTo("BRIEFBOT_DATA_DIR");
    assertThatThrownBy(() -> Config.fromEnv(Map.of(), List.of(new Config.Flag(Settings.BASE_URL, "--base-url",
        "localhost:8080")))).hasMessage("--base-url must be an http(s) URL, not 'localhost:8080'");
  }

  @Test
  void aMissingRequiredSettingNamesTheFeatureThatNeedsIt() {
    assertThatThrownBy(() -> Config.fromEnv(Map.of()).require(Settings.SLACK_BOT_TOKEN, "the Slack bot"))
        .isInstanceOf(ConfigException.class).hasMessage("SLACK_BOT_TOKEN is not set (the Slack bot needs it)");
  }

  @Test
  void secretsAreNeverShown() {
    Config config = Config.fromEnv(Map.of("SLACK_BOT_TOKEN", "fake-token-for-this-test", "BRIEFBOT_PORT", "8081",
        "HOME", "/home/someone"));
    assertThat(config.toString()).contains("BRIEFBOT_PORT=8081", "SLACK_BOT_TOKEN=***")
        .doesNotContain("fake-token-for-this-test").doesNotContain("HOME");
  }
}
