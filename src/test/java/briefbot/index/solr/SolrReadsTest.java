package briefbot.index.solr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.impl.HttpJdkSolrClient;
import org.apache.solr.client.solrj.response.XMLResponseParser;
import org.apache.solr.common.SolrDocumentList;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.common.util.NamedList;
import org.junit.jupiter.api.Test;

/**
 * A response that holds no results (a node answers so while one of its shards restarts) is a failed read: retried
 * once, then reported, never read as an empty or null result. A read that gets no answer is abandoned after its try's
 * time and tried once more, over real HTTP with SolrJ's JDK client.
 */
class SolrReadsTest {

  /** Long enough for a cold client on a busy machine to reach a node that answers. */
  private static final Duration TRY = Duration.ofSeconds(2);

  @Test
  void aResponseWithoutResultsIsRetriedAndTheRetryIsWhatTheCallerGets() {
    Answering client = new Answering(1);
    SolrReads reads = new SolrReads(client, "news");

    assertThat(reads.query(new ModifiableSolrParams().set("q", "*:*")).getResults().getNumFound()).isEqualTo(7);
    assertThat(reads.sent()).isEqualTo(2);
  }

  @Test
  void responsesThatNeverHoldResultsFailTheReadWithItsCause() {
    SolrReads reads = new SolrReads(new Answering(Integer.MAX_VALUE), "news");

    assertThatThrownBy(() -> reads.count("*:*")).isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("Solr count in news failed").hasMessageContaining("without results");
    assertThat(reads.sent("count")).isEqualTo(2);
  }

  @Test
  void aSearchThatGetsNoAnswerIsAbandonedAndTheRetryIsWhatTheCallerGets() throws Exception {
    try (Node node = new Node(1); SolrClient client = node.client()) {
      SolrReads reads = new SolrReads(client, "news", TRY);

      assertThat(reads.query(new ModifiableSolrParams().set("q", "*:*")).getResults().getNumFound()).isEqualTo(7);
      assertThat(reads.sent("search")).isEqualTo(2);
      assertThat(node.asked()).isEqualTo(2);
      assertThat(Thread.currentThread().isInterrupted()).as("the abandoned try's interrupt is not left behind").isFalse();
    }
  }

  @Test
  void aReadThatNeverGetsAnAnswerFailsAfterTwoTriesSayingSo() throws Exception {
    try (Node node = new Node(Integer.MAX_VALUE); SolrClient client = node.client()) {
      SolrReads reads = new SolrReads(client, "news", TRY);

      assertThatThrownBy(() -> reads.count("*:*")).isInstanceOf(UncheckedIOException.class)
          .hasMessage("Solr count in news failed: no answer within 2000 ms");
      assertThat(reads.sent("count")).isEqualTo(2);
    }
  }

  /** A Solr node on 127.0.0.1 whose first searches hang (as behind a stuck shard request), later ones find 7. */
  private static final class Node implements AutoCloseable {
    private static final String FOUND = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<response><lst name=\"responseHeader\">"
        + "<int name=\"status\">0</int></lst><result name=\"response\" numFound=\"7\" start=\"0\"></result></response>";
    private final HttpServer server;
    private final AtomicInteger asked = new AtomicInteger();
    private final CountDownLatch closing = new CountDownLatch(1);

    Node(int hanging) throws IOException {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
      server.createContext("/solr/news/select", exchange -> answer(exchange, asked.getAndIncrement() < hanging));
      server.start();
    }

    private void answer(HttpExchange exchange, boolean hang) throws IOException {
      if (hang) {
        try {
          closing.await(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        exchange.close();
        return;
      }
      byte[] body = FOUND.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "application/xml; charset=UTF-8");
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }

    SolrClient client() {
      return new HttpJdkSolrClient.Builder("http://127.0.0.1:" + server.getAddress().getPort() + "/solr")
          .useHttp1_1(true).withResponseParser(new XMLResponseParser()).build();
    }

    int asked() {
      return asked.get();
    }

    @Override
    public void close() {
      closing.countDown();
      server.stop(0);
    }
  }

  /** Stands in for a cluster: its first answers lack the "response" section, later ones find 7 documents. */
  private static final class Answering extends SolrClient {
    private final int withoutResults;
    private final AtomicInteger asked = new AtomicInteger();

    Answering(int withoutResults) {
      this.withoutResults = withoutResults;
    }

    @Override
    public NamedList<Object> request(SolrRequest<?> request, String collection) {
      NamedList<Object> response = new NamedList<>();
      if (asked.getAndIncrement() >= withoutResults) {
        SolrDocumentList results = new SolrDocumentList();
        results.setNumFound(7);
        response.add("response", results);
      }
      return response;
    }

    @Override
    public void close() {}
  }
}
