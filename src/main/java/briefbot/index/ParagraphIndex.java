package briefbot.index;

import briefbot.corpus.Corpus;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The index of paragraphs that retrieval searches, the reader pages read and the digest scans: embedded (Lucene in
 * the data folder) or on SolrCloud; both are filled from the same analysis, so they rank alike.
 */
public interface ParagraphIndex extends AutoCloseable {

  /** A paragraph a search found: its id ({@code articleId#n}), score and language. */
  record Hit(String id, double score, String language) {}

  /** A term of one field, as analysis produced it. */
  record FieldTerm(String field, String term) {}

  /** The id of a paragraph, what hits and vectors are keyed by. */
  static String paragraphId(String articleId, int paragraph) {
    return articleId + "#" + paragraph;
  }

  /** Brings the index in step with the corpus: new, changed and removed files only. */
  SyncReport sync(Corpus corpus, Consumer<String> progress);

  /** The terms a text becomes in a field: what queries, highlights and matching compare, on every backend. */
  default List<String> terms(String field, String text) {
    return Analyzers.terms(field, text);
  }

  /** BM25: each clause is a dis-max over field terms (tie 0.1), clauses add up; best {@code n} first. */
  List<Hit> bm25(List<Map<String, Set<String>>> clauses, int n);

  /** The {@code n} paragraphs nearest to a unit vector, searching {@code candidates} in the graph. */
  List<Hit> knn(float[] vector, int candidates, int n);

  /** How many paragraphs each field term occurs in (0 for none). */
  Map<FieldTerm, Integer> docFreqs(Collection<FieldTerm> terms);

  /** The number of documents term statistics are relative to (paragraphs and article records). */
  int documentCount();

  /** The stored paragraphs with these ids, in the order asked; unknown ids are left out. */
  List<StoredParagraph> paragraphs(List<String> ids);

  /** The paragraphs' unit vectors by paragraph id; empty when the index was built without embeddings. */
  Map<String, float[]> vectors(Collection<String> articleIds);

  /** The languages the indexed paragraphs are in. */
  Set<String> paragraphLanguages();

  Optional<IndexedArticle> article(String id);

  /** Articles first seen at or after {@code since}, oldest first. */
  List<IndexedArticle> articlesSeenSince(Instant since);

  int paragraphCount();

  int articleCount();

  /** Whether a search over the index succeeds now (for health checks). */
  boolean searchable();

  /** Bytes on this machine's disk, or -1 when the index lives elsewhere. */
  long sizeOnDisk();

  boolean readOnly();

  @Override
  void close();
}
