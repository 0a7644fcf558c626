package briefbot.digest;

import static org.assertj.core.api.Assertions.assertThat;

import briefbot.Briefbot;
import briefbot.Config;
import briefbot.SeedCorpus;
import briefbot.TestClock;
import briefbot.solr.SolrCloud;
import briefbot.solr.SolrSettings;
import briefbot.solr.SolrState;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two bot instances with the same schedule, each with its own connection to the bot state in a real SolrCloud (as
 * two {@code serve} processes on two machines have), post the day's digest once between them.
 */
class SharedStateDigestTest {

  private static final Instant INDEXED = Instant.parse("2026-03-28T05:00:00Z");

  @TempDir
  static Path shared;
  static Briefbot bot;
  static SolrSettings settings;

  @TempDir
  Path dir;
  private final TestClock clock = new TestClock(INDEXED);
  private final List<AutoCloseable> open = new ArrayList<>();

  @BeforeAll
  static void index() {
    settings = SolrCloud.shared().settings("digesttest");
    SeedCorpus.copyTo(shared);
    bot = Briefbot.open(SeedCorpus.config(shared, Map.of()), new TestClock(INDEXED));
    bot.sync(line -> {});
  }

  @AfterAll
  static void closeIndex() {
    bot.close();
  }

  @AfterEach
  void closeAll() throws Exception {
    for (AutoCloseable c : open.reversed()) {
      c.close();
    }
  }

  /** One instance: its own data folder and its own client of the shared state, over the shared index. */
  private Digests instance(DigestSink sink) {
    Config config = Config.fromEnv(Map.of("BRIEFBOT_DATA_DIR", dir.toString(), "BRIEFBOT_BASE_URL",
        "http://briefbot.test"));
    SolrState state = SolrState.open(settings, clock);
    Digests digests = Digests.create(config, bot.index(), bot.links(), state, List.of(sink), clock);
    open.add(state);
    open.add(digests);
    return digests;
  }

  @Test
  void twoInstancesDueAtTheSameMomentPostTheDigestOnceAndARestartPostsNothingMore() throws Exception {
    CountDownLatch bothStarted = new CountDownLatch(2);
    RecordingSink slack = new RecordingSink("slack", "C1");
    slack.duringPost = () -> awaitTheOther(bothStarted);
    Digests one = instance(slack);
    Digests two = instance(slack);
    clock.set("2026-03-28T08:00:00Z");
    List<String> outcomes = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<List<Digests.Run>>> runs = new ArrayList<>();
      for (Digests digests : List.of(one, two)) {
        runs.add(pool.submit(() -> {
          bothStarted.countDown();
          return digests.runDue(clock.instant());
        }));
      }
      for (Future<List<Digests.Run>> run : runs) {
        run.get(30, TimeUnit.SECONDS).forEach(r -> outcomes.add(r.outcome()));
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(outcomes).contains("posted").doesNotHaveDuplicates();
    assertThat(slack.posts).singleElement().satisfies(p -> assertThat(p.destination()).isEqualTo("C1"));

    Digests restarted = instance(slack);
    assertThat(restarted.runDue(clock.set("2026-03-28T08:30:00Z"))).isEmpty();
    assertThat(restarted.postNow()).extracting(Digests.Run::outcome).containsExactly("already posted");
    assertThat(two.runDue(clock.instant())).isEmpty();
    assertThat(slack.posts).hasSize(1);
  }

  /** Holds the poster until the other instance has started too, so both really are due at once. */
  private static void awaitTheOther(CountDownLatch latch) {
    try {
      latch.await(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
