package briefbot.index.solr;

import static org.assertj.core.api.Assertions.assertThat;

import briefbot.config.SolrSettings;
import briefbot.index.IndexFields;
import briefbot.testing.SolrCloud;
import briefbot.testing.SolrCloudTest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.common.SolrInputDocument;
import org.junit.jupiter.api.Test;

/**
 * The client Briefbot talks to SolrCloud with, under the load `index` puts on it: several large updates at once each
 * finish (SolrJ's JDK client, left to its own 4-thread pool, let their request bodies wait for each other for ever).
 */
@SolrCloudTest
class SolrClientTest {

  static final int UPDATES = 12;
  static final int DOCUMENTS = 200;

  @Test
  void manyLargeUpdatesAtOnceAllFinish() throws Exception {
    SolrSettings settings = SolrCloud.shared().settings("many_updates");
    SolrIndex.open(settings, null, Clock.systemUTC()).close();
    ExecutorService senders = Executors.newFixedThreadPool(UPDATES);
    try (SolrClient client = settings.client()) {
      List<Future<?>> sent = new ArrayList<>();
      for (int u = 0; u < UPDATES; u++) {
        List<SolrInputDocument> docs = documents(u);
        sent.add(senders.submit(() -> client.add(settings.collection(), docs)));
      }
      for (Future<?> update : sent) {
        update.get(120, TimeUnit.SECONDS);
      }
      client.commit(settings.collection());
      assertThat(SolrQueries.count(client, settings.collection(),
          SolrQueries.term(IndexFields.KIND, IndexFields.KIND_PARAGRAPH))).isEqualTo((long) UPDATES * DOCUMENTS);
    } finally {
      senders.shutdownNow();
    }
  }

  /** A random direction of 384 dimensions, of length 1 as the dot-product field asks. */
  private static List<Float> unitVector(Random random) {
    double[] v = random.doubles(384).map(x -> x - 0.5).toArray();
    double norm = Math.sqrt(Arrays.stream(v).map(x -> x * x).sum());
    return Arrays.stream(v).mapToObj(x -> (float) (x / norm)).toList();
  }

  /** Paragraph documents with a vector each: a few hundred kilobytes an update, far more than a pipe's buffer. */
  private static List<SolrInputDocument> documents(int update) {
    Random random = new Random(update);
    List<SolrInputDocument> docs = new ArrayList<>();
    for (int i = 0; i < DOCUMENTS; i++) {
      SolrInputDocument doc = new SolrInputDocument();
      doc.setField(IndexFields.PARAGRAPH_ID, "u" + update + "#" + i);
      doc.setField(IndexFields.KIND, IndexFields.KIND_PARAGRAPH);
      doc.setField(IndexFields.TEXT, "paragraph " + i + " of update " + update);
      doc.setField(IndexFields.VECTOR, unitVector(random));
      docs.add(doc);
    }
    return docs;
  }
}
