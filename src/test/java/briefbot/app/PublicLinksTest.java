package briefbot.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import briefbot.config.Config;
import briefbot.config.ConfigException;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Citation links posted into Slack or Teams must open for the readers: a public https base URL, or the opt-out. */
class PublicLinksTest {

  @Test
  void withoutAChatAnyBaseUrlWillDo() {
    assertThatCode(() -> PublicLinks.check(config(Map.of()))).doesNotThrowAnyException();
    assertThatCode(() -> PublicLinks.check(config(Map.of("BRIEFBOT_BASE_URL", "http://localhost:8080"))))
        .doesNotThrowAnyException();
  }

  @Test
  void aChatNeedsAPublicHttpsBaseUrlAndSaysSoInOneLineNamingTheVariable() {
    Map<String, String> slack = Map.of("SLACK_BOT_TOKEN", "xoxb-1");
    assertRefused(slack, "BRIEFBOT_BASE_URL is not set");
    for (String local : new String[] {"http://localhost:8080", "https://localhost", "http://127.0.0.1:8080",
        "https://[::1]:8443", "http://0.0.0.0"}) {
      assertRefused(with(slack, "BRIEFBOT_BASE_URL", local), "opens only on this machine");
    }
    assertRefused(with(slack, "BRIEFBOT_BASE_URL", "http://brief.example.org"), "must be an https:// address");
    assertRefused(with(Map.of("TEAMS_APP_ID", "x"), "BRIEFBOT_BASE_URL", "http://brief.example.org"), "Teams");
    assertRefused(Map.of("TEAMS_DIGEST_WEBHOOK_URL", "https://hooks.example.org/x"), "BRIEFBOT_BASE_URL");
    assertThatCode(() -> PublicLinks.check(config(with(slack, "BRIEFBOT_BASE_URL", "https://brief.example.org"))))
        .doesNotThrowAnyException();
  }

  @Test
  void allowLocalLinksLetsATrialRunWithoutOne() {
    assertThatCode(() -> PublicLinks.check(config(Map.of("SLACK_APP_TOKEN", "xapp-1",
        "BRIEFBOT_ALLOW_LOCAL_LINKS", "true")))).doesNotThrowAnyException();
  }

  private static void assertRefused(Map<String, String> env, String says) {
    assertThatThrownBy(() -> PublicLinks.check(config(env))).isInstanceOf(ConfigException.class)
        .hasMessageContaining(says).hasMessageContaining("BRIEFBOT_BASE_URL")
        .hasMessageContaining("--allow-local-links")
        .satisfies(e -> assertThat(e.getMessage().lines()).hasSize(1));
  }

  private static Map<String, String> with(Map<String, String> env, String name, String value) {
    Map<String, String> out = new HashMap<>(env);
    out.put(name, value);
    return out;
  }

  private static Config config(Map<String, String> env) {
    return Config.fromEnv(env);
  }
}
