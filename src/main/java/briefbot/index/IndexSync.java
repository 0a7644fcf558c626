package briefbot.index;

import briefbot.corpus.Article;
import briefbot.corpus.Corpus;
import briefbot.corpus.CorpusException;
import briefbot.corpus.Paragraph;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;

/** One pass that brings the index in step with the corpus files, committed at once at the end. */
final class IndexSync {

  /** What the last commit holds of an article. */
  private record Known(String hash, String stamp, Instant firstSeen) {}

  private static final long PROGRESS_EVERY_MS = 2_000;

  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final EmbeddingModel embeddings;
  private final Clock clock;
  private final String model;

  IndexSync(IndexWriter writer, SearcherManager searchers, EmbeddingModel embeddings, Clock clock, String model) {
    this.writer = writer;
    this.searchers = searchers;
    this.embeddings = embeddings;
    this.clock = clock;
    this.model = model;
  }

  synchronized SyncReport run(Corpus corpus, Consumer<String> progress) {
    Corpus.Scan scan = corpus.scan();
    try {
      Map<String, Known> known = known();
      List<String> warnings = new ArrayList<>(scan.warnings());
      int added = 0;
      int updated = 0;
      int unchanged = 0;
      int paragraphs = 0;
      long lastReport = System.currentTimeMillis();
      Set<String> present = new HashSet<>();
      int done = 0;
      for (Corpus.Entry entry : scan.entries()) {
        present.add(entry.id());
        done++;
        Known before = known.get(entry.id());
        if (before != null && before.stamp().equals(entry.stamp())) {
          unchanged++;
          continue;
        }
        Article article;
        try {
          // Touched but not changed (a copy, a checkout): same bytes, nothing to re-index.
          if (before != null && before.hash().equals(entry.hash())) {
            unchanged++;
            continue;
          }
          article = corpus.read(entry);
        } catch (CorpusException e) {
          warnings.add("skipped " + e.getMessage());
          continue;
        }
        Instant firstSeen = before == null ? clock.instant() : before.firstSeen();
        writer.deleteDocuments(new Term(IndexFields.ARTICLE_ID, article.id()));
        writer.addDocuments(Documents.of(article, firstSeen, embed(article), entry.stamp()));
        paragraphs += article.paragraphs().size();
        if (before == null) {
          added++;
        } else {
          updated++;
        }
        if (System.currentTimeMillis() - lastReport > PROGRESS_EVERY_MS) {
          progress.accept("indexing: %d/%d files, %d paragraphs written".formatted(done, scan.entries().size(), paragraphs));
          lastReport = System.currentTimeMillis();
        }
      }
      int removed = 0;
      for (String id : known.keySet()) {
        if (!present.contains(id)) {
          writer.deleteDocuments(new Term(IndexFields.ARTICLE_ID, id));
          removed++;
        }
      }
      if (added + updated + removed > 0) {
        writer.setLiveCommitData(Map.of("schema", ParagraphIndex.SCHEMA, "embeddings", model).entrySet());
        writer.commit();
        searchers.maybeRefreshBlocking();
      }
      return new SyncReport(added, updated, removed, unchanged, paragraphs, warnings);
    } catch (IOException e) {
      // What this pass wrote stays uncommitted: a crash drops it, the next pass redoes it from the last commit.
      throw new UncheckedIOException("indexing failed, nothing was committed: " + e.getMessage(), e);
    }
  }

  private Map<String, Known> known() throws IOException {
    searchers.maybeRefreshBlocking();
    var searcher = searchers.acquire();
    try {
      Map<String, Known> known = new HashMap<>();
      ScoreDoc[] hits = searcher.search(new TermQuery(new Term(IndexFields.KIND, IndexFields.KIND_ARTICLE)),
          Math.max(1, searcher.getIndexReader().maxDoc())).scoreDocs;
      for (ScoreDoc hit : hits) {
        Document doc = searcher.storedFields().document(hit.doc);
        known.put(doc.get(IndexFields.ARTICLE_ID), new Known(doc.get(IndexFields.HASH), doc.get(IndexFields.STAMP), Documents.firstSeen(doc)));
      }
      return known;
    } finally {
      searchers.release(searcher);
    }
  }

  private List<float[]> embed(Article article) {
    List<float[]> vectors = new ArrayList<>();
    if (embeddings == null) {
      article.paragraphs().forEach(p -> vectors.add(null));
      return vectors;
    }
    List<TextSegment> segments = article.paragraphs().stream().map(IndexSync::segment).toList();
    for (Embedding embedding : embeddings.embedAll(segments).content()) {
      vectors.add(Vectors.normalized(embedding.vector()));
    }
    return vectors;
  }

  private static TextSegment segment(Paragraph p) {
    return TextSegment.from(p.section() == null ? p.text() : p.section() + ". " + p.text());
  }
}
