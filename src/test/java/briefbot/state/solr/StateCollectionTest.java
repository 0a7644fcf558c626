package briefbot.state.solr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrDocumentList;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.util.NamedList;
import org.junit.jupiter.api.Test;

/**
 * A state read that a node answers with an error is tried once more, and the retry is what the caller gets; one that
 * keeps failing is reported with its namespace and collection.
 */
class StateCollectionTest {

  private static final String NOT_JAVABIN =
      "Invalid version (expected 2, but 115) or the data in not in 'javabin' format";

  @Test
  void aReadAnsweredWithAnErrorIsTriedAgainAndTheRetryIsWhatTheCallerGets() {
    Failing client = new Failing(1);
    try (StateCollection state = new StateCollection(client, "bot_state")) {
      SolrDocument lease = state.get("lease:indexing", "briefbot.leases");

      assertThat(lease.getFieldValue("owner")).isEqualTo("instance-a");
      assertThat(client.asked.get()).isEqualTo(2);
    }
  }

  @Test
  void aReadThatKeepsFailingIsReportedWithWhereItFailed() {
    Failing client = new Failing(Integer.MAX_VALUE);
    try (StateCollection state = new StateCollection(client, "bot_state")) {
      assertThatThrownBy(() -> state.get("lease:indexing", "briefbot.leases"))
          .hasMessageContaining("bot state read failed in briefbot.leases (Solr collection bot_state)")
          .hasMessageContaining("javabin");
      assertThat(client.asked.get()).isEqualTo(2);
    }
  }

  /** A node that answers its first {@code failures} requests with an error, then with the lease document. */
  private static final class Failing extends SolrClient {
    private final int failures;
    private final AtomicInteger asked = new AtomicInteger();

    Failing(int failures) {
      this.failures = failures;
    }

    @Override
    public NamedList<Object> request(SolrRequest<?> request, String collection) {
      if (asked.getAndIncrement() < failures) {
        throw new SolrException(SolrException.ErrorCode.SERVER_ERROR, NOT_JAVABIN);
      }
      SolrDocument doc = new SolrDocument();
      doc.setField("id", "lease:indexing");
      doc.setField("owner", "instance-a");
      SolrDocumentList docs = new SolrDocumentList();
      docs.add(doc);
      docs.setNumFound(1);
      NamedList<Object> response = new NamedList<>();
      response.add("response", docs);
      return response;
    }

    @Override
    public void close() {}
  }
}
