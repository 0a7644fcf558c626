package briefbot.chat.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import briefbot.answer.Answerer;
import briefbot.config.Config;
import briefbot.config.ConfigException;
import briefbot.testing.TestClock;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Start-up fails fast with one line naming the setting; secrets never appear in messages. */
class SlackSettingsTest {

  @Test
  void withoutAnAppTokenOrSigningSecretThereIsNoSlackBot() {
    Config config = config(Map.of("SLACK_BOT_TOKEN", "xoxb-digest"));
    assertThat(SlackBot.fromConfig(config, null, null, null, Clock.systemUTC(), null, null)).isNull();
    assertThat(SlackBot.digestSink(config(Map.of()), null)).isNull();
  }

  @Test
  void aMissingOrMalformedSettingIsNamed() {
    assertFails(Map.of("SLACK_APP_TOKEN", "xapp-1-secret"), "SLACK_BOT_TOKEN is not set");
    assertFails(Map.of("SLACK_SIGNING_SECRET", "s3cret"), "SLACK_BOT_TOKEN is not set");
    assertFails(Map.of("SLACK_APP_TOKEN", "xoxb-wrong", "SLACK_BOT_TOKEN", "xoxb-1"), "SLACK_APP_TOKEN");
    assertFails(Map.of("SLACK_APP_TOKEN", "xapp-1", "SLACK_BOT_TOKEN", "xoxb-1", "SLACK_API_URL", "ftp://x"),
        "SLACK_API_URL");
    assertFails(Map.of("SLACK_APP_TOKEN", "xapp-1", "SLACK_BOT_TOKEN", "xoxb-1", "BRIEFBOT_SLACK_RATE_LIMIT", "fast"),
        "BRIEFBOT_SLACK_RATE_LIMIT");
    assertFails(Map.of("SLACK_APP_TOKEN", "xapp-1", "SLACK_BOT_TOKEN", "xoxb-1",
        "BRIEFBOT_DIGEST_SLACK_CHANNELS", "C0123ABCD, #general"), "BRIEFBOT_DIGEST_SLACK_CHANNELS");
  }

  @Test
  void theSettingsNeverPrintTheirSecrets() {
    SlackSettings s = SlackSettings.forBot(config(Map.of("SLACK_APP_TOKEN", "xapp-1-verysecret",
        "SLACK_BOT_TOKEN", "xoxb-zq7k2", "SLACK_SIGNING_SECRET", "verysecret",
        "SLACK_API_URL", "http://127.0.0.1:9/api")));
    assertThat(s.toString()).doesNotContain("verysecret").doesNotContain("zq7k2");
    assertThat(s.apiUrl()).isEqualTo("http://127.0.0.1:9/api/");
    assertThat(s.socketMode()).isTrue();
    assertThat(s.httpMode()).isTrue();
  }

  @Test
  void eachPersonMayAskAFewQuestionsAMinute() {
    TestClock clock = new TestClock("2024-11-08T08:00:00Z");
    UserRateLimit limit = new UserRateLimit(3, clock);
    assertThat(limit.take("U1")).isEmpty();
    clock.advance(Duration.ofSeconds(20));
    assertThat(limit.take("U1")).isEmpty();
    assertThat(limit.take("U1")).isEmpty();
    assertThat(limit.take("U2")).isEmpty();
    assertThat(limit.take("U1")).contains(Duration.ofSeconds(40));
    clock.advance(Duration.ofSeconds(40));
    assertThat(limit.take("U1")).isEmpty();
    assertThat(UserRateLimit.message(Duration.ofMillis(1500), key -> Answerer.message("en", key))).contains("2 seconds");
    assertThat(UserRateLimit.message(Duration.ofMillis(400), key -> Answerer.message("en", key))).contains("1 second ");
    assertThat(UserRateLimit.message(Duration.ofSeconds(40), key -> Answerer.message("de", key)))
        .contains("bitte warten Sie 40 Sekunden");
    assertThat(UserRateLimit.message(Duration.ofSeconds(1), key -> Answerer.message("es", key)))
        .contains("espere 1 segundo ");
  }

  @Test
  void retryAfterIsReadLikeSlackSendsIt() {
    assertThat(SlackCalls.retryAfter("5")).isEqualTo(Duration.ofSeconds(5));
    assertThat(SlackCalls.retryAfter(null)).isEqualTo(Duration.ofSeconds(1));
    assertThat(SlackCalls.retryAfter("soon")).isEqualTo(Duration.ofSeconds(1));
    assertThat(SlackCalls.retryAfter("86400")).isEqualTo(SlackCalls.MAX_WAIT);
  }

  private static void assertFails(Map<String, String> env, String message) {
    assertThatThrownBy(() -> SlackBot.fromConfig(config(env), null, null, null, Clock.systemUTC(), null, null))
        .isInstanceOf(ConfigException.class).hasMessageContaining(message).hasMessageNotContaining("secret")
        .hasMessageNotContaining("\n");
  }

  private static Config config(Map<String, String> env) {
    return Config.fromEnv(new HashMap<>(env));
  }
}
