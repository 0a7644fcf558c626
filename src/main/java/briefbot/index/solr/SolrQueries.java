package briefbot.index.solr;

import briefbot.index.IndexFields;
import briefbot.index.ParagraphIndex.Filter;
import briefbot.index.ParagraphIndex.Hit;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.util.ClientUtils;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrDocumentList;
import org.apache.solr.common.params.CursorMarkParams;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.common.params.ShardParams;
import org.apache.solr.common.util.NamedList;

/** The Solr requests behind retrieval's questions, in the shapes the embedded index answers them. */
final class SolrQueries {

  private static final int PAGE = 1000;
  /** Every document term statistics count: the paragraphs and the article records. */
  static final String STORED_DOCS = terms(IndexFields.KIND, List.of(IndexFields.KIND_PARAGRAPH, IndexFields.KIND_ARTICLE));
  /** Solr's version of a document, raised by every update of it (doc values: no stored field to read). */
  static final String VERSION = "_version_";
  /** The request parameter a search is routed to a replica by ({@link #routed}). */
  private static final String ROUTE = "briefbot.route";
  private static final String STATE = "state";
  private static final String ARTICLES = "articles";

  private SolrQueries() {}

  /** The same query as the embedded one: a boolean sum of dis-max clauses (tie 0.1) of exact terms. */
  static ModifiableSolrParams bm25(List<Map<String, Map<String, Double>>> clauses, int n) {
    ModifiableSolrParams params = new ModifiableSolrParams();
    List<String> should = new ArrayList<>();
    for (Map<String, Map<String, Double>> clause : clauses) {
      String terms = clause.entrySet().stream()
          .flatMap(e -> e.getValue().entrySet().stream().map(t -> e.getKey() + ":"
              + ClientUtils.escapeQueryChars(t.getKey()) + (t.getValue() == 1 ? "" : "^" + (float) (double) t.getValue())))
          .collect(Collectors.joining(" "));
      if (!terms.isEmpty()) {
        String name = "c" + should.size();
        params.set(name, "{!maxscore tie=0.1}" + terms);
        should.add("should=$" + name);
      }
    }
    if (should.isEmpty()) {
      return null;
    }
    params.set("q", "{!bool " + String.join(" ", should) + "}");
    return hitsOf(params, n);
  }

  static ModifiableSolrParams knn(float[] vector, int candidates, int n) {
    StringBuilder q = new StringBuilder("{!knn f=" + IndexFields.VECTOR + " topK=" + candidates + "}[");
    for (int i = 0; i < vector.length; i++) {
      q.append(i == 0 ? "" : ",").append(vector[i]);
    }
    ModifiableSolrParams params = new ModifiableSolrParams();
    params.set("q", q.append(']').toString());
    // A vector's similarity needs no term statistics: no round to the shards to gather them first.
    params.set("distrib.statsCache", false);
    return hitsOf(params, n);
  }

  /**
   * Adds a filter as filter queries: Solr applies them to BM25 as a filter and to kNN before the graph search, as
   * the embedded index does.
   */
  static ModifiableSolrParams filtered(ModifiableSolrParams params, Filter filter) {
    if (params == null || filter.none()) {
      return params;
    }
    List<String> fq = new ArrayList<>();
    fq.add(term(IndexFields.KIND, IndexFields.KIND_PARAGRAPH));
    if (!filter.sources().isEmpty()) {
      fq.add(terms(IndexFields.SOURCE_KEY, List.copyOf(filter.sources())));
    }
    if (!filter.languages().isEmpty()) {
      fq.add(terms(IndexFields.PARAGRAPH_LANGUAGE, List.copyOf(filter.languages())));
    }
    if (filter.since() != null || filter.until() != null) {
      String from = filter.since() == null ? "*" : Long.toString(filter.since().toEpochMilli());
      String to = filter.until() == null ? "*" : Long.toString(filter.until().toEpochMilli());
      fq.add(IndexFields.WHEN + ":[" + from + " TO " + to + "}");
    }
    if (!filter.articleIds().isEmpty()) {
      fq.add(terms(IndexFields.ARTICLE_ID, List.copyOf(filter.articleIds())));
    }
    params.set("fq", fq.toArray(String[]::new));
    return params;
  }

  /** A page of article records, the most recently first seen first. */
  static ModifiableSolrParams newest(int offset, int limit) {
    ModifiableSolrParams params = new ModifiableSolrParams();
    params.set("q", term(IndexFields.KIND, IndexFields.KIND_ARTICLE));
    params.set("sort", IndexFields.FIRST_SEEN + " desc," + IndexFields.PARAGRAPH_ID + " asc");
    params.set("start", offset);
    params.set("rows", limit);
    params.set("fl", SolrDocuments.STORED);
    return params;
  }

