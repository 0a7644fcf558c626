package briefbot.state.solr;

import briefbot.config.SolrSettings;
import briefbot.state.BotState;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.solr.client.solrj.request.SolrQuery;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.util.ClientUtils;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.params.CursorMarkParams;

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

  private final StateCollection collection;
  private final Clock clock;

  SolrState(StateCollection collection, Clock clock) {
    this.collection = collection;
    this.clock = clock;
  }

  /** Opens the state collection of these settings, creating it when it is missing. */
  public static SolrState open(SolrSettings settings, Clock clock) {
    return new SolrState(StateCollection.open(settings), clock);
  }

  @Override
  public boolean claim(String namespace, String key) {
    return putIfAbsent(namespace, key, null);
  }

  @Override
  public void put(String namespace, String key, String value) {
    collection.add(entry(namespace, key, value), namespace);
  }

  @Override
  public boolean putIfAbsent(String namespace, String key, String value) {
    // As claim: the owner token tells a resent create (409 against itself) from a lost race.
    String token = UUID.randomUUID().toString();
    SolrInputDocument doc = entry(namespace, key, value);
    doc.setField("owner", token);
    doc.setField("_version_", -1L);
    if (collection.add(doc, namespace)) {
      return true;
    }
    SolrDocument current = fetch(namespace, key);
    return current != null && token.equals(current.getFieldValue("owner"));
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
    collection.deleteById(id(namespace, key), namespace);
    return true;
  }

  @Override
  public Map<String, String> list(String namespace) {
    Map<String, String> out = new LinkedHashMap<>();
    SolrQuery query = new SolrQuery(inNamespace(namespace)).setRows(PAGE).setFields("key", "value")
        .setSort("id", SolrQuery.ORDER.asc); // ids are "namespace/key": key order within one namespace
    String cursor = CursorMarkParams.CURSOR_MARK_START;
    while (true) {
      query.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
      QueryResponse page = collection.query(query, "list", namespace);
      page.getResults().forEach(d -> out.put((String) d.getFieldValue("key"), (String) d.getFieldValue("value")));
      if (cursor.equals(page.getNextCursorMark())) {
        return out;
      }
      cursor = page.getNextCursorMark();
    }
  }

  @Override
  public int count(String namespace) {
    SolrQuery all = new SolrQuery(inNamespace(namespace)).setRows(0);
    return (int) collection.query(all, "count", namespace).getResults().getNumFound();
  }

  @Override
  public int prune(String namespace, long olderThanEpochMilli) {
    String old = inNamespace(namespace) + " AND updated:[* TO " + (olderThanEpochMilli - 1) + "]";
    int found = (int) collection.query(new SolrQuery(old).setRows(0), "prune", namespace).getResults().getNumFound();
    if (found == 0) {
      return 0;
    }
    collection.deleteByQuery(old, namespace);
    return found;
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
      if (collection.add(doc, LEASES)) {
        return true;
      }
      // Changed since it was read (another holder, or this one's own resent write): look again.
    }
    return false;
  }

  @Override
  public boolean release(String name, String holder) {
    SolrDocument current = fetch(LEASES, name);
    if (current == null || !holder.equals(current.getFieldValue("value"))) {
      return false;
    }
    // Between the read and the delete another can only have taken it over had it run out; renewing re-creates it.
    collection.deleteById(id(LEASES, name), LEASES);
    return true;
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

  /** Real-time get of an entry: sees every acknowledged write, committed or not. */
  private SolrDocument fetch(String namespace, String key) {
    return collection.get(id(namespace, key), namespace);
  }

  private static String inNamespace(String namespace) {
    return "ns:" + ClientUtils.escapeQueryChars(namespace);
  }

  @Override
  public void close() {
    collection.close();
  }
}
