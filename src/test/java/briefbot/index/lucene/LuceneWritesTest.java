package briefbot.index.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import briefbot.corpus.Article;
import briefbot.corpus.Paragraph;
import briefbot.index.IndexFields;
import briefbot.index.SyncTarget.Known;
import briefbot.index.TextAnalysis;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LuceneWritesTest {

  @TempDir
  Path dir;

  @Test
  void readsEachArticleRecordFromItsDocValuesAndThoseOfAnOlderIndexFromStoredFields() throws IOException {
    Instant seenA = Instant.parse("2026-11-30T10:00:00Z");
    Instant seenB = Instant.parse("2026-12-01T08:30:00Z");
    try (Directory directory = FSDirectory.open(dir);
        IndexWriter writer = new IndexWriter(directory,
            new IndexWriterConfig(TextAnalysis.NO_WORD_LISTS.perField()))) {
      List<Document> current = Documents.of(article("a-1", "hash-a"), seenA, Arrays.asList((float[]) null),
          "120:1764496800000", TextAnalysis.NO_WORD_LISTS);
      // without its stored hash and stamp, only the doc values can give them
      current.getLast().removeField(IndexFields.HASH);
      current.getLast().removeField(IndexFields.STAMP);
      List<Document> older = Documents.of(article("b-2", "hash-b"), seenB, Arrays.asList((float[]) null),
          "340:1764577800000", TextAnalysis.NO_WORD_LISTS);
      older.getLast().removeField(Documents.SYNC_RECORD); // as written before the record had doc values
      writer.addDocuments(current);
      writer.addDocuments(older);
      writer.commit();
      try (SearcherManager searchers = new SearcherManager(writer, null)) {
        assertThat(LuceneWrites.known(searchers)).containsOnly(
            entry("a-1", new Known("hash-a", "120:1764496800000", seenA)),
            entry("b-2", new Known("hash-b", "340:1764577800000", seenB)));
      }
    }
  }

  private static Article article(String id, String hash) {
    return new Article(id, "Title of " + id, "Example News", "https://news.example/" + id, null, "en",
        List.of(new Paragraph(1, null, "The council approved the new budget on Monday.", "en")), hash);
  }
}
