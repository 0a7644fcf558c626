package briefbot.index.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import briefbot.corpus.Article;
import briefbot.corpus.Paragraph;
import briefbot.index.IndexFields;
import briefbot.index.ParagraphIndex;
import briefbot.index.StoredParagraph;
import briefbot.index.TextAnalysis;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LuceneReadsTest {

  @TempDir
  Path dir;

  @Test
  void paragraphsComeInTheAskedOrderFromEverySegmentAndOnlyTheLiveVersionOfAnUpdatedArticle() throws IOException {
    try (Directory directory = FSDirectory.open(dir);
        IndexWriter writer = new IndexWriter(directory,
            new IndexWriterConfig(TextAnalysis.NO_WORD_LISTS.perField()).setMergePolicy(NoMergePolicy.INSTANCE))) {
      // no merge: the old version must stay, deleted, in a segment of its own
      add(writer, article("a", "The council met.", "It approved the budget."));
      add(writer, article("c", "The river rose.", "Roads closed."));
      writer.commit();
      add(writer, article("b", "The harbour reopened.", "Ships came back."));
      writer.commit();
      writer.deleteDocuments(new Term(IndexFields.ARTICLE_ID, "a")); // an update, as a sync writes it
      add(writer, article("a", "The council met again.", "It cut the budget."));
      writer.commit();
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        assertThat(reader.leaves()).hasSize(3);
        List<StoredParagraph> found = LuceneReads.paragraphs(new IndexSearcher(reader),
            List.of(id("b", 2), id("a", 1), id("missing", 1), id("b", 1), id("a", 2)));
        assertThat(found).extracting(StoredParagraph::id).containsExactly(id("b", 2), id("a", 1), id("b", 1),
            id("a", 2));
        assertThat(found).extracting(StoredParagraph::text).containsExactly("Ships came back.",
            "The council met again.", "The harbour reopened.", "It cut the budget.");
      }
    }
  }

  private static String id(String article, int paragraph) {
    return ParagraphIndex.paragraphId(article, paragraph);
  }

  private static void add(IndexWriter writer, Article article) throws IOException {
    writer.addDocuments(Documents.of(article, Instant.parse("2026-12-01T08:00:00Z"),
        Collections.nCopies(article.paragraphs().size(), (float[]) null), "120:1764496800000",
        TextAnalysis.NO_WORD_LISTS));
  }

  private static Article article(String id, String first, String second) {
    return new Article(id, "Title of " + id, "Example News", "https://news.example/" + id, null, "en",
        List.of(new Paragraph(1, null, first, "en"), new Paragraph(2, null, second, "en")), "hash-" + id + first);
  }
}
