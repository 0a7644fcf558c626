package briefbot.index.solr;

import briefbot.concurrent.Awaited;
import briefbot.index.ParagraphIndex.Filter;
import briefbot.index.ParagraphIndex.Hit;
import briefbot.index.ParagraphIndex.Rankings;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.params.ModifiableSolrParams;

/** A question's BM25 and kNN searches, each hit's version noted for the paragraphs fetched after them. */
final class SolrSearches {

  private final SolrReads reads;
  /** Where a question's kNN search runs beside its BM25 search (blocking HTTP: a virtual thread each). */
  private final ExecutorService threads;
  private final FetchedParagraphs fetched;

  SolrSearches(SolrReads reads, ExecutorService threads, FetchedParagraphs fetched) {
    this.reads = reads;
    this.threads = threads;
    this.fetched = fetched;
  }

  List<Hit> bm25(List<Map<String, Map<String, Double>>> clauses, int n, Filter filter) {
    ModifiableSolrParams params = SolrQueries.filtered(SolrQueries.bm25(clauses, n), filter);
    return params == null ? List.of() : search(params);
  }

  List<Hit> knn(float[] vector, int candidates, int n, Filter filter) {
    return search(SolrQueries.filtered(SolrQueries.knn(vector, candidates, n), filter));
  }

  /** The kNN search on a thread of its own while BM25 runs on the caller's: one round trip's wait for both. */
  Rankings bm25AndKnn(List<Map<String, Map<String, Double>>> clauses, float[] vector, int candidates, int n,
      Filter filter) {
    ModifiableSolrParams byWords = SolrQueries.filtered(SolrQueries.bm25(clauses, n), filter);
    ModifiableSolrParams byVector = SolrQueries.filtered(SolrQueries.knn(vector, candidates, n), filter);
    Future<Timed> dense = threads.submit(() -> Timed.of(() -> search(byVector)));
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
      fetched.saw(doc);
    }
    return SolrQueries.hits(response);
  }
}
