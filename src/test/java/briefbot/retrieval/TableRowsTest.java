package briefbot.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import briefbot.retrieval.TermTable.Key;
import briefbot.retrieval.TermTable.Translation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A term table's rows sorted on disk: the same table as from rows handed over in key order. */
class TableRowsTest {

  @Test
  void rowsAddedInAnyOrderMakeTheSameTableAsRowsInKeyOrderHoweverManyPartsTheyAreSortedIn(@TempDir Path dir)
      throws IOException {
    // words with letters beyond ASCII, whose UTF-8 bytes sort after every ASCII one only when read unsigned; about
    // 4 MB of rows, sorted in parts of 1 MB and merged
    Map<byte[], byte[]> rows = new TreeMap<>(Arrays::compareUnsigned);
    for (int i = 0; i < 40_000; i++) {
      for (String word : List.of("wort" + i, "über" + i, "ĳs" + i)) {
        rows.put(TermTable.key("de", "en", i % 3 == 0 ? Key.STEM : Key.WORD, word),
            TermTable.encode(List.of(new Translation("word" + i, 1.0), new Translation("über", 0.5))));
      }
    }
    TermTable.Builder inOrder = new TermTable.Builder();
    for (var row : rows.entrySet()) {
      inOrder.add(row.getKey(), row.getValue());
    }
    inOrder.build().save(dir.resolve("in-order.fst"));

    List<Map.Entry<byte[], byte[]>> shuffled = new ArrayList<>(rows.entrySet());
    Collections.shuffle(shuffled, new Random(5));
    Path scratch = dir.resolve("cache");
    TermTable sorted;
    try (TableRows onDisk = new TableRows(scratch, 1)) {
      for (var row : shuffled) {
        onDisk.add(row.getKey(), row.getValue());
      }
      sorted = onDisk.table();
    }
    sorted.save(dir.resolve("sorted.fst"));

    assertThat(Files.mismatch(dir.resolve("in-order.fst"), dir.resolve("sorted.fst"))).isEqualTo(-1L);
    assertThat(sorted.get("de", "en", Key.WORD, "über17")).extracting(Translation::text).containsExactly("word17",
        "über");
    try (Stream<Path> left = Files.list(scratch)) {
      assertThat(left).as("the scratch folder is deleted").isEmpty();
    }
  }

  @Test
  void aScratchFolderAStoppedConversionLeftIsDeletedByTheNextOneAndAFreshOneIsNot(@TempDir Path cache)
      throws IOException {
    Path stopped = Files.createDirectory(cache.resolve("freedict-rows123"));
    Files.write(stopped.resolve("rows_unsorted_0.tmp"), new byte[1024]);
    Files.setLastModifiedTime(stopped, FileTime.from(Instant.now().minus(TableRows.LEFT_BEHIND).minusSeconds(60)));
    Path running = Files.createDirectory(cache.resolve("freedict-rows456"));
    Path table = Files.writeString(cache.resolve("freedict-abc.fst"), "kept");

    new TableRows(cache).close();

    assertThat(stopped).doesNotExist();
    assertThat(running).exists();
    assertThat(table).exists();
  }
}
