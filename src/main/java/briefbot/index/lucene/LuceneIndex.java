package briefbot.index.lucene;

import briefbot.config.ConfigException;
import briefbot.corpus.Corpus;
import briefbot.index.ArticleSummary;
import briefbot.index.IndexFields;
import briefbot.index.IndexSync;
import briefbot.index.IndexedArticle;
import briefbot.index.ParagraphIndex;
import briefbot.index.StoredParagraph;
import briefbot.index.SyncReport;
import briefbot.index.TextAnalysis;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.lucene.codecs.KnnVectorsFormat;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The embedded index: Lucene in the data folder, for one process on one machine. */
public final class LuceneIndex implements ParagraphIndex {

  /** A search over the current snapshot of the index. */
  @FunctionalInterface
  public interface Search<T> {
    T run(IndexSearcher searcher) throws IOException;
  }

  private static final Logger LOG = LoggerFactory.getLogger(LuceneIndex.class);

  private final Path path;
  private final Directory directory;
  private final EmbeddingModel embeddings;
  private final Clock clock;
  /** {@link #FLOAT_VECTORS_BELOW}, or a test's smaller size. */
  private final long floatVectorsBelow;
  /** How text is analysed, compounds split against the word lists the index was opened with. */
  private final TextAnalysis analysis;
  /** Null while another process holds the write lock: this one then answers from that process's commits. */
  private volatile IndexWriter writer;
  private volatile SearcherManager searchers;
  private volatile IndexSync sync;
  /** The read-only searchers a take-over replaced: searches may still hold them, so they are closed with the index. */
  private final List<SearcherManager> replaced = new ArrayList<>();
  private final SharedTermStates termStates = new SharedTermStates();
  /** Set when a check found a damaged file while serving: health then fails, and the next start rebuilds. */
  private volatile boolean damaged;
  /**
   * The articles of the snapshot last counted: every answer asks first whether there are any, and counting them walks
   * a posting list once the index holds deletions. Keyed by the snapshot's cache key, which holds no reader.
   */
  private volatile Counted articles = new Counted(null, 0);

  private record Counted(IndexReader.CacheKey snapshot, int count) {}

  private LuceneIndex(Path path, Directory directory, IndexWriter writer, SearcherManager searchers,
      EmbeddingModel embeddings, Clock clock, long floatVectorsBelow, TextAnalysis analysis) {
    this.path = path;
    this.analysis = analysis;
    this.floatVectorsBelow = floatVectorsBelow;
    this.directory = directory;
    this.embeddings = embeddings;
    this.clock = clock;
    this.writer = writer;
    this.searchers = searchers;
    this.sync = writer == null ? null : newSync(writer, searchers);
  }

  private IndexSync newSync(IndexWriter writer, SearcherManager searchers) {
    return new IndexSync(new LuceneWrites(writer, searchers, IndexFields.modelName(embeddings), analysis), embeddings,
        clock);
  }

  /**
   * Opens the index under {@code dataDir/index}. The process that gets the write lock first verifies the index and
   * rebuilds it from the corpus when it is damaged or was built by another embedding model in the process, and
   * refuses one of another schema ({@code briefbot index --rebuild} builds it again); a process
   * that finds the lock taken answers from the writer's commits and takes over when the writer stops.
   */
  public static LuceneIndex open(Path dataDir, EmbeddingModel embeddings, Clock clock) {
    return open(dataDir, embeddings, clock, false, TextAnalysis.byDefault());
  }

  /**
   * Opens the index like {@link #open(Path, EmbeddingModel, Clock)}; an index whose embedding model differs, when
   * either is an embedding service's, is refused with a {@link ConfigException} unless {@code otherModelRebuilds}
   * (its vectors cannot be compared with the new model's, and re-embedding through a paid service should not happen
   * by surprise); a change between models in the process rebuilds it, as before.
   */
  public static LuceneIndex open(Path dataDir, EmbeddingModel embeddings, Clock clock, boolean otherModelRebuilds,
      TextAnalysis analysis) {
    return open(dataDir, embeddings, clock, otherModelRebuilds, FLOAT_VECTORS_BELOW, analysis);
  }

