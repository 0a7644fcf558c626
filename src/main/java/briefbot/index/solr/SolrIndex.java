package briefbot.index.solr;

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
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.common.params.ModifiableSolrParams;

/**
 * The index on SolrCloud, shared by every Briefbot instance: the same documents and the same queries as the
 * embedded one, with BM25 and kNN run by Solr and fused by retrieval as always.
 */
public final class SolrIndex implements ParagraphIndex {

  /** {@link CollectionState#EVERY}: how often at most a question sends a check of the collection's state. */
  static final Duration STATE_EVERY = CollectionState.EVERY;

  private final CloudSolrClient client;
  private final String collection;
  private final EmbeddingModel embeddings;
  /** How paragraphs' text is analysed before it is sent, and a question's compounds split. */
  private final TextAnalysis analysis;
  private final Clock clock;
  private final SolrReads reads;
  private final SolrArticles articles;
  private final ReplicaVersions versions;
  /**
   * What runs beside a question: its kNN search, a check of the collection's state (blocking HTTP: a virtual thread
   * each).
   */
  private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
  private final FetchedParagraphs fetched;
  private final SolrSearches searches;
  private final CollectionState state;
  private final DocumentFrequencies frequencies;
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
    this.fetched = new FetchedParagraphs(client, collection, reads);
    this.searches = new SolrSearches(reads, threads, fetched);
    this.state = new CollectionState(reads, versions, threads, fetched, collection);
    this.frequencies = new DocumentFrequencies(state, reads, client, collection);
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
    return searches.bm25(clauses, n, filter);
  }

  @Override
  public List<Hit> knn(float[] vector, int candidates, int n, Filter filter) {
    return searches.knn(vector, candidates, n, filter);
  }

  /** The kNN search on a thread of its own while BM25 runs on the caller's: one round trip's wait for both. */
  @Override
  public Rankings bm25AndKnn(List<Map<String, Map<String, Double>>> clauses, float[] vector, int candidates, int n,
      Filter filter) {
    if (vector == null) {
      return ParagraphIndex.super.bm25AndKnn(clauses, null, candidates, n, filter);
    }
    return searches.bm25AndKnn(clauses, vector, candidates, n, filter);
  }

  /** Drops what was kept of the collection's last state (this process changed it). */
  private void forget() {
    state.forget();
    fetched.forget();
  }

  /** Waits for the state check under way, if any (tests). */
  void awaitStateCheck() {
    state.awaitCheck();
  }

  /** How long a pass's end waits at most for the followers (tests shorten it). */
  void followersWithin(Duration bound) {
    catchUp = bound;
  }

  /** How often at most the collection's state is checked while questions come (tests shorten it). */
  void checkStateEvery(Duration every) {
    state.checkEvery(every);
  }

  @Override
  public List<ArticleSummary> newest(int offset, int limit) {
    if (limit <= 0) {
      return List.of();
    }
    return reads.query(SolrQueries.newest(offset, limit)).getResults().stream().map(SolrDocuments::summary).toList();
  }

  /** The frequencies kept for the collection's present state, and one request for the rest. */
  @Override
  public Map<FieldTerm, Integer> docFreqs(Collection<FieldTerm> asked) {
    return frequencies.of(asked);
  }

  @Override
  public int documentCount() {
    return (int) state.documents();
  }

  @Override
  public List<StoredParagraph> paragraphs(List<String> ids) {
    return fetched.paragraphs(ids);
  }

  @Override
  public void forgetRead() {
    fetched.forget();
  }

  @Override
  public Map<String, float[]> vectors(Collection<String> articleIds) {
    return articles.vectors(articleIds);
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

  /** As of the collection's kept state, asked again while it counts none ({@link CollectionState#articles}). */
  @Override
  public int articleCount() {
    return (int) state.articles();
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
    threads.shutdownNow();
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
