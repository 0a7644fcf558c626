package briefbot.index.lucene;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentReader;

/** What failed the checksums of an index's segments, read at open from disk or while serving through Lucene. */
final class SegmentDamage {

  private SegmentDamage() {}

  /**
   * What failed the checksums of the segments' files in {@code path} ("checksum failed in 1 of 3 segments (…)"), or
   * null when every file matches: each file of each segment read once straight from disk ({@link FileChecksums}),
   * the same check as Lucene's own at a third of its CPU, which a cold start pays on its main thread.
   */
  static String damage(Path path, List<LeafReaderContext> leaves) {
    FileChecksums checksums = new FileChecksums();
    int broken = 0;
    String first = null;
    for (LeafReaderContext leaf : leaves) {
      String damage = FilterLeafReader.unwrap(leaf.reader()) instanceof SegmentReader segment
          ? damage(path, segment, checksums) : integrity(leaf);
      if (damage != null) {
        broken++;
        first = first == null ? damage : first;
      }
    }
    return broken == 0 ? null : "checksum failed in " + broken + " of " + leaves.size() + " segments (" + first + ")";
  }

  private static String damage(Path path, SegmentReader segment, FileChecksums checksums) {
    try {
      for (String file : segment.getSegmentInfo().files()) {
        String damage = checksums.damage(path.resolve(file));
        if (damage != null) {
          return damage;
        }
      }
      return null;
    } catch (IOException | RuntimeException e) {
      return brief(e);
    }
  }

  private static String integrity(LeafReaderContext leaf) {
    try {
      leaf.reader().checkIntegrity();
      return null;
    } catch (IOException | RuntimeException e) {
      return brief(e);
    }
  }

  /** What failed Lucene's checksums ("checksum failed in 1 of 3 segments (…)"), or null when every file matches. */
  static String damage(List<LeafReaderContext> leaves) {
    int broken = 0;
    String first = null;
    for (LeafReaderContext leaf : leaves) {
      try {
        leaf.reader().checkIntegrity();
      } catch (IOException | RuntimeException e) {
        broken++;
        first = first == null ? brief(e) : first;
      }
    }
    return broken == 0 ? null : "checksum failed in " + broken + " of " + leaves.size() + " segments (" + first + ")";
  }

  /** Lucene's message, cut short: it names the file and the expected and actual checksums. */
  static String brief(Exception e) {
    String message = e.getMessage() == null ? "unreadable" : e.getMessage().strip();
    return message.length() <= 300 ? message : message.substring(0, 300) + "…";
  }
}
