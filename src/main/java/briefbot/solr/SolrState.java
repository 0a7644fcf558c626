package briefbot.solr;

import briefbot.state.BotState;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.request.SolrQuery;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.util.ClientUtils;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.params.CursorMarkParams;
import org.apache.solr.common.params.ModifiableSolrParams;

/**
 * The bot state in a SolrCloud collection that every Briefbot instance of a deployment shares, so a Slack retry is
 * answered once and a digest posted once whichever instance gets it.
 *
 * <p>Claims and leases are atomic through Solr's optimistic concurrency ({@code _version_}: -1 creates only when
 * absent, a read version overwrites only what was read; anything else is a 409 conflict). Reads of one key use
 * real-time get, which sees every acknowledged write at once. Queries ({@code list}, {@code count}, {@code prune})
 * first ask for a soft commit, so they too see everything written before them: reads of whole namespaces are rare
 * (digest runs, clean-ups) and writes frequent (every chat event), so the cost goes to the reads.
 */
public final class SolrState implements BotState {

  /** Leases share the collection with the entries; no caller lists this namespace. */
  private static final String LEASES = "briefbot.leases";
  private static final int PAGE = 500;
  private static final int LEASE_TRIES = 5;

  private final SolrClient client;
  private final String collection;
  private final Clock clock;

  SolrState(SolrClient client, String collection, Clock clock) {
    this.client = client;
    this.collection = collection;
    this.clock = clock;
  }

  /** Opens the state collection of these settings, creating it when it is missing. */
  public static SolrState open(SolrSettings settings, Clock clock) {
    CloudSolrClient client = settings.client();
    try {
      StateCollection.ensure(client, settings);
    } catch (RuntimeException e) {
      closeQuietly(client);
      throw e;
    }
    return new SolrState(client, settings.stateCollection(), clock);
  }

  @Override
  public boolean claim(String namespace, String key) {
    // The owner token tells a claim the client resent after a lost answer (409 against itself) from a lost race.
    String token = UUID.randomUUID().toString();
    SolrInputDocument doc = entry(namespace, key, null);
    doc.setField("owner", token);
    doc.setField("_version_", -1L);
    if (write(doc, namespace)) {
      return true;
    }
    SolrDocument current = fetch(namespace, key);
    return current != null && token.equals(current.getFieldValue("owner"));
  }

  @Override
  public void put(String namespace, String key, String value) {
    write(entry(namespace, key, value), namespace);
  }

  @Override
  public Optional<String> get(String namespace, String key) {
    SolrDocument doc = fetch(namespace, key);
    return doc == null ? Optional.empty() : Optional.ofNullable((String) doc.getFieldValue("value"));
  }

  @Override
  public boolean contains(String namespace, String key) {
    return fetch(namespace, key) != null;
  }

  @Override
  public boolean delete(String namespace, String key) {
    if (!contains(namespace, key)) {
      return false;
    }
    try {
      client.deleteById(collection, id(namespace, key));
      return true;
    } catch (IOException | SolrServerException | SolrException e) {
      throw failure("delete", namespace, e);
    }
  }

  @Override
  public Map<String, String> list(String namespace) {
    Map<String, String> out = new LinkedHashMap<>();
    SolrQuery query = new SolrQuery(inNamespace(namespace)).setRows(PAGE).setFields("key", "value")
        .setSort("id", SolrQuery.ORDER.asc); // ids are "namespace/key": key order within one namespace
    String cursor = CursorMarkParams.CURSOR_MARK_START;
    while (true) {
      query.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
      QueryResponse page = query(query, "list", namespace);
      page.getResults().forEach(d -> out.put((String) d.getFieldValue("key"), (String) d.getFieldValue("value")));
      if (cursor.equals(page.getNextCursorMark())) {
        return out;
      }
      cursor = page.getNextCursorMark();
    }
  }

  @Override
  public int count(String namespace) {
    return (int) query(new SolrQuery(inNamespace(namespace)).setRows(0), "count", namespace).getResults().getNumFound();
  }

  @Override
  public int prune(String namespace, long olderThanEpochMilli) {
    String old = inNamespace(namespace) + " AND updated:[* TO " + (olderThanEpochMilli - 1) + "]";
    int found = (int) query(new SolrQuery(old).setRows(0), "prune", namespace).getResults().getNumFound();
    if (found == 0) {
      return 0;
    }
    try {
      client.deleteByQuery(collection, old);
      return found;
    } catch (IOException | SolrServerException | SolrException e) {
      throw failure("prune", namespace, e);
    }
  }

  @Override
  public boolean lease(String name, String holder, Duration ttl) {
    for (int i = 0; i < LEASE_TRIES; i++) {
      long now = clock.millis();
      SolrDocument current = fetch(LEASES, name);
      if (current != null && !holder.equals(current.getFieldValue("value"))
          && ((Number) current.getFieldValue("expires")).longValue() > now) {
        return false;
      }
      SolrInputDocument doc = entry(LEASES, name, holder);
      doc.setField("expires", now + ttl.toMillis());
      doc.setField("_version_", current == null ? -1L : ((Number) current.getFieldValue("_version_")).longValue());
      if (write(doc, LEASES)) {
        return true;
      }
      // Changed since it was read (another holder, or this one's own resent write): look again.
    }
    return false;
  }

  private SolrInputDocument entry(String namespace, String key, String value) {
    if (namespace.contains("/")) {
      throw new IllegalArgumentException("a state namespace has no '/': " + namespace);
    }
    SolrInputDocument doc = new SolrInputDocument();
    doc.setField("id", id(namespace, key));
    doc.setField("ns", namespace);
    doc.setField("key", key);
    doc.setField("updated", clock.millis());
    if (value != null) {
      doc.setField("value", value);
    }
    return doc;
  }

  private static String id(String namespace, String key) {
    return namespace + "/" + key;
  }

  /** Adds a document; false when its {@code _version_} condition failed (409). */
  private boolean write(SolrInputDocument doc, String namespace) {
    try {
      client.add(collection, doc);
      return true;
    } catch (IOException | SolrServerException | SolrException e) {
      if (conflict(e)) {
        return false;
      }
      throw failure("write", namespace, e);
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

  /** Real-time get: the latest acknowledged version of an entry, committed or not. */
  private SolrDocument fetch(String namespace, String key) {
    ModifiableSolrParams fields = new ModifiableSolrParams().set("fl", "id,key,value,owner,expires,_version_");
    try {
      return client.getById(collection, id(namespace, key), fields);
    } catch (IOException | SolrServerException | SolrException e) {
      throw failure("read", namespace, e);
    }
  }

  private static String inNamespace(String namespace) {
    return "ns:" + ClientUtils.escapeQueryChars(namespace);
  }

  private QueryResponse query(SolrQuery query, String what, String namespace) {
    try {
      client.commit(collection, false, true, true); // soft: makes earlier writes searchable, see the class comment
      return client.query(collection, query);
    } catch (IOException | SolrServerException | SolrException e) {
      throw failure(what, namespace, e);
    }
  }

  private IllegalStateException failure(String what, String namespace, Exception e) {
    return new IllegalStateException("bot state " + what + " failed in " + namespace + " (Solr collection "
        + collection + "): " + e.getMessage(), e);
  }

  private static void closeQuietly(SolrClient client) {
    try {
      client.close();
    } catch (IOException e) {
      // already failing; the first error is the one to report
    }
  }

  @Override
  public void close() {
    closeQuietly(client);
  }
}
