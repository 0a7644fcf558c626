package briefbot.index;

import static briefbot.corpus.ArticleFile.anArticle;
import static org.assertj.core.api.Assertions.assertThat;

import briefbot.Briefbot;
import briefbot.SeedCorpus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Killing `briefbot index` halfway leaves an index that the next run completes, with every article. */
class InterruptedIndexingTest {

  private static final int ARTICLES = 200;

  @TempDir
  Path dir;

  @Test
  void killedIndexingIsCompletedByTheNextRun() throws Exception {
    Path corpus = dir.resolve("corpus");
    for (int i = 0; i < ARTICLES; i++) {
      var article = anArticle("article-" + i).language("en");
      for (int p = 0; p < 6; p++) {
        article.paragraph("Report " + i + " paragraph " + p + ": delegates from country " + (i % 17)
            + " discussed trade, energy and security at the summit, officials said on day " + p + ".");
      }
      article.writeTo(corpus);
    }
    Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "--add-modules", "jdk.incubator.vector", "-cp", System.getProperty("java.class.path"), "briefbot.Main",
        "index", "--corpus", corpus.toString(), "--data", dir.resolve("data").toString())
        .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
    waitForProgress(dir.resolve("child.log"), child);
    child.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
    assertThat(Files.readString(dir.resolve("child.log"))).as("killed before it finished").doesNotContain("indexed:");

    try (Briefbot bot = Briefbot.open(SeedCorpus.config(dir, Map.of()), Clock.systemUTC())) {
      SyncReport report = bot.sync(line -> {});
      assertThat(report.added()).as("what the killed run had not committed").isPositive();
      assertThat(report.added() + report.unchanged()).isEqualTo(ARTICLES);
      assertThat(bot.index().articleCount()).isEqualTo(ARTICLES);
      assertThat(bot.index().paragraphCount()).isEqualTo(ARTICLES * 6);
    }
  }

  /** Waits until the child reports progress (it is then mid-indexing), up to 60 s. */
  private static void waitForProgress(Path log, Process child) throws Exception {
    long deadline = System.currentTimeMillis() + 60_000;
    while (System.currentTimeMillis() < deadline && child.isAlive()) {
      if (Files.exists(log) && Files.readString(log).contains("indexing:")) {
        return;
      }
      Thread.sleep(20);
    }
    throw new AssertionError("the indexing child never reported progress: " + Files.readString(log));
  }
}
