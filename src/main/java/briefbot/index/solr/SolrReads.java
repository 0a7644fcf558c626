package briefbot.index.solr;

import dev.failsafe.Failsafe;
import dev.failsafe.FailsafeException;
import dev.failsafe.RetryPolicy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.params.ModifiableSolrParams;

/**
 * Read requests to the collection, each tried once more after a moment if it fails: right after a node goes away the
 * client's cached cluster state can still send a request only to it, and the retry reads the fresh state.
 */
final class SolrReads {

  private static final RetryPolicy<Object> ONCE_MORE = RetryPolicy.builder()
      .handle(IOException.class, SolrServerException.class).withDelay(Duration.ofMillis(500)).withMaxRetries(1).build();

  /** A read request, throwing what SolrJ throws. */
  interface Read<T> {
    T run() throws IOException, SolrServerException;
  }

  private final SolrClient client;
  private final String collection;
  private final AtomicLong sent = new AtomicLong();
  private final Map<String, LongAdder> sentByKind = new ConcurrentHashMap<>();

  SolrReads(SolrClient client, String collection) {
    this.client = client;
    this.collection = collection;
  }

  QueryResponse query(ModifiableSolrParams params) {
    return read("search", () -> {
      QueryResponse response = client.query(collection, params);
      SolrQueries.results(response);
      return response;
    });
  }

  /** Every document a query matches, however many pages. */
  List<SolrDocument> all(ModifiableSolrParams params) {
    return read("search", () -> SolrQueries.all(client, collection, params));
  }

  long count(String query) {
    return read("count", () -> SolrQueries.count(client, collection, query));
  }

  /** How many read requests were made (each retry counts once more): what the tests count round trips by. */
  long sent() {
    return sent.get();
  }

  /** How many read requests of one kind ("search", "fetch", "term statistics", ...) were made. */
  long sent(String what) {
    LongAdder kind = sentByKind.get(what);
    return kind == null ? 0 : kind.sum();
  }

  <T> T read(String what, Read<T> read) {
    try {
      return Failsafe.with(ONCE_MORE).get(() -> {
        sent.incrementAndGet();
        sentByKind.computeIfAbsent(what, k -> new LongAdder()).increment();
        return read.run();
      });
    } catch (FailsafeException e) {
      throw failure(what, e.getCause() instanceof Exception cause ? cause : e);
    }
  }

  private UncheckedIOException failure(String what, Exception e) {
    return new UncheckedIOException("Solr " + what + " in " + collection + " failed: " + e.getMessage(),
        e instanceof IOException io ? io : new IOException(e));
  }
}
