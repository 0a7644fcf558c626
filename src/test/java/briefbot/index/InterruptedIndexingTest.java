package briefbot.index;

import static org.assertj.core.api.Assertions.assertThat;

import briefbot.app.Briefbot;
import briefbot.testing.ChildJvmTest;
import briefbot.testing.IndexRunInChild;
import briefbot.testing.SeedCorpus;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Killing `briefbot index` halfway leaves an index that the next run completes from its last checkpoint. */
@ChildJvmTest
class InterruptedIndexingTest {

  private static final int ARTICLES = 200;

  @TempDir
  Path dir;

  @Test
  void killedIndexingIsCompletedByTheNextRun() throws Exception {
    Path corpus = dir.resolve("corpus");
    IndexRunInChild.writeReports(corpus, ARTICLES);
    // killed once it has passed a checkpoint (issue 20, failure 11: a killed run was redone whole)
    String log = IndexRunInChild.killAfterCheckpoint(corpus, dir.resolve("data"), Map.of(), dir.resolve("child.log"));
    assertThat(log).as("killed before it finished").doesNotContain("indexed:");

    try (Briefbot bot = Briefbot.open(SeedCorpus.config(dir, Map.of()), Clock.systemUTC())) {
      SyncReport report = bot.sync(line -> {});
      assertThat(report.added()).as("what the killed run had not committed").isPositive();
      assertThat(report.unchanged()).as("what the killed run committed at its checkpoints, not redone")
          .isGreaterThanOrEqualTo(IndexRunInChild.committed(log)).isPositive();
      assertThat(report.added() + report.unchanged()).isEqualTo(ARTICLES);
      assertThat(bot.index().articleCount()).isEqualTo(ARTICLES);
      assertThat(bot.index().paragraphCount()).isEqualTo(ARTICLES * 6);
    }
  }
}
