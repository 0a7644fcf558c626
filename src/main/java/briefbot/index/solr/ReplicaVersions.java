package briefbot.index.solr;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudHttp2SolrClient;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.request.GenericSolrRequest;
import org.apache.solr.common.cloud.DocCollection;
import org.apache.solr.common.cloud.Replica;
import org.apache.solr.common.cloud.Slice;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.common.util.NamedList;

/**
 * The index version each replica of the collection searches, read from the replica's own core (the Luke handler's
 * searcher version). A TLOG follower copies its leader's segments and commit, so once it has caught up it reports the
 * leader's version: that is what the end of a sync pass waits for, and what the state check compares.
 */
final class ReplicaVersions {

  /** How long the end of a pass waits for the followers at most (a follower polls its leader every 7.5 s). */
  static final Duration CATCH_UP = Duration.ofMinutes(3);
  private static final Duration POLL = Duration.ofMillis(500);

  /** How long the leaders read from the cluster state are used before it is read again (the client's own TTL). */
  private static final long LEADERS_TTL_NANOS = 5_000_000_000L;

  private final CloudSolrClient client;
  private final String collection;
  /** The shards' leaders as last read, and when (the state check runs every second: no cluster-state read each time). */
  private volatile Leaders leaders;

  private record Leaders(TreeMap<String, Replica> byShard, long read) {}

  ReplicaVersions(CloudSolrClient client, String collection) {
    this.client = client;
    this.collection = collection;
  }

  /**
   * Each shard's leader's version, as one string ("shard1=123,shard2=456"), or null while a shard has no live leader.
   * Equal strings mean no leader opened another searcher in between: nothing was written and made visible.
   */
  String leaders() throws IOException, SolrServerException {
    Leaders kept = leaders;
    if (kept == null || System.nanoTime() - kept.read() > LEADERS_TTL_NANOS) {
      DocCollection state = client.getClusterStateProvider().getCollection(collection);
      Set<String> live = client.getClusterStateProvider().getLiveNodes();
      TreeMap<String, Replica> byShard = new TreeMap<>();
      for (Slice shard : state.getActiveSlices()) {
        Replica leader = shard.getLeader();
        if (leader == null || !leader.isActive(live)) {
          leaders = null;
          return null;
        }
        byShard.put(shard.getName(), leader);
      }
      kept = new Leaders(byShard, System.nanoTime());
      leaders = kept;
    }
    TreeMap<String, Long> versions = new TreeMap<>();
    try {
      for (var leader : kept.byShard().entrySet()) {
        versions.put(leader.getKey(), version(leader.getValue()));
      }
    } catch (IOException | SolrServerException | RuntimeException e) {
      leaders = null; // a leader moved or went away: read the cluster state again next time
      throw e;
    }
    return versions.toString();
  }

  /**
   * Waits until every active follower of every shard searches its leader's index version. Only replicas that copy
   * their leader's segments (TLOG, PULL) are waited for: an NRT replica indexes every update itself before the leader
   * acknowledges it, and its commit is the same command's. A follower that is down is not waited for: it catches up
   * from the leader before it serves again.
   *
   * @throws IOException naming the followers still behind, and their versions, after {@code bound}
   */
  void awaitFollowers(Duration bound) throws IOException {
    long deadline = System.nanoTime() + bound.toNanos();
    while (true) {
      List<String> behind;
      try {
        behind = behind();
      } catch (SolrServerException e) {
        throw new IOException("cannot read the replicas' index versions of " + collection + ": " + e.getMessage(), e);
      }
      if (behind.isEmpty()) {
        return;
      }
      if (System.nanoTime() - deadline >= 0) {
        throw new IOException("after " + bound.toSeconds() + " s, Solr replicas of " + collection
            + " still search an older index than their leader: " + String.join("; ", behind)
            + " (the pass's writes are on the leaders and in every replica's transaction log)");
      }
      try {
        Thread.sleep(POLL);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while waiting for the Solr replicas of " + collection, e);
      }
    }
  }

  /** The followers not at their leader's version now, each as "core at version X, leader Y". */
  private List<String> behind() throws IOException, SolrServerException {
    DocCollection state = client.getClusterStateProvider().getCollection(collection);
    Set<String> live = client.getClusterStateProvider().getLiveNodes();
    List<String> behind = new ArrayList<>();
    for (Slice shard : state.getActiveSlices()) {
      Replica leader = shard.getLeader();
      List<Replica> followers = shard.getReplicas(r -> r.getType() != Replica.Type.NRT && !r.isLeader()
          && r.isActive(live));
      if (leader == null || followers.isEmpty()) {
        continue;
      }
      long version = version(leader);
      for (Replica follower : followers) {
        long at = version(follower);
        if (at != version) {
          behind.add(follower.getCoreName() + " at version " + at + ", leader " + leader.getCoreName() + " at " + version);
        }
      }
    }
    return behind;
  }

  /** The version of the index a replica's searcher reads. */
  private long version(Replica replica) throws IOException, SolrServerException {
    ModifiableSolrParams params = new ModifiableSolrParams();
    params.set("show", "index");
    params.set("numTerms", 0);
    GenericSolrRequest luke = new GenericSolrRequest(SolrRequest.METHOD.GET, "/admin/luke", params)
        .setRequiresCollection(true);
    NamedList<Object> response = http().requestWithBaseUrl(replica.getBaseUrl(), luke, replica.getCoreName());
    if (!(response.get("index") instanceof NamedList<?> index) || !(index.get("version") instanceof Number version)) {
      throw new IOException("Solr core " + replica.getCoreName() + " did not report its index version");
    }
    return version.longValue();
  }

  private org.apache.solr.client.solrj.impl.HttpSolrClientBase http() {
    if (client instanceof CloudHttp2SolrClient cloud) {
      return cloud.getHttpClient();
    }
    throw new IllegalStateException("a SolrCloud client over HTTP is needed to ask a replica directly");
  }
}
