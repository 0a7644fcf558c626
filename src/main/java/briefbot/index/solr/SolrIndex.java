package briefbot.index.solr;

import briefbot.concurrent.Awaited;
import briefbot.config.ConfigException;
import briefbot.config.SolrSettings;
import briefbot.corpus.Corpus;
import briefbot.index.ArticleSummary;
import briefbot.index.IndexFields;
import briefbot.index.IndexSync;
import briefbot.index.IndexedArticle;
import briefbot.index.ParagraphIndex;
import briefbot.index.StoredParagraph;
import briefbot.index.SyncReport;
import briefbot.index.TextAnalysis;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.request.QueryRequest;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.common.util.NamedList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The index on SolrCloud, shared by every Briefbot instance: the same documents and the same queries as the
 * embedded one, with BM25 and kNN run by Solr and fused by retrieval as always.
 */
public final class SolrIndex implements ParagraphIndex {

  /** Paragraphs fetched lately, so that a passage chosen again (the same question, the next stage) is not. */
  private static final int FOUND = 2_048;
  /** Paragraphs whose newest version a search saw lately (two rankings' hits for many questions). */
  private static final int SEEN = 32_768;
  /**
   * How often at most a question sends a check of the collection's state (not waited for). A write by another
   * instance is seen within about this long: a question in between is scored with the statistics of before it.
   */
  static final Duration STATE_EVERY = Duration.ofSeconds(1);
  private static final Logger LOG = LoggerFactory.getLogger(SolrIndex.class);

  private final CloudSolrClient client;
  private final String collection;
  private final EmbeddingModel embeddings;
  /** How paragraphs' text is analysed before it is sent, and a question's compounds split. */
  private final TextAnalysis analysis;
  private final Clock clock;
  private final SolrReads reads;
  private final SolrArticles articles;
  private final ReplicaVersions versions;
  private final TermStatistics statistics = new TermStatistics();
  /** Where a question's kNN search runs beside its BM25 search (blocking HTTP: a virtual thread each). */
  private final ExecutorService searches = Executors.newVirtualThreadPerTaskExecutor();
  private final Cache<String, Found> found = Caffeine.newBuilder().maximumSize(FOUND).build();
  /**
   * The newest version of each paragraph that a search found (hits bring their version from doc values, no stored
   * field): a kept paragraph serves a question only at that version, so a passage is never older than the hit that
   * chose it, whenever the collection's state is checked.
   */
  private final Cache<String, Long> seen = Caffeine.newBuilder().maximumSize(SEEN).build();
  private volatile Duration stateEvery = STATE_EVERY;
  /** The last state check sent off a question's path. */
  private volatile Future<?> checking;
  /** How long a pass's end waits at most for the followers to search their leaders' index. */
  private volatile Duration catchUp = ReplicaVersions.CATCH_UP;

  private SolrIndex(CloudSolrClient client, String collection, EmbeddingModel embeddings, Clock clock,
      TextAnalysis analysis) {
    this.client = client;
    this.analysis = analysis;
    this.collection = collection;
    this.embeddings = embeddings;
    this.clock = clock;
    this.reads = new SolrReads(client, collection);
    this.articles = new SolrArticles(reads);
    this.versions = new ReplicaVersions(client, collection);
  }

  /**
   * Connects as {@link #open(SolrSettings, EmbeddingModel, Clock, TextAnalysis)} does, with the word lists and
   * Hunspell dictionaries in the folders the settings name by default ({@link TextAnalysis#byDefault}: tests, bench).
   */
  public static SolrIndex open(SolrSettings settings, EmbeddingModel embeddings, Clock clock) {
    return open(settings, embeddings, clock, TextAnalysis.byDefault());
  }

  /**
   * Connects, creating the collection (and its configset) when the cluster does not have it yet; paragraphs are
   * analysed by {@code analysis} before they are sent.
   */
  public static SolrIndex open(SolrSettings settings, EmbeddingModel embeddings, Clock clock, TextAnalysis analysis) {
    CloudSolrClient client = settings.client();
    try {
      SolrCollection.ensure(client, settings, IndexFields.modelName(embeddings),
          embeddings == null ? 384 : embeddings.dimension());
      return new SolrIndex(client, settings.collection(), embeddings, clock, analysis);
    } catch (ConfigException e) {
      close(client);
      throw e;
    } catch (IOException | SolrServerException | RuntimeException e) {
      close(client);
      throw new IllegalStateException("cannot open Solr collection " + settings.collection() + " at "
          + String.join(",", settings.urls()) + ": " + e.getMessage(), e);
    }
  }

