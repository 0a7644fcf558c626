package briefbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import briefbot.testing.SeedCorpus;
import briefbot.testing.ServeInChild;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The start-up sync's watch (serve's Ctrl-C line) is open while the sync runs and closed before the rest of the
 * service starts: a stop while the chat apps or the web server start says nothing about the index.
 */
class SyncWatchTest {

  @TempDir
  Path dir;

  @Test
  void theWatchSpansTheSyncAlone() throws Exception {
    List<String> seen = new CopyOnWriteArrayList<>();
    Service.Options options = Service.Options.defaults().withSyncWatch(() -> {
      seen.add("opened");
      return new Service.SyncWatch() {
        @Override
        public void progress(String line) {
          seen.add("line");
        }

        @Override
        public void close() {
          seen.add("closed");
        }
      };
    }).with((bot, registry) -> {
      seen.add("extension opened");
      return new Service.Extension() {};
    });
    SeedCorpus.copyTo(dir);
    Map<String, String> env = Map.of("BRIEFBOT_PORT", Integer.toString(ServeInChild.freePort()));
    try (Service service = Service.start(SeedCorpus.config(dir, env), Clock.systemUTC(), options)) {
      // a progress line comes only past two seconds of indexing (IndexSync): a warm JVM indexes the seeds sooner, so
      // whether one came is not asked, only that none came outside the watch
      assertThat(seen.getFirst()).isEqualTo("opened");
      assertThat(seen.subList(seen.indexOf("closed"), seen.size())).containsExactly("closed", "extension opened");
      assertThat(seen.subList(1, seen.indexOf("closed"))).allMatch("line"::equals);
    }
  }
}
