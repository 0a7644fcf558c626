package briefbot.index.solr;

import static org.assertj.core.api.Assertions.assertThat;

import briefbot.app.Briefbot;
import briefbot.corpus.ArticleFile;
import briefbot.testing.Eventually;
import briefbot.testing.SeedCorpus;
import briefbot.testing.SolrCloud;
import briefbot.testing.SolrCloudTest;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One node of a collection with 2 replicas per shard stops while questions come in, and comes back. */
@SolrCloudTest
class SolrFailoverTest {

  private static final String COLLECTION = "failover";

  @TempDir
  Path dir;

  @Test
  void aStoppedNodeLosesNoAnswerAndItsRestartLosesNoParagraph() throws Exception {
    SolrCloud cloud = SolrCloud.shared();
    cloud.deleteAllCollections(); // each stop and start then handles this test's cores only
    Path corpus = SeedCorpus.copyTo(dir);
    try (Briefbot bot = Briefbot.open(SolrBackendTest.solrConfig(dir, COLLECTION), Clock.systemUTC())) {
      bot.sync(line -> {});
      List<String> questions = SolrBackendTest.questions().subList(0, 12);
      Map<String, String> expected = new HashMap<>();
      questions.forEach(q -> expected.put(q, SolrBackendTest.json(bot, q)));
      int paragraphs = bot.index().paragraphCount();

      List<String> wrong = Collections.synchronizedList(new ArrayList<>());
      AtomicBoolean asking = new AtomicBoolean(true);
      AtomicInteger answered = new AtomicInteger();
      ExecutorService asker = Executors.newSingleThreadExecutor();
      Future<Integer> asked = asker.submit(() -> {
        int n = 0;
        while (asking.get()) {
          String q = questions.get(n++ % questions.size());
          try {
            if (!SolrBackendTest.json(bot, q).equals(expected.get(q))) {
              wrong.add(q);
            }
          } catch (RuntimeException e) {
            wrong.add(q + ": " + e);
          }
          answered.incrementAndGet();
        }
        return n;
      });
      try {
        // Counted in questions, not seconds, so a slow box still asks the same questions in each phase.
        awaitMoreAnswers(answered, 3);
        cloud.stop(1);
        awaitMoreAnswers(answered, questions.size());
        // Written while the node is down: its replicas must catch up when it returns.
        ArticleFile.anArticle("late-news").title("Harbour strike ends")
            .paragraph("Dockworkers in Rotterdam ended their strike on Friday after a wage deal.").writeTo(corpus);
        assertThat(bot.sync(line -> {}).added()).isEqualTo(1);
        awaitMoreAnswers(answered, 3);
      } finally {
        asking.set(false);
        asker.shutdown();
        cloud.start(1);
      }
      assertThat(asked.get(60, TimeUnit.SECONDS)).isGreaterThanOrEqualTo(questions.size() + 6);
      assertThat(wrong).as("answers that failed or changed while a node was down").isEmpty();

      cloud.stop(0); // start(1) returned once its replicas had caught up and were active
      try {
        // Only the restarted node serves now: everything must be on its replicas. The client may still hold it for
        // down from its earlier stop (its load balancer looks again only after a while), so it is asked until it serves.
        Eventually.within(Duration.ofSeconds(60)).ignoreExceptions()
            .untilAsserted(() -> assertThat(bot.index().paragraphCount()).isEqualTo(paragraphs + 1));
        assertThat(bot.index().article("late-news")).isPresent();
      } finally {
        cloud.start(0);
      }
    }
  }

  private static void awaitMoreAnswers(AtomicInteger answered, int more) {
    int target = answered.get() + more;
    Eventually.within(Duration.ofMinutes(3)).until(() -> answered.get() >= target);
  }
}