  @Override
  public TextAnalysis analysis() {
    return analysis;
  }

  /** One pass at a time per process (the lease keeps other instances out); each pass has its own batches. */
  @Override
  public synchronized SyncReport sync(Corpus corpus, Consumer<String> progress) {
    try (SolrWrites writes = new SolrWrites(client, collection, versions, catchUp, analysis)) {
      return new IndexSync(writes, embeddings, clock).run(corpus, progress);
    } finally {
      forget();
    }
  }

  @Override
  public List<Hit> bm25(List<Map<String, Map<String, Double>>> clauses, int n, Filter filter) {
    ModifiableSolrParams params = SolrQueries.filtered(SolrQueries.bm25(clauses, n), filter);
    return params == null ? List.of() : search(params);
  }

  @Override
  public List<Hit> knn(float[] vector, int candidates, int n, Filter filter) {
    return search(SolrQueries.filtered(SolrQueries.knn(vector, candidates, n), filter));
  }

  /** The kNN search on a thread of its own while BM25 runs on the caller's: one round trip's wait for both. */
  @Override
  public Rankings bm25AndKnn(List<Map<String, Map<String, Double>>> clauses, float[] vector, int candidates, int n,
      Filter filter) {
    if (vector == null) {
      return ParagraphIndex.super.bm25AndKnn(clauses, null, candidates, n, filter);
    }
    ModifiableSolrParams byWords = SolrQueries.filtered(SolrQueries.bm25(clauses, n), filter);
    ModifiableSolrParams byVector = SolrQueries.filtered(SolrQueries.knn(vector, candidates, n), filter);
    Future<Timed> dense = searches.submit(() -> Timed.of(() -> search(byVector)));
    Timed lexical = Timed.of(() -> byWords == null ? List.of() : search(byWords));
    Timed knn = Awaited.value(dense, "searching Solr by vector");
    return new Rankings(lexical.hits(), lexical.nanos(), knn.hits(), knn.nanos());
  }

  /** A search's hits and how long it took. */
  private record Timed(List<Hit> hits, long nanos) {
    static Timed of(Supplier<List<Hit>> search) {
      long start = System.nanoTime();
      List<Hit> hits = search.get();
      return new Timed(hits, System.nanoTime() - start);
    }
  }

  private List<Hit> search(ModifiableSolrParams params) {
    QueryResponse response = reads.search(params);
    for (SolrDocument doc : response.getResults()) {
      if (doc.getFieldValue(SolrQueries.VERSION) instanceof Number version) {
        seen.asMap().merge(SolrDocuments.string(doc, IndexFields.PARAGRAPH_ID), version.longValue(), Math::max);
      }
    }
    return SolrQueries.hits(response);
  }

  /** A fetched paragraph and the version it was fetched at. */
  private record Found(long version, StoredParagraph paragraph) {}

  private void observe(TermStatistics.Generation generation) {
    if (generation != null && statistics.observe(generation)) {
      found.invalidateAll();
    }
  }

  /** Drops what was kept of the collection's last state (this process changed it). */
  private void forget() {
    statistics.clear();
    found.invalidateAll();
  }

  /**
   * Reads the shards' leaders' index versions (one request a shard, its cost the same at any size) and, only when
   * they are not the kept state's, the state itself (a facet over the whole collection).
   */
  private void readState() {
    statistics.asking();
    String leaders = leaderVersions();
    if (statistics.confirm(leaders)) {
      return;
    }
    TermStatistics.Generation generation = SolrQueries.generation(reads.query("state", SolrQueries.generation()));
    observe(generation == null ? null : generation.at(leaders));
  }

  /** The leaders' index versions, or null when they cannot be read now (the facet then decides alone). */
  private String leaderVersions() {
    try {
      return reads.read("state versions", versions::leaders);
    } catch (RuntimeException e) {
      LOG.debug("Solr leaders' index versions not read: {}", e.getMessage());
      return null;
    }
  }