  /** Opens the index as {@link #open(Path, EmbeddingModel, Clock)} does, writing float vectors below another size. */
  static LuceneIndex open(Path dataDir, EmbeddingModel embeddings, Clock clock, long floatVectorsBelow) {
    return open(dataDir, embeddings, clock, false, floatVectorsBelow, TextAnalysis.byDefault());
  }

  private static LuceneIndex open(Path dataDir, EmbeddingModel embeddings, Clock clock, boolean otherModelRebuilds,
      long floatVectorsBelow, TextAnalysis analysis) {
    Path path = dataDir.resolve("index");
    try {
      Files.createDirectories(path);
      Directory directory = directory(path);
      boolean keep;
      try {
        keep = OpeningChecks.keep(path, directory, IndexFields.modelName(embeddings), otherModelRebuilds, analysis);
      } catch (RuntimeException e) {
        directory.close();
        throw e;
      }
      if (!keep) {
        OpeningChecks.wipe(path);
      }
      IndexWriter writer = Writers.open(directory, embeddings, floatVectorsBelow, analysis);
      if (writer != null) {
        return new LuceneIndex(path, directory, writer, DenseNorms.searchers(DirectoryReader.open(writer)), embeddings,
            clock, floatVectorsBelow, analysis);
      }
      // not a warning: a sync says so as one (a command's "warning: index is read-only …", serve's log), and a second
      // line in log format beside it told a user the same thing twice
      LOG.info("index {} is being written by another briefbot process; answering from its commits until it stops",
          path);
      return new LuceneIndex(path, directory, null, DenseNorms.searchers(DirectoryReader.open(directory)), embeddings,
          clock, floatVectorsBelow, analysis);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the index at " + path + ": " + e.getMessage(), e);
    }
  }

  /**
   * How many documents (paragraphs, and one per article) an index holds before its paragraph vectors are written as
   * int7 copies: below it they are plain floats. A float segment's graph walk reads the float vectors themselves,
   * mapped, at about half the CPU of int7's walk and rescoring (kNN was ~46 % of a hybrid question's CPU at 100k), but
   * every float vector then stays in memory (1.5 KB a paragraph; int7 keeps 0.4 KB mapped and reads the floats of its
   * 100 candidates from the file). Below 200,000 documents floats cost at most ~0.2 GB more than int7 (the serving
   * resident at 100,000 paragraphs is within its 700 MB either way); a larger index keeps float vectors only in
   * segments written before it reached the size and not merged since (docs/benchmarks.md).
   */
  public static final long FLOAT_VECTORS_BELOW = 200_000;

  /**
   * The format a segment's paragraph vectors are written in when the index holds {@code documents}: floats below
   * {@link #FLOAT_VECTORS_BELOW}, int7 from it on. Public for the bench, whose vectors-only indexes of a size are
   * written in the format an index of that size settles in.
   */
  public static KnnVectorsFormat vectorsFormat(long documents) {
    return SizedVectors.vectorsFormat(documents, FLOAT_VECTORS_BELOW);
  }

  /**
   * How many candidates kNN asks the graphs of an index of {@code documents} for when retrieval asks for
   * {@code asked}: half as many again below {@link #FLOAT_VECTORS_BELOW}, whose float graphs walk at about half int7's
   * CPU a candidate, so that recall@10 is at least int7's at 100 (100k bench index: 0.813 at 150 against int7's 0.799
   * at 100, for 1.4-1.8 against 2.4-3.2 ms kNN CPU; docs/benchmarks.md). Public for the bench, which asks as retrieval does.
   */
  public static int graphCandidates(int asked, long documents) {
    return documents < FLOAT_VECTORS_BELOW ? asked + asked / 2 : asked;
  }

  /**
   * Whether a writer writes compound files: never ({@link #directory}: a segment's float vectors inside a .cfs would
   * be mapped with the rest of it); public for the bench, whose vectors-only indexes are written alike.
   */
  public static IndexWriterConfig withoutCompoundFiles(IndexWriterConfig config) {
    config.setUseCompoundFile(false);
    config.getMergePolicy().setNoCFSRatio(0);
    return config;
  }

