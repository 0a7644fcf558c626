package briefbot.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import briefbot.state.BotState;
import briefbot.state.sqlite.SqliteState;
import briefbot.testing.TestClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the feeds remember keeps its stored form: entries written by earlier versions load, new ones look the same. */
class FeedStateFormatTest {

  @TempDir
  Path dir;
  private final TestClock clock = new TestClock("2026-03-28T08:00:00Z");

  @Test
  void entriesInTheEarlierFormLoad() {
    try (BotState state = SqliteState.open(dir, clock)) {
      state.put(FeedState.ITEMS, "https://a.example/1", "{\"attempts\":2,\"reason\":\"HTTP 500\",\"final\":false}");
      state.put(FeedState.ITEMS, "https://a.example/2", "{\"attempts\":1,\"reason\":\"not an article\",\"final\":true}");
      state.put(FeedState.HTTP, "https://a.example/feed", "{\"etag\":\"\\\"v1\\\"\",\"lastModified\":null}");
      state.put(FeedState.BACKOFF, "https://a.example/feed",
          "{\"failures\":2,\"retryAt\":\"2026-03-28T08:30:00Z\",\"reason\":\"timeout\"}");
      FeedState feeds = new FeedState(state);

      assertThat(feeds.givenUp("https://a.example/1")).isFalse();
      assertThat(feeds.givenUp("https://a.example/2")).isTrue();
      assertThat(feeds.failed("https://a.example/1", "HTTP 500", true)).as("third attempt").isTrue();
      assertThat(feeds.validators("https://a.example/feed")).isEqualTo(new FeedState.Validators("\"v1\"", null));
      assertThat(feeds.backoff("https://a.example/feed"))
          .contains(new FeedState.Backoff(2, Instant.parse("2026-03-28T08:30:00Z"), "timeout"));
      assertThat(feeds.fail("https://a.example/feed", "timeout", Duration.ofMinutes(15), clock.instant()).failures())
          .isEqualTo(3);
    }
  }

  @Test
  void newEntriesAreWrittenInTheSameForm() {
    try (BotState state = SqliteState.open(dir, clock)) {
      FeedState feeds = new FeedState(state);
      feeds.failed("https://a.example/1", "HTTP 500", true);
      feeds.validators("https://a.example/feed", new FeedState.Validators("\"v1\"", "Sat, 28 Mar 2026 08:00:00 GMT"));
      feeds.fail("https://a.example/feed", "timeout", Duration.ofMinutes(15), clock.instant());

      assertThat(state.get(FeedState.ITEMS, "https://a.example/1"))
          .contains("{\"attempts\":1,\"reason\":\"HTTP 500\",\"final\":false}");
      assertThat(state.get(FeedState.HTTP, "https://a.example/feed"))
          .contains("{\"etag\":\"\\\"v1\\\"\",\"lastModified\":\"Sat, 28 Mar 2026 08:00:00 GMT\"}");
      assertThat(state.get(FeedState.BACKOFF, "https://a.example/feed"))
          .contains("{\"failures\":1,\"retryAt\":\"2026-03-28T08:15:00Z\",\"reason\":\"timeout\"}");
    }
  }
}
