package briefbot.state.solr;

import briefbot.config.SolrSettings;
import briefbot.index.solr.CollectionSetup;
import dev.failsafe.Failsafe;
import dev.failsafe.FailsafeException;
import dev.failsafe.RetryPolicy;
import dev.failsafe.function.CheckedSupplier;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.SolrQuery;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.params.ModifiableSolrParams;

/**
 * The bot-state collection and the requests {@link SolrState} makes of it. Created when missing: one shard (it is
 * small, and a single shard keeps every query exact), replicated like the paragraph collection, with the configset
 * kept in {@code briefbot/solr/state/}.
 */
final class StateCollection implements AutoCloseable {

  private static final String FIELDS = "id,key,value,owner,expires,_version_";
  /**
   * Reads are tried once more after a moment, as the paragraph collection's are: a node that is loading or leaving a
   * core can answer one request with an error or a page that is no Solr response ("Invalid version (expected 2, but
   * 115) or the data in not in 'javabin' format", seen once in the two-node test cluster), and a read is safe to repeat.
   */
  private static final RetryPolicy<Object> READ_AGAIN = RetryPolicy.builder()
      .handle(IOException.class, SolrServerException.class, SolrException.class)
      .withDelay(Duration.ofMillis(300)).withMaxRetries(1).build();

  private final SolrClient client;
  private final String name;

  StateCollection(SolrClient client, String name) {
    this.client = client;
    this.name = name;
  }

  /** Opens the state collection of these settings with a client of its own, creating it when it is missing. */
  static StateCollection open(SolrSettings settings) {
    CloudSolrClient client = settings.client();
    try {
      ensure(client, settings);
    } catch (RuntimeException e) {
      closeQuietly(client);
      throw e;
    }
    return new StateCollection(client, settings.stateCollection());
  }

  /** Adds a document; false when its {@code _version_} condition failed (409 conflict). */
  boolean add(SolrInputDocument doc, String namespace) {
    try {
      client.add(name, doc);
      return true;
    } catch (IOException | SolrServerException | SolrException e) {
      if (conflict(e)) {
        return false;
      }
      throw failure("write", namespace, e);
    }
  }

  /** Real-time get: the latest acknowledged version of a document, committed or not; null when there is none. */
  SolrDocument get(String id, String namespace) {
    return read("read", namespace, () -> client.getById(name, id, new ModifiableSolrParams().set("fl", FIELDS)));
  }

  /** Runs a query after a soft commit, so it sees every write acknowledged before it. */
  QueryResponse query(SolrQuery query, String what, String namespace) {
    return read(what, namespace, () -> {
      client.commit(name, false, true, true);
      QueryResponse response = client.query(name, query);
      if (response.getResults() == null) { // seen while the state's node restarts: a failure, not an empty answer
        throw new IOException("Solr answered without results");
      }
      return response;
    });
  }

  /** A read, tried once more if it fails, then reported with what was read and where. */
  private <T> T read(String what, String namespace, CheckedSupplier<T> request) {
    try {
      return Failsafe.with(READ_AGAIN).get(request);
    } catch (FailsafeException e) { // a checked failure, wrapped
      throw failure(what, namespace, e.getCause() instanceof Exception cause ? cause : e);
    } catch (SolrException e) {
      throw failure(what, namespace, e);
    }
  }

  void deleteById(String id, String namespace) {
    try {
      client.deleteById(name, id);
    } catch (IOException | SolrServerException | SolrException e) {
      throw failure("delete", namespace, e);
    }
  }

  void deleteByQuery(String query, String namespace) {
    try {
      client.deleteByQuery(name, query);
    } catch (IOException | SolrServerException | SolrException e) {
      throw failure("prune", namespace, e);
    }
  }

  /** A 409 from Solr, possibly wrapped by the client's routing. */
  private static boolean conflict(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SolrException s && s.code() == SolrException.ErrorCode.CONFLICT.code) {
        return true;
      }
      if (t instanceof CloudSolrClient.RouteException route) {
        for (Map.Entry<String, Throwable> failed : route.getThrowables()) {
          if (conflict(failed.getValue())) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private IllegalStateException failure(String what, String namespace, Exception e) {
    return new IllegalStateException("bot state " + what + " failed in " + namespace + " (Solr collection "
        + name + "): " + e.getMessage(), e);
  }

  @Override
  public void close() {
    closeQuietly(client);
  }

  private static void closeQuietly(SolrClient client) {
    try {
      client.close();
    } catch (IOException e) {
      // closing is best effort; a failure to open is the error worth reporting
    }
  }

  private static void ensure(SolrClient client, SolrSettings settings) {
    String name = settings.stateCollection();
    // One shard with the implicit router: ids are "namespace/key" of any text, which compositeId would parse.
    var create = CollectionAdminRequest.createCollectionWithImplicitRouter(name, name, "shard1", settings.replicas());
    create.setWaitForFinalState(true); // claims right after start-up need an elected leader
    try {
      CollectionSetup.ensure(client, name, name, "/briefbot/solr/state/", create);
    } catch (IOException | SolrServerException | RuntimeException e) {
      throw new IllegalStateException("cannot create the Solr collection " + name + " for the bot state: "
          + e.getMessage(), e);
    }
  }
}