  /**
   * The index folder, memory-mapped but for the float vectors kept beside int7 copies ({@code .vec}), which are read
   * with positional reads. kNN walks the int7 copies and then reads the float vectors of its 100 candidates at random
   * places; the kernel maps up to 64 KB of cached pages around each such read into the process (fault-around, which
   * Lucene's read advice, {@code ReadAdvice.RANDOM}, does not turn off), so a mapped float file became resident as
   * questions came: at 100k paragraphs 88 of its 150 MB after 21 questions, all of it after 300 (docs/benchmarks.md).
   * A float segment's vectors (an index written before int7) are what its graph walk reads, so they stay mapped.
   * Public for the bench, whose vectors-only indexes are read as the paragraphs' are.
   */
  public static Directory directory(Path path) throws IOException {
    return new RescoredVectorsRead(path);
  }

  /** A read-only index takes the write lock when the process that held it has stopped; true when this one writes. */
  private synchronized boolean takeOver() {
    if (writer != null) {
      return true;
    }
    try {
      IndexWriter taken = Writers.open(directory, embeddings, floatVectorsBelow, analysis);
      if (taken == null) {
        return false;
      }
      SearcherManager mine = DenseNorms.searchers(DirectoryReader.open(taken));
      replaced.add(searchers);
      searchers = mine;
      sync = newSync(taken, mine);
      writer = taken;
      LOG.warn("index {}: the process that wrote it has stopped; this one writes it now", path);
      return true;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot take over writing the index at " + path + ": " + e.getMessage(), e);
    }
  }

  /** Brings the index in step with the corpus: new, changed and removed files only, in one commit. */
  @Override
  public SyncReport sync(Corpus corpus, Consumer<String> progress) {
    if (!takeOver()) {
      int behind = behind(corpus);
      return new SyncReport(0, 0, 0, 0, 0, List.of("index is read-only: another briefbot process is writing it"
          + (behind == 0 ? "" : "; " + behind + " corpus files are not in its last commit yet")));
    }
    return sync.run(corpus, progress);
  }

  @Override
  public int behind(Corpus corpus) {
    try {
      SearcherManager current = searchers;
      current.maybeRefreshBlocking();
      return IndexSync.behind(corpus, LuceneWrites.known(current));
    } catch (IOException e) {
      throw new UncheckedIOException("index search failed: " + e.getMessage(), e);
    }
  }