  /**
   * The best {@code n} as ids, scores, languages and versions, without their other stored fields: retrieval reads
   * only the few passages it keeps, and the stored fields of every hit (each shard's {@code n} best, in both rankings)
   * cost Solr more than the search itself (measured again December 3: a question's Solr CPU 9.0 -> 13.4 ms). In one
   * pass (each shard sends its best with the language, rather than ids first and the language in a second round).
   */
  private static ModifiableSolrParams hitsOf(ModifiableSolrParams params, int n) {
    params.set("rows", n);
    params.set("fl", IndexFields.PARAGRAPH_ID + "," + IndexFields.PARAGRAPH_LANGUAGE + ",score," + VERSION);
    params.set("distrib.singlePass", true);
    return params;
  }

  /**
   * The same search to the same replica of each shard while that replica is up: each (NRT) replica builds its own
   * HNSW graphs from its own segments, so approximate kNN finds somewhat different paragraphs on each, and a question
   * asked twice could get two answers. Routed by a hash of the search itself (Solr's stable replica routing, which the
   * client also applies in choosing the node it sends to), the same question gets the same hits, and different
   * questions still spread over the replicas.
   */
  static ModifiableSolrParams routed(ModifiableSolrParams params) {
    params.set(ROUTE, Integer.toString(params.toString().hashCode()));
    params.set(ShardParams.SHARDS_PREFERENCE, "replica.base:stable:hash:" + ROUTE);
    return params;
  }

  /**
   * A request for the state of the whole collection (a facet over every paragraph and article record): how many
   * there are, how many are articles, and the newest version among them. Answered by the shards' leaders, whose
   * index versions the state check reads (a TLOG follower may still search an older copy while a pass runs).
   */
  static ModifiableSolrParams generation() {
    ModifiableSolrParams params = new ModifiableSolrParams();
    params.set(ShardParams.SHARDS_PREFERENCE, ShardParams.SHARDS_PREFERENCE_REPLICA_LEADER + ":true");
    params.set("q", "*:*");
    params.set("rows", 0);
    params.set("json.facet", "{\"" + STATE + "\":{\"type\":\"query\",\"q\":\"*:*\",\"domain\":{\"query\":\""
        + STORED_DOCS + "\"},\"facet\":{\"newest\":\"max(_version_)\",\"" + ARTICLES
        + "\":{\"type\":\"query\",\"q\":\"" + term(IndexFields.KIND, IndexFields.KIND_ARTICLE) + "\"}}}}");
    return params;
  }

  /** The state a response was computed on, or null when it does not say. */
  static TermStatistics.Generation generation(QueryResponse response) {
    if (!(response.getResponse().get("facets") instanceof NamedList<?> facets)
        || !(facets.get(STATE) instanceof NamedList<?> state) || !(state.get("count") instanceof Number count)) {
      return null;
    }
    long articles = state.get(ARTICLES) instanceof NamedList<?> a && a.get("count") instanceof Number n ? n.longValue() : 0;
    return new TermStatistics.Generation(count.longValue(), articles,
        state.get("newest") instanceof Number newest ? newest.longValue() : 0, null);
  }

  static List<Hit> hits(QueryResponse response) {
    List<Hit> hits = new ArrayList<>();
    for (SolrDocument doc : response.getResults()) {
      hits.add(new Hit(SolrDocuments.string(doc, IndexFields.PARAGRAPH_ID), ((Number) doc.getFieldValue("score")).doubleValue(),
          SolrDocuments.string(doc, IndexFields.PARAGRAPH_LANGUAGE)));
    }
    return hits;
  }

  /** A query that matches one exact value of a field. */
  static String term(String field, String value) {
    return "{!term f=" + field + "}" + value;
  }

  /** A query that matches any of some values of a field (article and paragraph ids never hold a comma). */
  static String terms(String field, List<String> values) {
    return "{!terms f=" + field + "}" + String.join(",", values);
  }

  static long count(SolrClient client, String collection, String query) throws SolrServerException, IOException {
    ModifiableSolrParams params = new ModifiableSolrParams();
    params.set("q", query);
    params.set("rows", 0);
    return results(client.query(collection, params)).getNumFound();
  }

  /**
   * A response's documents. A response that holds none, not even an empty list (seen while a shard's node restarts),
   * is a failed read, so it is retried like one rather than read as null.
   */
  static SolrDocumentList results(QueryResponse response) throws IOException {
    SolrDocumentList results = response.getResults();
    if (results == null) {
      throw new IOException("Solr answered without results (a shard may be restarting)");
    }
    return results;
  }

  /** Every document a query matches, a page at a time with a cursor (stable while documents change). */
  static List<SolrDocument> all(SolrClient client, String collection, ModifiableSolrParams params) throws IOException {
    List<SolrDocument> out = new ArrayList<>();
    ModifiableSolrParams page = new ModifiableSolrParams(params);
    page.set("rows", PAGE);
    page.set("sort", IndexFields.PARAGRAPH_ID + " asc");
    String cursor = CursorMarkParams.CURSOR_MARK_START;
    try {
      while (true) {
        page.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
        QueryResponse response = client.query(collection, page);
        out.addAll(results(response));
        String next = response.getNextCursorMark();
        if (next == null || next.equals(cursor)) {
          return out;
        }
        cursor = next;
      }
    } catch (SolrServerException e) {
      throw new IOException("Solr query failed: " + e.getMessage(), e);
    }
  }
}