  /**
   * The kept state of the collection: asked for, and waited for, when there is none or it was not confirmed for a
   * minute; else asked for on another thread at most every {@link #STATE_EVERY}, while the question goes on with the
   * kept one (a changed state is read by a facet over the whole collection, whose cost grows with it, so no question
   * waits for it: {@link #readState}).
   */
  private TermStatistics.Snapshot snapshot() {
    TermStatistics.Snapshot snapshot = statistics.fresh();
    if (snapshot == null) {
      readState();
      snapshot = statistics.fresh();
    } else if (statistics.due(stateEvery.toNanos())) {
      try {
        checking = searches.submit(this::checkState);
      } catch (RejectedExecutionException closing) {
        // the index is closing: the question goes on with the kept state
      }
    }
    if (snapshot == null) {
      throw new IllegalStateException("Solr did not report the state of collection " + collection);
    }
    return snapshot;
  }

  /** Asks for the state off a question's path; a failure leaves the kept one, whose age drops it in the end. */
  private void checkState() {
    try {
      readState();
    } catch (RuntimeException e) {
      LOG.debug("Solr collection state not read: {}", e.getMessage());
    }
  }

  /** Waits for the state check under way, if any (tests). */
  void awaitStateCheck() {
    Future<?> pending = checking;
    if (pending != null) {
      Awaited.value(pending, "checking the Solr collection's state");
    }
  }

  /** How long a pass's end waits at most for the followers (tests shorten it). */
  void followersWithin(Duration bound) {
    catchUp = bound;
  }

  /** How often at most the collection's state is checked while questions come (tests shorten it). */
  void checkStateEvery(Duration every) {
    stateEvery = every;
  }

  @Override
  public List<ArticleSummary> newest(int offset, int limit) {
    if (limit <= 0) {
      return List.of();
    }
    return reads.query(SolrQueries.newest(offset, limit)).getResults().stream().map(SolrDocuments::summary).toList();
  }

  /**
   * The frequencies kept for the collection's present state, and one request for the rest: the terms component sums
   * each shard's document frequency.
   */
  @Override
  public Map<FieldTerm, Integer> docFreqs(Collection<FieldTerm> asked) {
    if (asked.isEmpty()) {
      return new HashMap<>();
    }
    TermStatistics.Snapshot snapshot = snapshot();
    Map<FieldTerm, Integer> out = TermStatistics.known(snapshot, asked);
    List<FieldTerm> missing = asked.stream().filter(t -> !out.containsKey(t)).distinct().toList();
    if (!missing.isEmpty()) {
      Map<FieldTerm, Integer> fetched = fetchDocFreqs(missing);
      snapshot.docFreqs().putAll(fetched);
      out.putAll(fetched);
    }
    return out;
  }

  private Map<FieldTerm, Integer> fetchDocFreqs(Collection<FieldTerm> terms) {
    Map<FieldTerm, Integer> out = new HashMap<>();
    terms.forEach(t -> out.put(t, 0));
    ModifiableSolrParams params = new ModifiableSolrParams();
    params.set("terms.fl", terms.stream().map(FieldTerm::field).distinct().toArray(String[]::new));
    params.set("terms.list", String.join(",", terms.stream().map(t -> t.term().replace("\\", "\\\\").replace(",", "\\,"))
        .distinct().toList()));
    // Without it the shards' merged answer keeps only the ten commonest listed terms.
    params.set("terms.limit", -1);
    QueryRequest request = new QueryRequest(params);
    request.setPath("/terms");
    NamedList<?> fields = (NamedList<?>) reads.read("term statistics", () -> request.process(client, collection))
        .getResponse().get("terms");
    for (Map.Entry<String, ?> field : fields) {
      for (Map.Entry<String, ?> term : (NamedList<?>) field.getValue()) {
        FieldTerm key = new FieldTerm(field.getKey(), term.getKey());
        if (out.containsKey(key)) {
          out.put(key, ((Number) term.getValue()).intValue());
        }
      }
    }
    return out;
  }

  @Override
  public int documentCount() {
    return (int) snapshot().generation().documents();
  }