  public <T> T search(Search<T> search) {
    try {
      searchers.maybeRefresh();
      IndexSearcher searcher = searchers.acquire();
      try {
        return search.run(searcher);
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("index search failed: " + e.getMessage(), e);
    }
  }

  @Override
  public List<Hit> bm25(List<Map<String, Map<String, Double>>> clauses, int n, Filter filter) {
    return search(searcher -> LuceneQueries.bm25(searcher, termStates, clauses, n, filter));
  }

  /** BM25 first: the question's vector is made on another core meanwhile, and only the kNN waits for it. */
  @Override
  public Rankings bm25ThenKnn(List<Map<String, Map<String, Double>>> clauses, Supplier<float[]> vector,
      int candidates, int n, Filter filter) {
    return Rankings.inTurn(this, clauses, vector, candidates, n, filter);
  }

  @Override
  public List<Hit> knn(float[] vector, int candidates, int n, Filter filter) {
    return search(searcher -> LuceneQueries.knn(searcher, vector, candidates, n, filter));
  }

  @Override
  public List<ArticleSummary> newest(int offset, int limit) {
    return search(searcher -> LuceneReads.newest(searcher, offset, limit));
  }

  @Override
  public Map<FieldTerm, Integer> docFreqs(Collection<FieldTerm> terms) {
    return search(searcher -> LuceneQueries.docFreqs(searcher, termStates, terms));
  }

  @Override
  public Optional<String> spelledLike(String word) {
    if (heldInAnyForm(word)) { // "profiles" where the corpus writes "profile" is found by its stem
      return Optional.empty();
    }
    Optional<String> near = search(searcher -> NearestWord.of(searcher, word));
    // a word a dictionary lists is no typo; asked last, so that a word without a near one reads no dictionary
    return near.isPresent() && analysis().knows(word) ? Optional.empty() : near;
  }

  @Override
  public boolean holdsNearSpelling(String word) {
    return search(searcher -> NearestWord.term(searcher, word)).isPresent();
  }

  /** Whether a paragraph holds the word in a form its language's stemmer joins with it. */
  private boolean heldInAnyForm(String word) {
    List<FieldTerm> forms = new ArrayList<>();
    for (String language : paragraphLanguages()) {
      String field = IndexFields.body(language);
      terms(field, word).forEach(term -> forms.add(new FieldTerm(field, term)));
    }
    return docFreqs(forms).values().stream().anyMatch(n -> n > 0);
  }

  @Override
  public int documentCount() {
    return search(searcher -> searcher.getIndexReader().numDocs());
  }

  @Override
  public List<StoredParagraph> paragraphs(List<String> ids) {
    return search(searcher -> LuceneReads.paragraphs(searcher, ids));
  }

  @Override
  public Map<String, float[]> vectors(Collection<String> articleIds) {
    return search(searcher -> LuceneReads.vectors(searcher, articleIds));
  }

  @Override
  public Set<String> paragraphLanguages() {
    return search(LuceneReads::paragraphLanguages);
  }

  @Override
  public Optional<IndexedArticle> article(String id) {
    return search(searcher -> LuceneReads.article(searcher, id));
  }

  /** Articles first seen at or after {@code since}, oldest first. */
  @Override
  public List<IndexedArticle> articlesSeenSince(Instant since) {
    List<String> ids = search(searcher -> LuceneReads.seenSince(searcher, since));
    return ids.stream().map(this::article).flatMap(Optional::stream)
        .sorted(Comparator.comparing(IndexedArticle::firstSeen)).toList();
  }

  @Override
  public int paragraphCount() {
    return search(searcher -> searcher.count(new TermQuery(new Term(IndexFields.KIND, IndexFields.KIND_PARAGRAPH))));
  }

  @Override
  public TextAnalysis analysis() {
    return analysis;
  }

  @Override
  public int articleCount() {
    return search(searcher -> {
      IndexReader.CacheHelper snapshot = searcher.getIndexReader().getReaderCacheHelper();
      Counted known = articles;
      if (snapshot != null && known.snapshot() == snapshot.getKey()) {
        return known.count();
      }
      int count = searcher.count(new TermQuery(new Term(IndexFields.KIND, IndexFields.KIND_ARTICLE)));
      if (snapshot != null) {
        articles = new Counted(snapshot.getKey(), count);
      }
      return count;
    });
  }

  /** Whether a search over the index succeeds now (for health checks). */
  @Override
  public boolean searchable() {
    if (damaged) {
      return false;
    }
    try {
      search(searcher -> searcher.count(new MatchAllDocsQuery()));
      return true;
    } catch (RuntimeException e) {
      return false;
    }
  }

  @Override
  public boolean intact() {
    if (damaged) {
      return false;
    }
    String broken = search(searcher -> SegmentDamage.damage(searcher.getIndexReader().leaves()));
    if (broken != null) {
      damaged = true;
      LOG.warn("index {} is damaged: {}; it is rebuilt from the corpus when Briefbot starts again", path, broken);
    }
    return broken == null;
  }

  @Override
  public long sizeOnDisk() {
    try (Stream<Path> files = Files.list(path)) {
      return files.mapToLong(p -> p.toFile().length()).sum();
    } catch (IOException e) {
      return -1;
    }
  }

  @Override
  public boolean readOnly() {
    return writer == null;
  }

  @Override
  public synchronized void close() {
    try {
      for (SearcherManager old : replaced) {
        old.close();
      }
      searchers.close();
      if (writer != null) {
        writer.close();
      }
      directory.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close the index at " + path, e);
    }
  }
}
