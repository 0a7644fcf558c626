package briefbot.index;

import briefbot.corpus.Corpus;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The index of paragraphs that retrieval searches, the reader pages read and the digest scans: embedded (Lucene in
 * the data folder) or on SolrCloud; both are filled from the same analysis, so they rank alike.
 */
public interface ParagraphIndex extends AutoCloseable {

  /** A paragraph a search found: its id ({@code articleId#n}), score and language. */
  record Hit(String id, double score, String language) {}

  /** A term of one field, as analysis produced it. */
  record FieldTerm(String field, String term) {}

  /**
   * What a search may return, applied by the index itself: paragraphs of these sources (matched by
   * {@link IndexFields#sourceKey}), in these languages, dated from {@code since} (inclusive) to {@code until}
   * (exclusive) by their article's published date, else the time it was first seen, and of these articles. An
   * empty set or a null bound does not limit.
   */
  record Filter(Set<String> sources, Set<String> languages, Instant since, Instant until, Set<String> articleIds) {

    /** No limit at all. */
    public static final Filter NONE = new Filter(Set.of(), Set.of(), null, null, Set.of());

    public Filter {
      sources = sources.stream().map(IndexFields::sourceKey).filter(k -> !k.isEmpty())
          .collect(Collectors.toUnmodifiableSet());
      languages = Set.copyOf(languages);
      articleIds = Set.copyOf(articleIds);
    }

    public boolean none() {
      return sources.isEmpty() && languages.isEmpty() && since == null && until == null && articleIds.isEmpty();
    }

    /** The same filter limited to some articles as well. */
    public Filter onlyArticles(Set<String> ids) {
      return new Filter(sources, languages, since, until, ids);
    }
  }

  /** The id of a paragraph, what hits and vectors are keyed by. */
  static String paragraphId(String articleId, int paragraph) {
    return articleId + "#" + paragraph;
  }

  /** Brings the index in step with the corpus: new, changed and removed files only. */
  SyncReport sync(Corpus corpus, Consumer<String> progress);

  /** How the index analyses text: its fields' analysers, German and Dutch compounds split as it was opened to. */
  TextAnalysis analysis();

  /** The terms a text becomes in a field: what queries, highlights and matching compare, on every backend. */
  default List<String> terms(String field, String text) {
    return analysis().terms(field, text);
  }

  /** {@link #terms} less the canonical numbers and months of the neutral field ({@link Analyzers#wordTerms}). */
  default List<String> wordTerms(String field, String text) {
    return Analyzers.wordTerms(field, text);
  }

  /**
   * BM25: each clause is a dis-max (tie 0.1) over field terms, each term's score times its boost (field -> term ->
   * boost; a translation of an ambiguous word counts less than the word itself); clauses add up; best {@code n} first.
   */
  default List<Hit> bm25(List<Map<String, Map<String, Double>>> clauses, int n) {
    return bm25(clauses, n, Filter.NONE);
  }

  /** BM25 over the paragraphs the filter lets through. */
  List<Hit> bm25(List<Map<String, Map<String, Double>>> clauses, int n, Filter filter);

  /** The {@code n} paragraphs nearest to a unit vector, searching {@code candidates} in the graph. */
  default List<Hit> knn(float[] vector, int candidates, int n) {
    return knn(vector, candidates, n, Filter.NONE);
  }

  /** The nearest paragraphs among those the filter lets through (the graph search itself is filtered). */
  List<Hit> knn(float[] vector, int candidates, int n, Filter filter);

  /** The lexical and the dense ranking of one question, and how long each search took. */
  record Rankings(List<Hit> lexical, long lexicalNanos, List<Hit> dense, long denseNanos) {

