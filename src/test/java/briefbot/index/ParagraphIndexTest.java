package briefbot.index;

import static briefbot.corpus.ArticleFile.anArticle;
import static org.assertj.core.api.Assertions.assertThat;

import briefbot.app.Briefbot;
import briefbot.corpus.Paragraph;
import briefbot.testing.SeedCorpus;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index stays in step with the corpus: incrementally, keeping first-seen times, and surviving corruption. */
class ParagraphIndexTest {

  @TempDir
  Path dir;

  @Test
  void onlyNewChangedAndRemovedFilesAreReindexed() throws IOException {
    Path corpus = SeedCorpus.copyTo(dir);
    try (Briefbot bot = Briefbot.open(SeedCorpus.config(dir, Map.of()), Clock.systemUTC())) {
      SyncReport first = bot.sync(line -> {});
      assertThat(first.added()).isEqualTo(5);
      Instant seen = bot.index().article("000_a17e017304ae15f4").orElseThrow().firstSeen();

      assertThat(bot.sync(line -> {}).changed()).isFalse();

      Path file = corpus.resolve("000_a17e017304ae15f4.txt");
      Files.writeString(file, Files.readString(file) + "\nA paragraph added later about the Arctic patrols.\n");
      SyncReport touched = bot.sync(line -> {});
      assertThat(touched.updated()).isEqualTo(1);
      assertThat(touched.unchanged()).isEqualTo(4);
      assertThat(touched.paragraphs()).isEqualTo(bot.index().article("000_a17e017304ae15f4").orElseThrow()
          .article().paragraphs().size());
      var changed = bot.index().article("000_a17e017304ae15f4").orElseThrow();
      assertThat(changed.firstSeen()).as("a changed article is not new").isEqualTo(seen);
      assertThat(changed.article().paragraphs()).extracting(Paragraph::text)
          .contains("A paragraph added later about the Arctic patrols.");

      assertThat(bot.index().articleCount()).isEqualTo(5);
      Files.delete(corpus.resolve("002_b81ace5b003b2b60.txt"));
      SyncReport removed = bot.sync(line -> {});
      assertThat(removed.removed()).isEqualTo(1);
      assertThat(bot.index().article("002_b81ace5b003b2b60")).isEmpty();
      assertThat(bot.index().articleCount()).isEqualTo(4);
    }
  }

  @Test
  void unreadableFilesAreSkippedWithAWarningAndTheRestIsIndexed() throws IOException {
    Path corpus = SeedCorpus.copyTo(dir);
    Files.write(corpus.resolve("broken.txt"), new byte[] {1, 2, 0, 3});
    try (Briefbot bot = Briefbot.open(SeedCorpus.config(dir, Map.of()), Clock.systemUTC())) {
      SyncReport report = bot.sync(line -> {});
      assertThat(report.added()).isEqualTo(5);
      assertThat(report.warnings()).singleElement().asString().contains("broken.txt");
    }
  }

  @Test
  void firstSeenIsTheClockAtIndexingAndQueryableForTheDigest() {
    Path corpus = dir.resolve("corpus");
    anArticle("early").paragraph("An early article about the summit in Lima, Peru.").writeTo(corpus);
    Instant t1 = Instant.parse("2026-11-20T08:00:00Z");
    try (Briefbot bot = Briefbot.open(SeedCorpus.config(dir, Map.of()), Clock.fixed(t1, ZoneOffset.UTC))) {
      bot.sync(line -> {});
    }
    anArticle("late").paragraph("A later article about the talks in Budapest, Hungary.").writeTo(corpus);
    Instant t2 = Instant.parse("2026-11-21T08:00:00Z");
    try (Briefbot bot = Briefbot.open(SeedCorpus.config(dir, Map.of()), Clock.fixed(t2, ZoneOffset.UTC))) {
      bot.sync(line -> {});
      assertThat(bot.index().articlesSeenSince(t2)).extracting(a -> a.article().id()).containsExactly("late");
      assertThat(bot.index().articlesSeenSince(t1)).extracting(a -> a.article().id()).containsExactly("early", "late");
    }
  }

  @Test
  void aCorruptIndexIsRebuiltFromTheCorpus() throws IOException {
    SeedCorpus.copyTo(dir);
    try (Briefbot bot = Briefbot.open(SeedCorpus.config(dir, Map.of()), Clock.systemUTC())) {
      bot.sync(line -> {});
    }
    try (Stream<Path> files = Files.list(dir.resolve("data/index"))) {
      for (Path f : files.filter(p -> !p.getFileName().toString().startsWith("segments")
          && !p.getFileName().toString().equals("write.lock")).toList()) {
        try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
          raf.seek(raf.length() / 2);
          raf.write(new byte[] {42, 42, 42, 42, 42, 42, 42, 42});
        }
      }
    }
    try (Briefbot bot = Briefbot.open(SeedCorpus.config(dir, Map.of()), Clock.systemUTC())) {
      assertThat(bot.sync(line -> {}).added()).isEqualTo(5);
      assertThat(bot.retriever().retrieve("Where did Biden meet Yoon and Ishiba?").evidence()).isTrue();
    }
  }
}
