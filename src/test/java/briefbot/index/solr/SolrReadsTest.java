package briefbot.index.solr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.common.SolrDocumentList;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.common.util.NamedList;
import org.junit.jupiter.api.Test;

/**
 * A response that holds no results (a node answers so while one of its shards restarts) is a failed read: retried
 * once, then reported, never read as an empty or null result.
 */
class SolrReadsTest {

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