    /** BM25, then kNN once the vector is there, each timed on its own. */
    public static Rankings inTurn(ParagraphIndex index, List<Map<String, Map<String, Double>>> clauses,
        Supplier<float[]> vector, int candidates, int n, Filter filter) {
      long start = System.nanoTime();
      List<Hit> lexical = index.bm25(clauses, n, filter);
      long lexicalNanos = System.nanoTime() - start;
      float[] v = vector.get();
      start = System.nanoTime();
      List<Hit> dense = v == null ? List.of() : index.knn(v, candidates, n, filter);
      return new Rankings(lexical, lexicalNanos, dense, System.nanoTime() - start);
    }
  }

  /**
   * {@link #bm25} and, when {@code vector} is not null, {@link #knn} under one filter, each keeping its best
   * {@code n}: an index on other machines runs the two at once, so that a question waits for one round trip, not two.
   */
  default Rankings bm25AndKnn(List<Map<String, Map<String, Double>>> clauses, float[] vector, int candidates, int n,
      Filter filter) {
    return Rankings.inTurn(this, clauses, () -> vector, candidates, n, filter);
  }

  /**
   * {@link #bm25AndKnn} with a vector that may still be in the making on another thread (null: no kNN): this default
   * waits for it and sends both searches at once; an index on this machine searches BM25 meanwhile.
   */
  default Rankings bm25ThenKnn(List<Map<String, Map<String, Double>>> clauses, Supplier<float[]> vector,
      int candidates, int n, Filter filter) {
    return bm25AndKnn(clauses, vector.get(), candidates, n, filter);
  }

  /** How many paragraphs each field term occurs in (0 for none). */
  Map<FieldTerm, Integer> docFreqs(Collection<FieldTerm> terms);

  /**
   * The index's word spelled most like {@code word} (a letter or two apart, the most used of equals), as its paragraphs
   * write it, for a question's word the index does not hold; empty where it holds it as written, or holds nothing
   * close. SolrCloud's index offers none.
   */
  default Optional<String> spelledLike(String word) {
    return Optional.empty();
  }

  /**
   * Whether the corpus holds a word spelled as near a word it does not hold as {@link #spelledLike} reads, whether or
   * not a dictionary lists the word ("Shawn" for "Shaun"); false where the index cannot tell.
   */
  default boolean holdsNearSpelling(String word) {
    return false;
  }

  /** The number of documents term statistics are relative to (paragraphs and article records). */
  int documentCount();

  /** The stored paragraphs with these ids, in the order asked; unknown ids are left out. */
  List<StoredParagraph> paragraphs(List<String> ids);

  /**
   * Forgets the paragraphs this index keeps after reading them (SolrCloud keeps fetched ones), so that the next
   * {@link #paragraphs} reads them again: the bench, so that every backend reads each measured question's passages.
   */
  default void forgetRead() {}

  /** The paragraphs' unit vectors by paragraph id; empty when the index was built without embeddings. */
  Map<String, float[]> vectors(Collection<String> articleIds);

  /** The languages the indexed paragraphs are in. */
  Set<String> paragraphLanguages();

  Optional<IndexedArticle> article(String id);

  /** Articles first seen at or after {@code since}, oldest first. */
  List<IndexedArticle> articlesSeenSince(Instant since);

  /** A page of the articles, the most recently first seen first: what the list of articles shows. */
  List<ArticleSummary> newest(int offset, int limit);

  int paragraphCount();

  int articleCount();

  /** Whether a search over the index succeeds now (for health checks). */
  boolean searchable();

  /**
   * Reads the whole index to check it against its checksums (serve does every few hours): false, and the index no
   * longer {@link #searchable()}, when a file was damaged since it was opened. True where the store checks itself.
   */
  default boolean intact() {
    return true;
  }

  /** Bytes on this machine's disk, or -1 when the index lives elsewhere. */
  long sizeOnDisk();

  boolean readOnly();

  /**
   * How many corpus files (new, changed or removed) the index does not reflect yet: after a sync, only a read-only
   * index (another process writes it) can be behind. 0 where that cannot be told.
   */
  default int behind(Corpus corpus) {
    return 0;
  }

  @Override
  void close();
}
