package briefbot.index.solr;

import briefbot.corpus.Article;
import briefbot.index.IndexFields;
import briefbot.index.ParagraphIndex;
import briefbot.index.SyncTarget;
import briefbot.index.TextAnalysis;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.params.ModifiableSolrParams;

/**
 * A sync pass into a SolrCloud collection: articles are sent in batches, several at once, each article whole in one
 * batch with its record last; {@code commitWithin} makes long runs visible as they go, the final commit makes the pass
 * durable and, once every follower searches its leader's index, visible on every replica. An interrupted pass leaves articles under their old stamp, which the next pass redoes.
 */
final class SolrWrites implements SyncTarget {

  static final int BATCH_DOCUMENTS = 500;
  private static final int IN_FLIGHT = 4;
  private static final int COMMIT_WITHIN_MS = 10_000;
  /** The end of a pass merges no shard below this many segments: it only waits for the merges under way. */
  static final int MERGED_AT_MOST = 1_000;

  private final SolrClient client;
  private final String collection;
  private final ReplicaVersions versions;
  private final Duration catchUp;
  /** How paragraphs' text is analysed, compounds split as the index was opened to split them. */
  private final TextAnalysis analysis;
  private final ExecutorService senders;
  private final Semaphore inFlight = new Semaphore(IN_FLIGHT);
  private final List<Future<?>> sent = new ArrayList<>();
  /** How many paragraphs each indexed article has, so that an edit deletes the ones beyond its new length by id. */
  private final Map<String, Integer> paragraphCounts = new HashMap<>();
  private UpdateRequest batch = new UpdateRequest();
  private int batched;

  /** Writes to {@code collection}; the pass's end waits up to {@code catchUp} for the followers ({@link #commit}). */
  SolrWrites(SolrClient client, String collection, ReplicaVersions versions, Duration catchUp, TextAnalysis analysis) {
    this.client = client;
    this.analysis = analysis;
    this.collection = collection;
    this.versions = versions;
    this.catchUp = catchUp;
    this.senders = Executors.newFixedThreadPool(IN_FLIGHT, r -> {
      Thread t = new Thread(r, "briefbot-solr-update");
      t.setDaemon(true);
      return t;
    });
  }

  @Override
  public Map<String, Known> known() throws IOException {
    Map<String, Known> known = new HashMap<>();
    ModifiableSolrParams params = new ModifiableSolrParams();
    params.set("q", SolrQueries.term(IndexFields.KIND, IndexFields.KIND_ARTICLE));
    params.set("fl", String.join(",", IndexFields.ARTICLE_ID, IndexFields.HASH, IndexFields.STAMP, IndexFields.FIRST_SEEN,
        SolrDocuments.PARAGRAPH_COUNT));
    for (SolrDocument doc : SolrQueries.all(client, collection, params)) {
      if (doc.getFirstValue(SolrDocuments.PARAGRAPH_COUNT) instanceof Number count) {
        paragraphCounts.put(SolrDocuments.string(doc, IndexFields.ARTICLE_ID), count.intValue());
      }
      known.put(SolrDocuments.string(doc, IndexFields.ARTICLE_ID), new Known(SolrDocuments.string(doc, IndexFields.HASH),
          SolrDocuments.string(doc, IndexFields.STAMP), SolrDocuments.firstSeen(doc)));
    }
    return known;
  }

  @Override
  public void replace(Article article, Instant firstSeen, List<float[]> vectors, String stamp) throws IOException {
    // Paragraphs beyond the new count are left from a longer version. They go first, on their own: Solr applies a
    // request's deletes after its documents, and a record with the new stamp over stale paragraphs would never be
    // redone. By id, not by query: a delete-by-query per article pauses every replica's updates (ingest was 13x slower).
    int before = paragraphCounts.getOrDefault(article.id(), 0);
    if (before > article.paragraphs().size()) {
      UpdateRequest stale = new UpdateRequest();
      for (int n = article.paragraphs().size() + 1; n <= before; n++) {
        stale.deleteById(ParagraphIndex.paragraphId(article.id(), n));
      }
      process(stale);
    }
    batch.add(SolrDocuments.of(article, firstSeen, vectors, stamp, analysis));
    batched += article.paragraphs().size() + 1;
    if (batched >= BATCH_DOCUMENTS) {
      send();
    }
  }

  /** Paragraphs first, the record last: a pass that stops between leaves the record, and the next pass removes again. */
  @Override
  public void remove(String articleId) throws IOException {
    int paragraphs = paragraphCounts.getOrDefault(articleId, 0);
    for (int n = 1; n <= paragraphs; n++) {
      batch.deleteById(ParagraphIndex.paragraphId(articleId, n));
    }
    batch.deleteById(articleId);
    batched += paragraphs + 1;
  }

  @Override
  public void commit() throws IOException {
    try {
      send();
      for (Future<?> f : sent) {
        f.get();
      }
      sent.clear();
      client.commit(collection, true, true);
      // The commit's flush starts merges that run in the background, and a searcher sees their result only at the next
      // commit: after a bulk pass, the next write. Until then every search walked every small segment the pass flushed
      // (4 to 12 on each replica after 10,000 paragraphs; kNN searches each segment's graph). An optimize that merges
      // nothing itself (at most MERGED_AT_MOST segments, more than a shard ever has) waits for the merges under way
      // and opens a searcher on their result, as the embedded index's commit waits for its merges.
      client.optimize(collection, true, true, MERGED_AT_MOST);
      // A TLOG follower logs every update before the leader acknowledges it (no accepted write is lost) but searches
      // only the segments it copies from its leader, polling every half autoCommit: a question routed to it right
      // after the pass would miss what the pass wrote. The pass ends when every follower searches its leader's index.
      versions.awaitFollowers(catchUp);
    } catch (ExecutionException e) {
      throw new IOException("a Solr update failed: " + e.getCause().getMessage(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while waiting for Solr updates", e);
    } catch (org.apache.solr.client.solrj.SolrServerException e) {
      throw new IOException("Solr commit failed: " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    senders.shutdown();
  }

  private void process(UpdateRequest request) throws IOException {
    try {
      request.process(client, collection);
    } catch (org.apache.solr.client.solrj.SolrServerException e) {
      throw new IOException("Solr update failed: " + e.getMessage(), e);
    }
  }

  private void send() throws IOException {
    if (batched == 0) {
      return;
    }
    UpdateRequest request = batch;
    request.setCommitWithin(COMMIT_WITHIN_MS);
    batch = new UpdateRequest();
    batched = 0;
    try {
      inFlight.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while sending to Solr", e);
    }
    sent.add(senders.submit(() -> {
      try {
        return request.process(client, collection);
      } finally {
        inFlight.release();
      }
    }));
  }
}