  @Override
  public List<StoredParagraph> paragraphs(List<String> ids) {
    Map<String, StoredParagraph> out = new HashMap<>();
    found.getAllPresent(ids).forEach((id, kept) -> {
      if (Long.valueOf(kept.version()).equals(seen.getIfPresent(id))) {
        out.put(id, kept.paragraph());
      }
    });
    List<String> missing = ids.stream().filter(id -> !out.containsKey(id)).distinct().toList();
    if (!missing.isEmpty()) {
      // A real-time get: each id goes straight to the shard that holds it, with no query to parse or score.
      ModifiableSolrParams params = new ModifiableSolrParams();
      params.set("fl", SolrDocuments.STORED + "," + SolrQueries.VERSION);
      for (SolrDocument doc : reads.read("fetch", () -> client.getById(collection, missing, params))) {
        StoredParagraph p = SolrDocuments.stored(doc);
        out.put(p.id(), p);
        if (doc.getFieldValue(SolrQueries.VERSION) instanceof Number version) {
          seen.asMap().merge(p.id(), version.longValue(), Math::max);
          found.put(p.id(), new Found(version.longValue(), p));
        }
      }
    }
    return ids.stream().map(out::get).filter(p -> p != null).toList();
  }

  @Override
  public void forgetRead() {
    found.invalidateAll();
  }

  @Override
  public Map<String, float[]> vectors(Collection<String> articleIds) {
    Map<String, float[]> out = new HashMap<>();
    if (articleIds.isEmpty()) {
      return out;
    }
    for (SolrDocument doc : articles.paragraphsOf(List.copyOf(articleIds), IndexFields.PARAGRAPH_ID + "," + IndexFields.VECTOR)) {
      float[] vector = SolrDocuments.vector(doc);
      if (vector != null) {
        out.put(SolrDocuments.string(doc, IndexFields.PARAGRAPH_ID), vector);
      }
    }
    return out;
  }

  @Override
  public Set<String> paragraphLanguages() {
    ModifiableSolrParams params = new ModifiableSolrParams();
    params.set("q", SolrQueries.term(IndexFields.KIND, IndexFields.KIND_PARAGRAPH));
    params.set("rows", 0);
    params.set("facet", true);
    params.set("facet.field", IndexFields.PARAGRAPH_LANGUAGE);
    params.set("facet.mincount", 1);
    params.set("facet.limit", -1);
    Set<String> languages = new TreeSet<>();
    FacetField field = reads.query(params).getFacetField(IndexFields.PARAGRAPH_LANGUAGE);
    if (field != null) {
      field.getValues().forEach(v -> languages.add(v.getName()));
    }
    return languages;
  }

  @Override
  public Optional<IndexedArticle> article(String id) {
    return articles.of(List.of(id)).stream().findFirst();
  }

  @Override
  public List<IndexedArticle> articlesSeenSince(Instant since) {
    return articles.seenSince(since);
  }

  @Override
  public int paragraphCount() {
    return (int) reads.count(SolrQueries.term(IndexFields.KIND, IndexFields.KIND_PARAGRAPH));
  }

  /**
   * As of the collection's kept state (every question asks it first); none is asked again each time, since a question
   * on an empty collection never searches and so would not see the first articles arrive.
   */
  @Override
  public int articleCount() {
    long articles = snapshot().generation().articles();
    if (articles == 0) {
      readState();
      articles = snapshot().generation().articles();
    }
    return (int) articles;
  }

  @Override
  public boolean searchable() {
    try {
      reads.count(SolrQueries.STORED_DOCS);
      return true;
    } catch (RuntimeException e) {
      return false;
    }
  }

  /** How many read requests this index sent so far. */
  long requests() {
    return reads.sent();
  }

  /**
   * How many read requests of one kind ("search", "fetch", "term statistics", "state versions", "state") this index
   * sent so far.
   */
  long requests(String kind) {
    return reads.sent(kind);
  }

  @Override
  public long sizeOnDisk() {
    return -1;
  }

  @Override
  public boolean readOnly() {
    return false;
  }

  @Override
  public void close() {
    searches.shutdownNow();
    close(client);
  }

  private static void close(SolrClient client) {
    try {
      client.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close the Solr client", e);
    }
  }
}
