package briefbot.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.request.JavaBinUpdateRequestCodec;
import org.apache.solr.client.solrj.request.SolrQuery;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.util.JavaBinCodec;
import org.apache.solr.common.util.NamedList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Solr client sends an update's body whole, with its length, however many large updates are in flight; a server
 * on 127.0.0.1 speaking Solr's update wire format (javabin) checks what arrives.
 */
class WholeBodySolrClientTest {

  private static final int UPDATES = 8;
  private static final int DOCUMENTS = 300;

  private final Queue<Received> received = new ConcurrentLinkedQueue<>();
  private final AtomicInteger status = new AtomicInteger(200);
  private HttpServer server;
  private ExecutorService serverThreads;

  private record Received(String method, String contentType, String contentLength, String transferEncoding,
      int bytes, int documents) {}

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    serverThreads = Executors.newFixedThreadPool(UPDATES);
    server.setExecutor(serverThreads);
    server.createContext("/solr/", this::handle);
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
    serverThreads.shutdownNow();
  }

  @Test
  void manyLargeUpdatesAtOnceArriveWholeWithTheirLength() throws Exception {
    ExecutorService senders = Executors.newFixedThreadPool(UPDATES);
    try (SolrClient client = client()) {
      List<Future<?>> sent = new ArrayList<>();
      for (int u = 0; u < UPDATES; u++) {
        UpdateRequest update = new UpdateRequest();
        update.add(documents(u));
        sent.add(senders.submit(() -> update.process(client, "news")));
      }
      for (Future<?> update : sent) {
        update.get(60, TimeUnit.SECONDS);
      }
    } finally {
      senders.shutdownNow();
    }
    assertThat(received).hasSize(UPDATES).allSatisfy(r -> {
      assertThat(r.method()).isEqualTo("POST");
      assertThat(r.contentType()).isEqualTo("application/javabin");
      assertThat(r.transferEncoding()).isNull();
      assertThat(r.contentLength()).isEqualTo(Integer.toString(r.bytes()));
      assertThat(r.bytes()).isGreaterThan(64 * 1024);
      assertThat(r.documents()).isEqualTo(DOCUMENTS);
    });
  }

  @Test
  void aRefusedUpdateIsAnErrorWithSolrsMessage() throws Exception {
    status.set(400);
    try (SolrClient client = client()) {
      UpdateRequest update = new UpdateRequest();
      update.add(documents(0));
      assertThatThrownBy(() -> update.process(client, "news")).isInstanceOf(SolrException.class)
          .hasMessageContaining("unknown field 'colour'");
    }
  }

  @Test
  void aRequestWithoutBodyGoesAsBefore() throws Exception {
    try (SolrClient client = client()) {
      client.query("news", new SolrQuery("*:*"));
    }
    assertThat(received).singleElement().satisfies(r -> {
      assertThat(r.method()).isEqualTo("GET");
      assertThat(r.bytes()).isZero();
    });
  }

  private SolrClient client() {
    return new WholeBodySolrClient.Builder().useHttp1_1(true)
        .withBaseSolrUrl("http://127.0.0.1:" + server.getAddress().getPort() + "/solr").build();
  }

  private void handle(HttpExchange exchange) throws IOException {
    byte[] body = exchange.getRequestBody().readAllBytes();
    String type = exchange.getRequestHeaders().getFirst("Content-Type");
    int documents = "application/javabin".equals(type) ? documents(body) : 0;
    received.add(new Received(exchange.getRequestMethod(), type,
        exchange.getRequestHeaders().getFirst("Content-Length"),
        exchange.getRequestHeaders().getFirst("Transfer-Encoding"), body.length, documents));
    NamedList<Object> header = new NamedList<>();
    header.add("status", status.get() == 200 ? 0 : status.get());
    header.add("QTime", 1);
    NamedList<Object> response = new NamedList<>();
    response.add("responseHeader", header);
    if (status.get() != 200) {
      NamedList<Object> error = new NamedList<>();
      error.add("msg", "ERROR: [doc=u0#0] unknown field 'colour'");
      error.add("code", status.get());
      response.add("error", error);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JavaBinCodec codec = new JavaBinCodec()) {
      codec.marshal(response, out);
    }
    exchange.getResponseHeaders().set("Content-Type", "application/octet-stream");
    exchange.sendResponseHeaders(status.get(), out.size());
    try (var sink = exchange.getResponseBody()) {
      out.writeTo(sink);
    }
  }

  private static int documents(byte[] body) throws IOException {
    AtomicInteger count = new AtomicInteger();
    try (InputStream in = new ByteArrayInputStream(body)) {
      new JavaBinUpdateRequestCodec().unmarshal(in, (doc, request, version, overwrite) -> count.incrementAndGet());
    }
    return count.get();
  }

  /** Paragraph-like documents with a 384-dimension vector each: far more than a pipe's buffer an update. */
  private static List<SolrInputDocument> documents(int update) {
    Random random = new Random(update);
    List<SolrInputDocument> docs = new ArrayList<>();
    for (int i = 0; i < DOCUMENTS; i++) {
      SolrInputDocument doc = new SolrInputDocument();
      doc.setField("id", "u" + update + "#" + i);
      doc.setField("text", "paragraph " + i + " of update " + update);
      List<Float> vector = new ArrayList<>();
      for (int d = 0; d < 384; d++) {
        vector.add(random.nextFloat() - 0.5f);
      }
      doc.setField("vector", vector);
      docs.add(doc);
    }
    return docs;
  }
}
