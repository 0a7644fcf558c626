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
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.QueryRequest;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.common.util.NamedList;

/**
 * The index on SolrCloud, shared by every Briefbot instance: the same documents and the same queries as the
 * embedded one, with BM25 and kNN run by Solr and fused by retrieval as always.
 */
public final class SolrIndex implements ParagraphIndex {

    private static final String STORED_DOCS = SolrQueries.terms(IndexFields.KIND,
      List.of(IndexFields.KIND_PARAGRAPH, IndexFields.KIND_ARTICLE));

  private final SolrClient client;
  private final String collection;
  private final EmbeddingModel embeddings;
  private final Clock clock;
  private final SolrReads reads;
  private final SolrArticles articles;

  private SolrIndex(SolrClient client, String collection, EmbeddingModel embeddings, Clock clock) {
    this.client = client;
    this.collection = collection;
    this.embeddings = embeddings;
    this.clock = clock;
    this.reads = new SolrReads(client, collection);
    this.articles = new SolrArticles(reads);
  }

  /** Connects, creating the collection (and its configset) when the cluster does not have it yet. */
  public static SolrIndex open(SolrSettings settings, EmbeddingModel embeddings, Clock clock) {
    SolrClient client = settings.client();
    try {
      SolrCollection.ensure(client, settings, IndexFields.modelName(embeddings),
          embeddings == null ? 384 : embeddings.dimension());
      return new SolrIndex(client, settings.collection(), embeddings, clock);
    } catch (ConfigException e) {
      close(client);
      throw e;
    } catch (IOException | SolrServerException | RuntimeException e) {
      close(client);
      throw new IllegalStateException("cannot open Solr collection " + settings.collection() + " at "
          + String.join(",", settings.urls()) + ": " + e.getMessage(), e);
    }
  }

  /** One pass at a time per process (the lease keeps other instances out); each pass has its own batches. */
  @Override
  public synchronized SyncReport sync(Corpus corpus, Consumer<String> progress) {
    try (SolrWrites writes = new SolrWrites(client, collection)) {
      return new IndexSync(writes, embeddings, clock).run(corpus, progress);
    }
  }

  @Override
  public List<Hit> bm25(List<Map<String, Map<String, Double>>> clauses, int n, Filter filter) {
    ModifiableSolrParams params = SolrQueries.filtered(SolrQueries.bm25(clauses, n), filter);
    return params == null ? List.of() : SolrQueries.hits(reads.query(params));
  }

  @Override
  public List<Hit> knn(float[] vector, int candidates, int n, Filter filter) {
    return SolrQueries.hits(reads.query(SolrQueries.filtered(SolrQueries.knn(vector, candidates, n), filter)));
  }

  @Override
  public List<ArticleSummary> newest(int offset, int limit) {
    if (limit <= 0) {
      return List.of();
    }
    return reads.query(SolrQueries.newest(offset, limit)).getResults().stream().map(SolrDocuments::summary).toList();
  }

  /** One request for every field and term: the terms component sums each shard's document frequency. */
  @Override
  public Map<FieldTerm, Integer> docFreqs(Collection<FieldTerm> terms) {
    Map<FieldTerm, Integer> out = new HashMap<>();
    terms.forEach(t -> out.put(t, 0));
    if (terms.isEmpty()) {
      return out;
    }
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
    return (int) reads.count(STORED_DOCS);
  }

  @Override
  public List<StoredParagraph> paragraphs(List<String> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    ModifiableSolrParams params = new ModifiableSolrParams();
    params.set("q", SolrQueries.terms(IndexFields.PARAGRAPH_ID, ids));
    params.set("fl", SolrDocuments.STORED);
    params.set("rows", ids.size());
    Map<String, StoredParagraph> found = new HashMap<>();
    for (SolrDocument doc : reads.query(params).getResults()) {
      StoredParagraph p = SolrDocuments.stored(doc);
      found.put(p.id(), p);
    }
    return ids.stream().map(found::get).filter(p -> p != null).toList();
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

  @Override
  public int articleCount() {
    return (int) reads.count(SolrQueries.term(IndexFields.KIND, IndexFields.KIND_ARTICLE));
  }

  @Override
  public boolean searchable() {
    try {
      reads.count(STORED_DOCS);
      return true;
    } catch (RuntimeException e) {
      return false;
    }
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
