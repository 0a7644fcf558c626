package briefbot.index.lucene;

import briefbot.config.ConfigException;
import briefbot.corpus.Corpus;
import briefbot.corpus.Paragraph;
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
import org.apache.lucene.codecs.lucene104.Lucene104Codec;
import org.apache.lucene.codecs.lucene104.Lucene104HnswScalarQuantizedVectorsFormat;
import org.apache.lucene.codecs.lucene99.Lucene99HnswVectorsFormat;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.store.MMapDirectory;
import org.apache.lucene.store.NIOFSDirectory;
import org.apache.lucene.util.IOUtils;
import org.apache.lucene.util.quantization.QuantizedByteVectorValues.ScalarEncoding;
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
  /**
   * Memory the writer fills before it writes a segment (Lucene's default is 16 MB): a bulk build then writes fewer,
   * larger segments and merges them less often. Only a pass with that much unwritten text holds it.
   */
  private static final double RAM_BUFFER_MB = 64;

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
        keep = keep(path, directory, IndexFields.modelName(embeddings), otherModelRebuilds, analysis);
      } catch (RuntimeException e) {
        directory.close();
        throw e;
      }
      if (!keep) {
        wipe(path);
      }
      IndexWriter writer = writer(directory, embeddings, floatVectorsBelow, analysis);
      if (writer != null) {
        return new LuceneIndex(path, directory, writer, DenseNorms.searchers(DirectoryReader.open(writer)), embeddings,
            clock, floatVectorsBelow, analysis);
      }
      LOG.warn("index {} is being written by another briefbot process; answering from its commits until it stops",
          path);
      return new LuceneIndex(path, directory, null, DenseNorms.searchers(DirectoryReader.open(directory)), embeddings,
          clock, floatVectorsBelow, analysis);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the index at " + path + ": " + e.getMessage(), e);
    }
  }

  /**
   * Whether the index on disk can be kept, read through one reader (its commit names the schema and the model,
   * its files' checksums show damage): false when it cannot be read, was built by another model, or is damaged, and
   * it is then rebuilt from the corpus. An index another process writes is kept unchecked. An index of another schema
   * is refused with one line naming {@code briefbot index --rebuild} (unless {@code otherModelRebuilds}, as that
   * rebuild's own fresh index is opened), and so is a model change where either model is an embedding service's (a
   * service's vectors are paid for and cannot be compared with another model's: no silent rebuild either way).
   */
  private static boolean keep(Path path, Directory directory, String model, boolean otherModelRebuilds,
      TextAnalysis analysis) throws IOException {
    if (!DirectoryReader.indexExists(directory)) {
      return true;
    }
    try (DirectoryReader reader = DirectoryReader.open(directory)) {
      Map<String, String> data = reader.getIndexCommit().getUserData();
      String recorded = data.get("embeddings");
      String schema = data.get("schema");
      boolean sameSchema = IndexFields.SCHEMA.equals(schema);
      if (!sameSchema && !otherModelRebuilds) {
        // never rebuilt by surprise: at a million paragraphs re-embedding takes hours, and a process that silently
        // kept the old index would search without what the new schema adds
        throw new ConfigException("the index in " + path + " was written with schema "
            + (schema == null ? "?" : schema) + ", this Briefbot writes schema " + IndexFields.SCHEMA + " ("
            + IndexFields.schemaChange(schema) + "); run 'briefbot index --rebuild' to index the corpus again (the old index is kept until the new one "
            + "is complete)");
      }
      if (sameSchema && recorded != null && !recorded.equals(model) && !otherModelRebuilds
          && (recorded.contains(":") || model.contains(":"))) {
        throw new ConfigException("the index in " + path + " holds vectors of " + recorded + ", not of "
            + model + " as the embedding settings now give; set them back, or run 'briefbot index --rebuild' to "
            + "index the corpus again with the new model (the old index serves until the new one is complete)");
      }
      if (lockedByAnother(directory)) {
        return true;
      }
      String lists = data.getOrDefault("wordLists", "none");
      if (sameSchema && !lists.equals(analysis.wordListsRecorded())) {
        // parts the index holds, or lacks, are still searched: compounds only match their parts less often
        LOG.warn("index {} split compounds against the word lists {}, now {}: 'briefbot index --rebuild' splits them "
            + "as questions are", path, lists, analysis.wordListsRecorded());
      }
      if (!sameSchema || !model.equals(recorded)) {
        LOG.warn("index {} was built by another embedding model or schema; rebuilding it from the corpus", path);
        return false;
      }
      return checksumsMatch(path, reader);
    } catch (IndexNotFoundException e) {
      return true;
    } catch (ConfigException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      if (lockedByAnother(directory)) {
        return true;
      }
      LOG.warn("index {} is damaged and cannot be opened ({}); rebuilding it from the corpus", path, brief(e));
      return false;
    }
  }

  /** Whether another process holds the write lock now (checked without keeping it). */
  private static boolean lockedByAnother(Directory directory) throws IOException {
    try (Lock lock = directory.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
      return false;
    } catch (LockObtainFailedException e) {
      return true;
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

  /** Plain float vectors, searched as they are. */
  private static final KnnVectorsFormat FLOATS = new Lucene99HnswVectorsFormat(16, 100);

  /**
   * Vectors searched as Lucene's int7 scalar-quantized copies (1 byte a dimension), the float ones kept beside them
   * for merges and for scoring kNN's candidates exactly ({@link #directory}): a million paragraphs' float vectors are
   * 1.5 GB that kNN would otherwise keep in memory. The same graph (M 16, beam 100) as {@link #FLOATS}.
   */
  private static final KnnVectorsFormat INT7 =
      new Lucene104HnswScalarQuantizedVectorsFormat(ScalarEncoding.SEVEN_BIT, 16, 100);

  /**
   * The format a segment's paragraph vectors are written in when the index holds {@code documents}: floats below
   * {@link #FLOAT_VECTORS_BELOW}, int7 from it on. Public for the bench, whose vectors-only indexes of a size are
   * written in the format an index of that size settles in.
   */
  public static KnnVectorsFormat vectorsFormat(long documents) {
    return vectorsFormat(documents, FLOAT_VECTORS_BELOW);
  }

  static KnnVectorsFormat vectorsFormat(long documents, long floatVectorsBelow) {
    return documents < floatVectorsBelow ? FLOATS : INT7;
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
   * The writer's codec: Lucene's, with the paragraph vectors' format chosen for each segment when it is begun (a
   * flush's first document, or a merge) by how many documents the index then holds
   * ({@link IndexWriter#getPendingNumDocs}, read without a lock). An index that grows past the size writes int7 from
   * then on and its merges turn the float segments into int7 ones; every segment records its own format, so an index
   * of either or both opens as it is.
   */
  static final class SizedVectors extends Lucene104Codec {
    private final long floatVectorsBelow;
    private volatile IndexWriter writer;

    SizedVectors(long floatVectorsBelow) {
      this.floatVectorsBelow = floatVectorsBelow;
    }

    /** The writer whose documents count; until it is given, the index counts as empty. */
    void of(IndexWriter writer) {
      this.writer = writer;
    }

    @Override
    public KnnVectorsFormat getKnnVectorsFormatForField(String field) {
      if (!IndexFields.VECTOR.equals(field)) {
        return super.getKnnVectorsFormatForField(field);
      }
      IndexWriter w = writer;
      return vectorsFormat(w == null ? 0 : w.getPendingNumDocs(), floatVectorsBelow);
    }
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

  /** The extension of the files that hold the float vectors, beside the int7 copies and the graph. */
  static final String FLOAT_VECTORS = "vec";

  /** Whether {@code file} holds the float vectors of an int7 segment, read only to score kNN's candidates. */
  static boolean rescoredVectors(String file) {
    return file.endsWith("." + FLOAT_VECTORS) && file.contains(Lucene104HnswScalarQuantizedVectorsFormat.NAME);
  }

  /**
   * How the float vectors are opened for positional reads: NIOFSDirectory's buffer is 1 KB, so a 1,536-byte vector took
   * two reads of the file; its one larger size (4 KB) is the one it gives a merge's context, which changes nothing else
   * for it. Rescoring CPU at 100k -13 % (docs/benchmarks.md).
   */
  static final IOContext WHOLE_VECTORS = IOContext.merge();

  /** A memory-mapped folder whose {@link #rescoredVectors} files are opened for positional reads instead. */
  private static final class RescoredVectorsRead extends FilterDirectory {
    private final Directory reads;

    RescoredVectorsRead(Path path) throws IOException {
      super(new MMapDirectory(path));
      this.reads = new NIOFSDirectory(path);
    }

    @Override
    public IndexInput openInput(String name, IOContext context) throws IOException {
      return rescoredVectors(name) ? reads.openInput(name, WHOLE_VECTORS) : in.openInput(name, context);
    }

    @Override
    public void close() throws IOException {
      IOUtils.close(reads, in);
    }
  }

  /** The writer, or null when another process holds the write lock. */
  private static IndexWriter writer(Directory directory, EmbeddingModel embeddings, long floatVectorsBelow,
      TextAnalysis analysis) throws IOException {
    // Stacked terms (a name's spelling key, a number's canonical form) count in a paragraph's length as they do on
    // SolrCloud, which receives the analysed terms one after another: both backends then rank alike.
    SizedVectors codec = new SizedVectors(floatVectorsBelow);
    IndexWriterConfig config = new IndexWriterConfig(analysis.perField())
        .setSimilarity(new BM25Similarity(1.2f, 0.75f, false))
        .setCodec(codec)
        .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
        .setCommitOnClose(false)
        .setRAMBufferSizeMB(RAM_BUFFER_MB);
    withoutCompoundFiles(config);
    try {
      IndexWriter writer = new IndexWriter(directory, config);
      codec.of(writer);
      if (!DirectoryReader.indexExists(directory)) {
        writer.setLiveCommitData(Map.of("schema", IndexFields.SCHEMA, "embeddings", IndexFields.modelName(embeddings),
            "wordLists", analysis.wordListsRecorded())
            .entrySet());
        writer.commit();
      }
      return writer;
    } catch (LockObtainFailedException e) {
      return null;
    }
  }

  /** A read-only index takes the write lock when the process that held it has stopped; true when this one writes. */
  private synchronized boolean takeOver() {
    if (writer != null) {
      return true;
    }
    try {
      IndexWriter taken = writer(directory, embeddings, floatVectorsBelow, analysis);
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

  /**
   * Opening checked the commit and each segment's header; bytes damaged inside a data file are found only by its
   * checksum, which Lucene reads at merge time, never at search time. So every file's checksum is read at open
   * (one sequential read of the index), and a damaged segment is never searched.
   */
  private static boolean checksumsMatch(Path path, DirectoryReader reader) {
    String broken = damage(path, reader.leaves());
    if (broken != null) {
      LOG.warn("index {} is damaged: {}; rebuilding it from the corpus", path, broken);
      return false;
    }
    return true;
  }

  /** Lucene's message, cut short: it names the file and the expected and actual checksums. */
  private static String brief(Exception e) {
    String message = e.getMessage() == null ? "unreadable" : e.getMessage().strip();
    return message.length() <= 300 ? message : message.substring(0, 300) + "…";
  }

  private static void wipe(Path path) throws IOException {
    try (Stream<Path> files = Files.walk(path)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        if (!p.equals(path)) {
          Files.delete(p);
        }
      }
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
    return search(searcher -> LuceneQueries.newest(searcher, offset, limit));
  }

  @Override
  public Map<FieldTerm, Integer> docFreqs(Collection<FieldTerm> terms) {
    return search(searcher -> LuceneQueries.docFreqs(searcher, termStates, terms));
  }

  @Override
  public int documentCount() {
    return search(searcher -> searcher.getIndexReader().numDocs());
  }

  @Override
  public List<StoredParagraph> paragraphs(List<String> ids) {
    return search(searcher -> LuceneQueries.paragraphs(searcher, ids));
  }

  @Override
  public Map<String, float[]> vectors(Collection<String> articleIds) {
    return search(searcher -> LuceneQueries.vectors(searcher, articleIds));
  }

  @Override
  public Set<String> paragraphLanguages() {
    return search(LuceneQueries::paragraphLanguages);
  }

  @Override
  public Optional<IndexedArticle> article(String id) {
    return search(searcher -> {
      ScoreDoc[] metas = searcher.search(articleQuery(id, IndexFields.KIND_ARTICLE), 1).scoreDocs;
      if (metas.length == 0) {
        return Optional.empty();
      }
      Document meta = searcher.storedFields().document(metas[0].doc);
      ScoreDoc[] hits = searcher.search(articleQuery(id, IndexFields.KIND_PARAGRAPH), 100_000).scoreDocs;
      List<Paragraph> paragraphs = new ArrayList<>();
      for (ScoreDoc hit : hits) {
        paragraphs.add(Documents.paragraph(searcher.storedFields().document(hit.doc)));
      }
      paragraphs.sort(Comparator.comparingInt(Paragraph::number));
      return Optional.of(new IndexedArticle(Documents.article(meta, paragraphs), Documents.firstSeen(meta)));
    });
  }

  /** Articles first seen at or after {@code since}, oldest first. */
  @Override
  public List<IndexedArticle> articlesSeenSince(Instant since) {
    List<String> ids = search(searcher -> {
      Query query = new BooleanQuery.Builder()
          .add(new TermQuery(new Term(IndexFields.KIND, IndexFields.KIND_ARTICLE)), Occur.FILTER)
          .add(LongPoint.newRangeQuery(IndexFields.FIRST_SEEN, since.toEpochMilli(), Long.MAX_VALUE), Occur.FILTER)
          .build();
      List<String> found = new ArrayList<>();
      for (ScoreDoc hit : searcher.search(query, 100_000).scoreDocs) {
        found.add(searcher.storedFields().document(hit.doc).get(IndexFields.ARTICLE_ID));
      }
      return found;
    });
    return ids.stream().map(this::article).flatMap(Optional::stream)
        .sorted(Comparator.comparing(IndexedArticle::firstSeen)).toList();
  }

  static Query articleQuery(String id, String kind) {
    return new BooleanQuery.Builder()
        .add(new TermQuery(new Term(IndexFields.KIND, kind)), Occur.FILTER)
        .add(new TermQuery(new Term(IndexFields.ARTICLE_ID, id)), Occur.FILTER)
        .build();
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
    return search(searcher -> searcher.count(new TermQuery(new Term(IndexFields.KIND, IndexFields.KIND_ARTICLE))));
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
    String broken = search(searcher -> damage(searcher.getIndexReader().leaves()));
    if (broken != null) {
      damaged = true;
      LOG.warn("index {} is damaged: {}; it is rebuilt from the corpus when Briefbot starts again", path, broken);
    }
    return broken == null;
  }

  /**
   * What failed the checksums of the segments' files in {@code path} ("checksum failed in 1 of 3 segments (…)"), or
   * null when every file matches: each file of each segment read once straight from disk ({@link FileChecksums}),
   * the same check as Lucene's own at a third of its CPU, which a cold start pays on its main thread.
   */
  private static String damage(Path path, List<LeafReaderContext> leaves) {
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
  private static String damage(List<LeafReaderContext> leaves) {
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
