package briefbot.state.solr;

import static org.assertj.core.api.Assertions.assertThat;

import briefbot.config.SolrSettings;
import briefbot.state.LeaseContract;
import briefbot.testing.SolrCloud;
import briefbot.testing.SolrCloudTest;
import briefbot.testing.TestClock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shared bot state on a real SolrCloud of two nodes, used by two {@link SolrState}s as two bot instances would:
 * claims are won once, leases held by one holder at a time, and the state keeps working while a node is down.
 */
@SolrCloudTest
class SolrStateTest {

  private static final TestClock CLOCK = new TestClock("2026-03-28T08:00:00Z");
  static SolrCloud cloud;
  static SolrSettings settings;
  static SolrState one;
  static SolrState two;

  @BeforeAll
  static void open() {
    cloud = SolrCloud.shared();
    settings = cloud.settings("statetest");
    one = SolrState.open(settings, CLOCK);
    two = SolrState.open(settings, CLOCK); // finds the collection the first one created
  }

  @AfterAll
  static void close() {
    one.close();
    two.close();
  }

  @Test
  void twoInstancesRacingForTheSameKeysClaimEachExactlyOnce() throws Exception {
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      keys.add("event-" + i);
    }
    Map<String, AtomicInteger> wins = new ConcurrentHashMap<>();
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> racers = new ArrayList<>();
      for (SolrState state : List.of(one, two, one, two)) {
        List<String> order = new ArrayList<>(keys);
        Collections.shuffle(order);
        racers.add(pool.submit(() -> {
          go.await();
          for (String key : order) {
            if (state.claim("race.events", key)) {
              wins.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
            }
          }
          return null;
        }));
      }
      go.countDown();
      for (Future<?> racer : racers) {
        racer.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(wins.keySet()).containsExactlyInAnyOrderElementsOf(keys);
    assertThat(wins.values()).allSatisfy(n -> assertThat(n.get()).isEqualTo(1));
    assertThat(two.count("race.events")).isEqualTo(keys.size());
  }

  @Test
  void whatOneInstanceWritesTheOtherReadsListsDeletesAndPrunes() {
    String ns = "roundtrip.threads";
    CLOCK.set("2026-03-28T08:00:00Z");
    one.put(ns, "b", "{\"answer\":1}");
    one.put(ns, "a/with spaces & \"quotes\"", "first");
    assertThat(two.claim(ns, "c")).isTrue();
    CLOCK.set("2026-03-28T09:00:00Z");
    one.put(ns, "b", "{\"answer\":2}"); // replaced and touched later than a and c

    assertThat(two.get(ns, "b")).contains("{\"answer\":2}"); // real-time get: no commit needed
    assertThat(two.get(ns, "c")).isEmpty();
    assertThat(two.contains(ns, "c")).isTrue();
    assertThat(two.contains(ns, "missing")).isFalse();
    assertThat(two.get("roundtrip.other", "b")).isEmpty();
    Map<String, String> expected = new LinkedHashMap<>(); // in key order; a claimed key has no value
    expected.put("a/with spaces & \"quotes\"", "first");
    expected.put("b", "{\"answer\":2}");
    expected.put("c", null);
    assertThat(two.list(ns)).containsExactlyEntriesOf(expected);
    assertThat(one.count(ns)).isEqualTo(3);

    assertThat(two.delete(ns, "a/with spaces & \"quotes\"")).isTrue();
    assertThat(one.delete(ns, "a/with spaces & \"quotes\"")).isFalse();
    assertThat(one.get(ns, "a/with spaces & \"quotes\"")).isEmpty();

    assertThat(one.prune(ns, CLOCK.set("2026-03-28T08:30:00Z").toEpochMilli())).isEqualTo(1); // c only
    assertThat(two.list(ns)).containsOnlyKeys("b");
    assertThat(one.claim(ns, "c")).as("a pruned key can be claimed again").isTrue();
  }

  @Test
  void aLeaseIsHeldByOneHolderRenewedByItAndTakenOverOnlyAfterItExpires() {
    CLOCK.set("2026-03-28T10:00:00Z");
    LeaseContract.heldRenewedAndTakenOverAfterExpiry(one, two, CLOCK);
  }

  @Test
  void aReleasedLeaseIsFreeAtOnceAndAValueIsStoredOnlyWhenNew() {
    LeaseContract.releasedLeasesAreFreeAtOnce(one, two);
    LeaseContract.putIfAbsentStoresOnce(one, two);
  }

  @Test
  void ofHoldersInTwoInstancesRacingForAFreeLeaseExactlyOneGetsIt() throws Exception {
    LeaseContract.exactlyOneOfRacersWins(List.of(one, two, one, two, one, two), "race-lease");
  }

  @Test
  void withTheLeaderNodeStoppedClaimsStillWorkAndNothingIsLostWhenItComesBack() throws Exception {
    int leader = leaderNode();
    cloud.stop(leader);
    try {
      assertThat(one.claim("failover.events", "during-outage")).isTrue();
      assertThat(two.claim("failover.events", "during-outage")).isFalse();
      two.put("failover.threads", "t1", "kept");
    } finally {
      cloud.start(leader);
    }
    assertThat(one.claim("failover.events", "during-outage")).isFalse();
    assertThat(one.get("failover.threads", "t1")).contains("kept");
    assertThat(two.list("failover.threads")).containsOnlyKeys("t1");
  }

  /** The node that leads the state collection's shard: stopping it forces a new leader, the harder case. */
  private static int leaderNode() throws Exception {
    try (CloudSolrClient client = settings.client()) {
      String url = client.getClusterStateProvider().getCollection(settings.stateCollection()).getLeader("shard1")
          .getBaseUrl();
      assertThat(cloud.urls()).contains(url);
      return cloud.urls().indexOf(url);
    }
  }
}
