package briefbot.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import briefbot.config.Config;
import briefbot.config.ConfigException;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedsConfigTest {

  @TempDir
  Path dir;

  @Test
  void optionsComeFromTheEnvironmentWithAPoliteUserAgent() {
    Feeds.Options options = Feeds.Options.from(Config.fromEnv(Map.of("BRIEFBOT_BASE_URL", "https://bot.example.org/",
        "BRIEFBOT_FEEDS_INTERVAL", "PT30M")));
    assertThat(options.interval()).isEqualTo(Duration.ofMinutes(30));
    assertThat(options.userAgent()).isEqualTo("Briefbot/0.1 (+https://bot.example.org)");
    assertThat(options.maxBytes()).isEqualTo(5L << 20);
    assertThat(options.allowLoopback()).isFalse();
    assertThat(Feeds.Options.from(Config.fromEnv(Map.of())).interval()).isEqualTo(Duration.ofMinutes(15));
  }

  @Test
  void aBadIntervalStopsStartUpNamingTheVariable() {
    for (String bad : List.of("15 minutes", "PT10S", "-PT15M")) {
      assertThatThrownBy(() -> Feeds.Options.from(Config.fromEnv(Map.of("BRIEFBOT_FEEDS_INTERVAL", bad))))
          .isInstanceOf(ConfigException.class).hasMessageStartingWith("BRIEFBOT_FEEDS_INTERVAL must be a duration");
    }
  }

  @Test
  void theFeedListJoinsTheVariableAndTheFileAndNamesABadEntry() throws IOException {
    Path file = Files.writeString(dir.resolve("feeds.txt"),
        "# outlets we follow\nhttps://b.example/rss   # B\n\nhttps://a.example/feed\n");
    FeedList list = new FeedList(List.of("https://a.example/feed", "https://c.example/atom"), file);
    assertThat(list.read(true)).containsExactly(URI.create("https://a.example/feed"), URI.create("https://c.example/atom"),
        URI.create("https://b.example/rss"));

    assertThatThrownBy(() -> new FeedList(List.of("ftp://a.example/feed"), file).read(true))
        .isInstanceOf(ConfigException.class).hasMessage("BRIEFBOT_FEEDS must list http(s) feed URLs, not 'ftp://a.example/feed'");
    Files.writeString(file, "https://b.example/rss\nnot a url\n");
    assertThatThrownBy(() -> new FeedList(List.of(), file).read(true))
        .hasMessage(file + " line 2 must list http(s) feed URLs, not 'not a url'");
    assertThat(new FeedList(List.of(), file).read(false)).containsExactly(URI.create("https://b.example/rss"));
  }
}
