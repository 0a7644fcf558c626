package briefbot.index.solr;

import briefbot.concurrent.Awaited;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The state of the collection a question is scored with (its term statistics, its document and article counts), kept
 * and checked now and then off the questions' path: a write by another instance is seen once it is checked.
 */
final class CollectionState {

  /**
   * How often at most a question sends a check of the collection's state (not waited for). A write by another
   * instance is seen within about this long: a question in between is scored with the statistics of before it.
   */
  static final Duration EVERY = Duration.ofSeconds(1);
  /** As before the split: the index's log lines. */
  private static final Logger LOG = LoggerFactory.getLogger(SolrIndex.class);

  private final SolrReads reads;
  private final ReplicaVersions versions;
  /** Where a check runs off a question's path. */
  private final ExecutorService threads;
  /** Dropped when the state changed: a kept paragraph may be of before. */
  private final FetchedParagraphs fetched;
  private final String collection;
  private final TermStatistics statistics = new TermStatistics();
  private volatile Duration every = EVERY;
  /** The last state check sent off a question's path. */
  private volatile Future<?> checking;

  CollectionState(SolrReads reads, ReplicaVersions versions, ExecutorService threads, FetchedParagraphs fetched,
      String collection) {
    this.reads = reads;
    this.versions = versions;
    this.threads = threads;
    this.fetched = fetched;
    this.collection = collection;
  }

  private void observe(TermStatistics.Generation generation) {
    if (generation != null && statistics.observe(generation)) {
      fetched.forget();
    }
  }

  /** Drops the kept state (this process changed the collection). */
  void forget() {
    statistics.clear();
  }

  /**
   * Reads the shards' leaders' index versions (one request a shard, its cost the same at any size) and, only when
   * they are not the kept state's, the state itself (a facet over the whole collection).
   */
  private void read() {
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
   * minute; else asked for on another thread at most every {@link #EVERY}, while the question goes on with the
   * kept one (a changed state is read by a facet over the whole collection, whose cost grows with it, so no question
   * waits for it: {@link #read}).
   */
  TermStatistics.Snapshot snapshot() {
    TermStatistics.Snapshot snapshot = statistics.fresh();
    if (snapshot == null) {
      read();
      snapshot = statistics.fresh();
    } else if (statistics.due(every.toNanos())) {
      try {
        checking = threads.submit(this::check);
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
  private void check() {
    try {
      read();
    } catch (RuntimeException e) {
      LOG.debug("Solr collection state not read: {}", e.getMessage());
    }
  }

  /** How many documents statistics count, as of the kept state. */
  long documents() {
    return snapshot().generation().documents();
  }

  /**
   * As of the kept state (every question asks it first); none is asked again each time, since a question on an empty
   * collection never searches and so would not see the first articles arrive.
   */
  long articles() {
    long articles = snapshot().generation().articles();
    if (articles == 0) {
      read();
      articles = snapshot().generation().articles();
    }
    return articles;
  }

  /** Waits for the state check under way, if any (tests). */
  void awaitCheck() {
    Future<?> pending = checking;
    if (pending != null) {
      Awaited.value(pending, "checking the Solr collection's state");
    }
  }

  /** How often at most the state is checked while questions come (tests shorten it). */
  void checkEvery(Duration every) {
    this.every = every;
  }
}
