package briefbot.index.lucene;

import briefbot.corpus.Article;
import briefbot.index.IndexFields;
import briefbot.index.SyncTarget;
import briefbot.index.TextAnalysis;
import java.io.IOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.CodecReader;
import org.apache.lucene.index.ConcurrentMergeScheduler;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;

/** A sync pass into the embedded index: durable and visible at its checkpoints and at the commit at its end. */
final class LuceneWrites implements SyncTarget {

  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final String model;
  private final TextAnalysis analysis;
  private boolean changed;

  LuceneWrites(IndexWriter writer, SearcherManager searchers, String model, TextAnalysis analysis) {
    this.writer = writer;
    this.searchers = searchers;
    this.model = model;
    this.analysis = analysis;
  }

  @Override
  public Map<String, Known> known() throws IOException {
    changed = false;
    searchers.maybeRefreshBlocking();
    return known(searchers);
  }

  /**
   * Every article the current snapshot of {@code searchers} holds, from its record's doc values (a start's corpus
   * check at 100,000 paragraphs spent most of its CPU decompressing the stored text around the records). A record
   * written before those existed is read from its stored fields, in doc order through the stored fields' merge
   * instance, which decompresses each block once for all the records in it.
   */
  static Map<String, Known> known(SearcherManager searchers) throws IOException {
    var searcher = searchers.acquire();
    try {
      Map<String, Known> known = new HashMap<>();
      Weight articles = searcher.createWeight(new TermQuery(new Term(IndexFields.KIND, IndexFields.KIND_ARTICLE)),
          ScoreMode.COMPLETE_NO_SCORES, 1);
      for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
        Scorer scorer = articles.scorer(leaf);
        if (scorer == null) {
          continue;
        }
        Bits live = leaf.reader().getLiveDocs();
        Records records = new Records(leaf.reader());
        DocIdSetIterator docs = scorer.iterator();
        for (int d = docs.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = docs.nextDoc()) {
          if (live == null || live.get(d)) {
            records.read(d, known);
          }
        }
      }
      return known;
    } finally {
      searchers.release(searcher);
    }
  }

  /** One segment's article records, read in increasing doc order. */
  private static final class Records {
    private final LeafReader reader;
    private final BinaryDocValues values;
    private final NumericDocValues firstSeen;
    /** Opened at the first record without doc values. */
    private StoredFields stored;

    Records(LeafReader reader) throws IOException {
      this.reader = reader;
      this.values = reader.getBinaryDocValues(Documents.SYNC_RECORD);
      this.firstSeen = reader.getNumericDocValues(IndexFields.FIRST_SEEN);
    }

    void read(int doc, Map<String, Known> into) throws IOException {
      if (values != null && firstSeen != null && values.advanceExact(doc) && firstSeen.advanceExact(doc)) {
        String[] record = Documents.syncRecord(values.binaryValue());
        into.put(record[0], new Known(record[1], record[2], Instant.ofEpochMilli(firstSeen.longValue())));
        return;
      }
      if (stored == null) {
        stored = inDocOrder(reader);
      }
      Document d = stored.document(doc);
      into.put(d.get(IndexFields.ARTICLE_ID),
          new Known(d.get(IndexFields.HASH), d.get(IndexFields.STAMP), Documents.firstSeen(d)));
    }
  }

  /** Stored fields for reading a segment's documents in increasing doc order, one thread. */
  private static StoredFields inDocOrder(LeafReader reader) throws IOException {
    if (reader instanceof CodecReader codec && codec.getFieldsReader() != null) {
      return codec.getFieldsReader().getMergeInstance();
    }
    return reader.storedFields();
  }

  @Override
  public void replace(Article article, Instant firstSeen, List<float[]> vectors, String stamp) throws IOException {
    writer.deleteDocuments(new Term(IndexFields.ARTICLE_ID, article.id()));
    writer.addDocuments(Documents.of(article, firstSeen, vectors, stamp, analysis));
    changed = true;
  }

  @Override
  public void remove(String articleId) throws IOException {
    writer.deleteDocuments(new Term(IndexFields.ARTICLE_ID, articleId));
    changed = true;
  }

  /** A commit partway through a pass, so that a killed pass resumes from here: merges are left to the last one. */
  @Override
  public boolean checkpoint() throws IOException {
    if (changed) {
      writer.setLiveCommitData(commitData().entrySet());
      writer.commit();
    }
    return changed;
  }

  @Override
  public void commit() throws IOException {
    if (!changed) {
      return;
    }
    writer.setLiveCommitData(commitData().entrySet());
    writer.commit();
    // Merges that ingest started would be dropped when the writer closes (it never commits on close), leaving a
    // bulk-built index in dozens of segments that every query then searches one by one: let them finish and
    // commit the merged segments (a no-op when nothing was merged).
    if (writer.getConfig().getMergeScheduler() instanceof ConcurrentMergeScheduler merges) {
      merges.sync();
    }
    writer.commit();
    searchers.maybeRefreshBlocking();
  }

  /** What the index is built with: its schema, embedding model and the word lists its compounds were split against. */
  private Map<String, String> commitData() {
    return Map.of("schema", IndexFields.SCHEMA, "embeddings", model, "wordLists", analysis.wordListsRecorded());
  }
}
