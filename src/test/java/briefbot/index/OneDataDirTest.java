package briefbot.index;

import static org.assertj.core.api.Assertions.assertThat;

import briefbot.app.Briefbot;
import briefbot.testing.LogCapture;
import briefbot.testing.SeedCorpus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 20, failure 9: two Briefbots on one data folder (Lucene's write lock is per process and per JVM alike, so
 * one JVM shows it): the one without the lock waits for the writer's commits before a digest, and takes over
 * writing when the writer stops.
 */
class OneDataDirTest {

  @TempDir
  Path dir;

  @Test
  void theReadOnlyOneWaitsForTheWritersCommitsAndTakesOverWhenItStops() throws Exception {
    SeedCorpus.copyTo(dir);
    int files;
    try (Stream<Path> corpus = Files.list(dir.resolve("corpus"))) {
      files = (int) corpus.count();
    }
    try (Briefbot writer = open(); LogCapture log = LogCapture.start(); Briefbot reader = open()) {
      assertThat(writer.index().readOnly()).isFalse();
      assertThat(reader.index().readOnly()).isTrue();
      assertThat(reader.index().behind(reader.corpus())).as("a fresh index, nothing indexed yet").isEqualTo(files);

      // the digest's sync in the read-only one waits until the writer's commit covers the corpus
      List<String> progress = new CopyOnWriteArrayList<>();
      CompletableFuture<SyncReport> waiting = CompletableFuture.supplyAsync(
          () -> reader.syncCurrent(progress::add, Duration.ofMinutes(2)));
      SyncReport written = writer.sync(line -> {});
      assertThat(written.added()).isEqualTo(files);
      waiting.get(2, TimeUnit.MINUTES);
      assertThat(reader.index().articleCount()).as("what the digest composes from").isEqualTo(files);
      assertThat(reader.index().behind(reader.corpus())).isZero();

      writer.close();
      SyncReport taken = reader.sync(line -> {});
      assertThat(reader.index().readOnly()).as("the writer stopped: this one writes now").isFalse();
      assertThat(taken.warnings()).isEmpty();
      assertThat(taken.unchanged()).isEqualTo(files);
      assertThat(log.text()).contains("this one writes it now");

      Files.writeString(dir.resolve("corpus/zz-new.txt"), """
          ---
          source: Example News
          language: en
          ---
          The harbour of Eastport reopened on Thursday after a storm closed it for three days, the port authority said.
          """);
      assertThat(reader.sync(line -> {}).added()).as("the new writer indexes").isEqualTo(1);
    }
  }

  private Briefbot open() {
    return Briefbot.open(SeedCorpus.config(dir, Map.of()), Clock.systemUTC());
  }
}
