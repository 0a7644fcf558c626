package briefbot.index.solr;

import static briefbot.corpus.ArticleFile.anArticle;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import briefbot.config.SolrSettings;
import briefbot.corpus.Corpus;
import briefbot.index.IndexFields;
import briefbot.testing.SolrCloud;
import briefbot.testing.SolrCloudTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.solr.client.solrj.impl.CloudHttp2SolrClient;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.QueryRequest;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.cloud.Replica;
import org.apache.solr.common.cloud.Slice;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A collection with TLOG replicas (an operator's choice; Briefbot creates NRT ones): a follower copies its leader's
 * segments, polling every 7.5 s, so a sync pass ends only when every follower searches what the pass wrote (a question
 * routed to any replica then finds it), within a bound whose end fails the pass with the replicas still behind.
 */
@SolrCloudTest
class SolrFollowersTest {

  @TempDir
  Path dir;

  @Test
  void everyReplicaSearchesWhatAPassWroteWhenThePassEnds() throws Exception {
    Path corpus = dir.resolve("corpus");
    anArticle("budget").language("en").paragraph("The budget vote was postponed to March.")
        .paragraph("The minister blamed the coalition.").writeTo(corpus);
    anArticle("harbour").language("en").paragraph("The harbour strike ended.").writeTo(corpus);
    SolrSettings settings = tlog("followers");
    try (SolrIndex index = SolrIndex.open(settings, null, Clock.systemUTC());
        CloudSolrClient client = settings.client()) {
      index.sync(new Corpus(corpus), line -> {});

      assertThat(paragraphsByReplica(client, "followers")).as("2 shards x 2 replicas").hasSize(4);
      assertThat(replicaTypes(client, "followers")).containsOnly(Replica.Type.TLOG);
      assertThat(byShardTotal(client, "followers")).isEqualTo(3);

      anArticle("trade").language("en").paragraph("Exports rose in May.").paragraph("Imports fell.").writeTo(corpus);
      index.sync(new Corpus(corpus), line -> {});

      assertThat(byShardTotal(client, "followers")).as("every replica of every shard, right after the pass")
          .isEqualTo(5);
    }
  }

  @Test
  void aFollowerStillBehindAtTheBoundFailsThePassAndTheNextPassWaitsForIt() throws Exception {
    Path corpus = dir.resolve("corpus");
    anArticle("budget").language("en").paragraph("The budget vote was postponed to March.").writeTo(corpus);
    SolrSettings settings = tlog("followers_behind");
    try (SolrIndex index = SolrIndex.open(settings, null, Clock.systemUTC());
        CloudSolrClient client = settings.client()) {
      index.sync(new Corpus(corpus), line -> {});
      anArticle("harbour").language("en").paragraph("The harbour strike ended.").writeTo(corpus);

      index.followersWithin(Duration.ofMillis(1));
      assertThatThrownBy(() -> index.sync(new Corpus(corpus), line -> {}))
          .isInstanceOf(UncheckedIOException.class)
          .hasMessageContaining("still search an older index than their leader")
          .hasMessageMatching("(?s).*followers_behind_shard\\d_replica_t\\d+ at version \\d+, leader "
              + "followers_behind_shard\\d_replica_t\\d+ at \\d+.*");

      index.followersWithin(ReplicaVersions.CATCH_UP);
      anArticle("trade").language("en").paragraph("Exports rose in May.").writeTo(corpus);
      index.sync(new Corpus(corpus), line -> {});
      assertThat(byShardTotal(client, "followers_behind")).isEqualTo(3);
    }
  }

  @Test
  void theWaitLastsUntilItsBoundWhileAFollowerHasNothingNewToCopy() throws Exception {
    SolrSettings settings = tlog("followers_soft");
    try (SolrIndex index = SolrIndex.open(settings, null, Clock.systemUTC());
        CloudSolrClient client = settings.client()) {
      ReplicaVersions versions = new ReplicaVersions(client, "followers_soft");
      versions.awaitFollowers(Duration.ofSeconds(60));
      // A soft commit: the leaders search the new document at once, their followers only after the next hard commit
      // (autoCommit, 15 s after the write) and their next poll.
      SolrInputDocument doc = new SolrInputDocument();
      doc.setField(IndexFields.PARAGRAPH_ID, "soft-1");
      doc.setField(IndexFields.KIND, "probe");
      new UpdateRequest().add(doc).setAction(UpdateRequest.ACTION.COMMIT, true, true, true).process(client,
          "followers_soft");

      long start = System.nanoTime();
      assertThatThrownBy(() -> versions.awaitFollowers(Duration.ofSeconds(2))).isInstanceOf(IOException.class)
          .hasMessageContaining("after 2 s").hasMessageContaining("followers_soft_shard");
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(Duration.ofSeconds(2), Duration.ofSeconds(10));

      client.commit("followers_soft", true, true);
      versions.awaitFollowers(Duration.ofSeconds(60));
      long total = 0;
      for (long n : countsByCore(client, "followers_soft", "id:soft-1").values()) {
        total += n;
      }
      assertThat(total).as("the document on both replicas of its shard").isEqualTo(2);
    }
  }

  /**
   * Settings for a new collection of 2 shards x 2 TLOG replicas, created as an operator would: from Briefbot's
   * configset (uploaded by opening another collection first), with the dimension property.
   */
  static SolrSettings tlog(String collection) throws Exception {
    SolrSettings settings = SolrCloud.shared().settings(collection);
    SolrIndex.open(SolrCloud.shared().settings("followers_configset"), null, Clock.systemUTC()).close();
    try (CloudSolrClient client = settings.client()) {
      CollectionAdminRequest.createCollection(collection, "briefbot-paragraphs-" + IndexFields.SCHEMA, 2, 0, 2, 0)
          .setProperties(Map.of("briefbot.dimension", "384")).process(client);
    }
    return settings;
  }

  /** The paragraphs each replica's own core searches (no distributed search), by core name. */
  static Map<String, Long> paragraphsByReplica(CloudSolrClient client, String collection) throws Exception {
    return countsByCore(client, collection, SolrQueries.term(IndexFields.KIND, IndexFields.KIND_PARAGRAPH));
  }

  /** The paragraphs of the collection if every replica of each shard holds what its leader holds, else -1. */
  static long byShardTotal(CloudSolrClient client, String collection) throws Exception {
    long total = 0;
    for (Slice shard : client.getClusterStateProvider().getCollection(collection).getActiveSlices()) {
      Map<String, Long> counts = new HashMap<>();
      for (Replica replica : shard.getReplicas()) {
        counts.put(replica.getCoreName(), count(client, replica,
            SolrQueries.term(IndexFields.KIND, IndexFields.KIND_PARAGRAPH)));
      }
      long leader = counts.get(shard.getLeader().getCoreName());
      assertThat(counts.values()).as("each replica of %s, leader %s", shard.getName(), counts).containsOnly(leader);
      total += leader;
    }
    return total;
  }

  static Map<String, Long> countsByCore(CloudSolrClient client, String collection, String query) throws Exception {
    Map<String, Long> counts = new HashMap<>();
    for (Slice shard : client.getClusterStateProvider().getCollection(collection).getActiveSlices()) {
      for (Replica replica : shard.getReplicas()) {
        counts.put(replica.getCoreName(), count(client, replica, query));
      }
    }
    return counts;
  }

  static Set<Replica.Type> replicaTypes(CloudSolrClient client, String collection) throws Exception {
    Set<Replica.Type> types = new HashSet<>();
    for (Slice shard : client.getClusterStateProvider().getCollection(collection).getActiveSlices()) {
      shard.getReplicas().forEach(r -> types.add(r.getType()));
    }
    return types;
  }

  private static long count(CloudSolrClient client, Replica replica, String query) throws Exception {
    ModifiableSolrParams params = new ModifiableSolrParams();
    params.set("q", query);
    params.set("rows", 0);
    params.set("distrib", false);
    QueryResponse response = new QueryResponse();
    response.setResponse(((CloudHttp2SolrClient) client).getHttpClient()
        .requestWithBaseUrl(replica.getBaseUrl(), new QueryRequest(params), replica.getCoreName()));
    return response.getResults().getNumFound();
  }
}
