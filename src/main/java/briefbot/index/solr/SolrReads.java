package briefbot.index.solr;

import dev.failsafe.Failsafe;
import dev.failsafe.FailsafeException;
import dev.failsafe.FailsafeExecutor;
import dev.failsafe.RetryPolicy;
import dev.failsafe.Timeout;
import dev.failsafe.TimeoutExceededException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
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

  /**
   * How long one try of a question's read may wait. A node that coordinates a search while it stops holds the search
   * until its shard request times out (Solr's default is 90 s) and the HTTP client's idle timeout is a minute: a user
   * would wait twice that for an answer. Past this the try's HTTP exchange is cancelled and the read is tried again,
   * which the cluster routes afresh. Searches take milliseconds (bench: p99 well under a second at 100k paragraphs).
   */
  static final Duration TRY = Duration.ofSeconds(5);

  private static final RetryPolicy<Object> ONCE_MORE = RetryPolicy.builder()
      .handle(IOException.class, SolrServerException.class, TimeoutExceededException.class)
      .withDelay(Duration.ofMillis(500)).withMaxRetries(1).build();

  /** A read request, throwing what SolrJ throws. */
  interface Read<T> {
    T run() throws IOException, SolrServerException;
  }

  private final SolrClient client;
  private final String collection;
  private final Duration tryFor;
  /** Each try limited to {@link #tryFor}, then tried once more. */
  private final FailsafeExecutor<Object> timed;
  private final FailsafeExecutor<Object> untimed = Failsafe.with(ONCE_MORE);
  private final AtomicLong sent = new AtomicLong();
  private final Map<String, LongAdder> sentByKind = new ConcurrentHashMap<>();

  SolrReads(SolrClient client, String collection) {
    this(client, collection, TRY);
  }

  /** With each try of a read (but a listing's pages) abandoned after {@code tryFor}. */
  SolrReads(SolrClient client, String collection, Duration tryFor) {
    this.client = client;
    this.collection = collection;
    this.tryFor = tryFor;
    // The interrupt is what cancels the waiting HTTP exchange (the JDK client's send ends it when interrupted).
    this.timed = Failsafe.with(ONCE_MORE, Timeout.builder(tryFor).withInterrupt().build());
  }

  QueryResponse query(ModifiableSolrParams params) {
    return query("search", params);
  }

  /**
   * A question's search: its first try routed to one replica ({@link SolrQueries#routed}, so the same question gets
   * the same hits), a retry to any live one (the routed replica may be the node that just went away).
   */
  QueryResponse search(ModifiableSolrParams params) {
    AtomicBoolean first = new AtomicBoolean(true);
    return read("search", () -> send(first.getAndSet(false) ? SolrQueries.routed(new ModifiableSolrParams(params))
        : params));
  }

  /** A query counted as {@code what} ("search", "state", ...). */
  QueryResponse query(String what, ModifiableSolrParams params) {
    return read(what, () -> send(params));
  }

  /** One try of a query, its results checked ({@link SolrQueries#results}). */
  private QueryResponse send(ModifiableSolrParams params) throws IOException, SolrServerException {
    QueryResponse response = client.query(collection, params);
    SolrQueries.results(response);
    return response;
  }

  /** Every document a query matches, however many pages (no time limit: the pages of a large listing add up). */
  List<SolrDocument> all(ModifiableSolrParams params) {
    return read("search", () -> SolrQueries.all(client, collection, params), untimed);
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
    return read(what, read, timed);
  }

  private <T> T read(String what, Read<T> read, FailsafeExecutor<Object> tries) {
    try {
      return tries.get(() -> {
        sent.incrementAndGet();
        sentByKind.computeIfAbsent(what, k -> new LongAdder()).increment();
        return read.run();
      });
    } catch (TimeoutExceededException e) {
      throw failure(what, new IOException("no answer within " + tryFor.toMillis() + " ms", e));
    } catch (FailsafeException e) {
      throw failure(what, e.getCause() instanceof Exception cause ? cause : e);
    }
  }

  private UncheckedIOException failure(String what, Exception e) {
    return new UncheckedIOException("Solr " + what + " in " + collection + " failed: " + e.getMessage(),
        e instanceof IOException io ? io : new IOException(e));
  }
}
