package briefbot.index;

import java.util.List;

/** What one sync of the index with the corpus did, and the files it skipped with the reason. */
public record SyncReport(int added, int updated, int removed, int unchanged, int paragraphs, List<String> warnings) {

  public SyncReport {
    warnings = List.copyOf(warnings);
  }

  public boolean changed() {
    return added + updated + removed > 0;
  }

  public String summary() {
    return "indexed: %d new, %d changed, %d removed, %d unchanged articles (%d paragraphs written)"
        .formatted(added, updated, removed, unchanged, paragraphs);
  }
}
