package briefbot.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A cache's entries of one kind: the one in use is marked used; the others of the kind's name pattern unused for a day
 * go, files and folders alike; what was used within the day, another kind's and the user's own files stay.
 */
class StampedFilesTest {

  private static final Instant NOW = Instant.parse("2026-12-05T19:00:00Z");

  @TempDir
  Path cache;

  private Path entry(String name, Duration unused) throws IOException {
    Path file = Files.writeString(cache.resolve(name), name);
    Files.setLastModifiedTime(file, FileTime.from(NOW.minus(unused)));
    return file;
  }

  @Test
  void theKindsOtherStampsUnusedForADayGoAndNothingElse() throws IOException {
    StampedFiles tables = new StampedFiles("freedict-", ".fst");
    Path current = entry("freedict-9c0b2855a28a.fst", Duration.ofDays(30));
    Path old = entry("freedict-74a0df578144.fst", Duration.ofDays(2));
    Path recent = entry("freedict-55c8f25f2ea2.fst", Duration.ofHours(3));
    Path notAStamp = entry("freedict-notes.fst", Duration.ofDays(2));
    Path anotherSuffix = entry("freedict-74a0df578144.fst.bak", Duration.ofDays(2));
    Path anotherKind = entry("placenames-74a0df578144.tsv", Duration.ofDays(2));
    Path users = entry("notes.txt", Duration.ofDays(2));

    assertThat(tables.keepOnly(current, NOW)).containsExactly(old);

    assertThat(old).doesNotExist();
    assertThat(Files.getLastModifiedTime(current).toInstant()).as("marked used").isEqualTo(NOW);
    assertThat(recent).as("used within the day: another version in use").exists();
    for (Path kept : new Path[] {notAStamp, anotherSuffix, anotherKind, users}) {
      assertThat(kept).as("not of the kind's pattern").exists();
    }
  }

  @Test
  void aFolderOfTheKindGoesWithWhatItHolds() throws IOException {
    StampedFiles libraries = new StampedFiles("linux-x64-", "");
    Path current = Files.createDirectories(cache.resolve("linux-x64-0118c7bc-df167ef0"));
    Path old = Files.createDirectories(cache.resolve("linux-x64-0118c7bc-aa167ef0"));
    Files.writeString(old.resolve("libonnxruntime.so"), "an older runtime");
    Files.setLastModifiedTime(old, FileTime.from(NOW.minus(Duration.ofDays(3))));
    Path otherPlatform = Files.createDirectories(cache.resolve("linux-aarch64-0118c7bc-aa167ef0"));
    Files.setLastModifiedTime(otherPlatform, FileTime.from(NOW.minus(Duration.ofDays(3))));

    assertThat(libraries.keepOnly(current, NOW)).containsExactly(old);
    assertThat(old).doesNotExist();
    assertThat(otherPlatform).as("another platform's, on a cache shared between machines").exists();
    assertThat(current).exists();
  }

  @Test
  void anEntryUsedAgainIsKeptAnotherDay() throws IOException {
    StampedFiles tables = new StampedFiles("freedict-", ".fst");
    Path first = entry("freedict-aaaaaaaaaaaa.fst", Duration.ofDays(5));
    Path second = entry("freedict-bbbbbbbbbbbb.fst", Duration.ofDays(5));
    tables.keepOnly(first, NOW.minus(Duration.ofHours(2))); // one version started two hours ago
    assertThat(tables.keepOnly(second, NOW)).as("the other, started now, keeps it").isEmpty();
    assertThat(first).exists();
  }
}
