package briefbot.index;

import static org.assertj.core.api.Assertions.assertThat;

import briefbot.app.Briefbot;
import briefbot.testing.LogCapture;
import briefbot.testing.SeedCorpus;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 20, failure 8: bytes damaged inside a segment are found when the index is opened, and it is rebuilt. */
class DamagedIndexTest {

  @TempDir
  Path dir;

  @Test
  void aDamagedSegmentIsFoundAtOpenAndTheIndexRebuiltFromTheCorpus() throws Exception {
    int articles;
    int paragraphs;
    try (Briefbot bot = SeedCorpus.open(dir)) {
      articles = bot.index().articleCount();
      paragraphs = bot.index().paragraphCount();
    }
    try (LogCapture log = LogCapture.start(); Briefbot bot = open()) {
      assertThat(log.text()).as("an intact index is opened without a word").doesNotContain("damaged");
      assertThat(bot.index().articleCount()).isEqualTo(articles);
    }

    damage(largestFile(dir.resolve("data/index")));

    try (LogCapture log = LogCapture.start(); Briefbot bot = open()) {
      assertThat(log.lines()).filteredOn(line -> line.contains("damaged")).singleElement().satisfies(line -> assertThat(
          line).contains("level=WARN", "checksum failed in 1 of", "rebuilding it from the corpus").hasSizeLessThan(600));
      assertThat(bot.index().articleCount()).as("no damaged segment is searched").isZero();

      SyncReport rebuilt = bot.sync(line -> {});
      assertThat(rebuilt.added()).isEqualTo(articles);
      assertThat(bot.index().paragraphCount()).isEqualTo(paragraphs);
    }
  }

  /** Serve checks the open index every few hours: a file damaged since the open fails the check and the health. */
  @Test
  void aSegmentDamagedWhileServingFailsTheCheckAndTheHealth() throws Exception {
    try (Briefbot bot = SeedCorpus.open(dir); LogCapture log = LogCapture.start()) {
      assertThat(bot.index().intact()).isTrue();
      assertThat(bot.index().searchable()).isTrue();

      damage(largestFile(dir.resolve("data/index")));

      assertThat(bot.index().intact()).isFalse();
      assertThat(bot.index().searchable()).as("what /healthz reports").isFalse();
      assertThat(bot.index().intact()).isFalse();
      assertThat(log.lines()).filteredOn(line -> line.contains("damaged")).singleElement().satisfies(line -> assertThat(
          line).contains("level=WARN", "checksum failed in 1 of", "rebuilt from the corpus when Briefbot starts again"));
    }
  }

  private static void damage(Path file) throws Exception {
    byte[] noise = new byte[4096];
    new Random(20).nextBytes(noise);
    try (RandomAccessFile out = new RandomAccessFile(file.toFile(), "rw")) {
      out.seek(Math.max(0, out.length() / 2 - noise.length / 2));
      out.write(noise);
    }
  }

  private Briefbot open() {
    return Briefbot.open(SeedCorpus.config(dir, Map.of()), Clock.systemUTC());
  }

  private static Path largestFile(Path index) throws Exception {
    try (Stream<Path> files = Files.list(index)) {
      return files.filter(f -> !f.getFileName().toString().startsWith("segments_"))
          .max(Comparator.comparingLong(f -> f.toFile().length())).orElseThrow();
    }
  }
}
