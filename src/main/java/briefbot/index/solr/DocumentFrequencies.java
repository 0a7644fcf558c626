package briefbot.index.solr;

import briefbot.index.IndexFields;
import briefbot.index.ParagraphIndex.FieldTerm;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.request.QueryRequest;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.common.util.NamedList;

/**
 * How many paragraphs hold each term: the frequencies kept for the collection's present state, and one request for
 * the rest (the terms component sums each shard's document frequency); a term only removed paragraphs hold counts 0.
 */
final class DocumentFrequencies {

  /** Every document is one of these two kinds: their frequencies count the documents, removed ones included. */
  private static final List<FieldTerm> KINDS = List.of(new FieldTerm(IndexFields.KIND, IndexFields.KIND_PARAGRAPH),
      new FieldTerm(IndexFields.KIND, IndexFields.KIND_ARTICLE));

  private final CollectionState state;
  private final SolrReads reads;
  private final SolrClient client;
  private final String collection;
  private final LiveTerms live;

  DocumentFrequencies(CollectionState state, SolrReads reads, SolrClient client, String collection) {
    this.state = state;
    this.reads = reads;
    this.client = client;
    this.collection = collection;
    this.live = new LiveTerms(reads);
  }

  Map<FieldTerm, Integer> of(Collection<FieldTerm> asked) {
    if (asked.isEmpty()) {
      return new HashMap<>();
    }
    TermStatistics.Snapshot snapshot = state.snapshot();
    Map<FieldTerm, Integer> out = TermStatistics.known(snapshot, asked);
    List<FieldTerm> missing = asked.stream().filter(t -> !out.containsKey(t)).distinct().toList();
    if (!missing.isEmpty()) {
      Map<FieldTerm, Integer> fetched = fetch(missing);
      snapshot.docFreqs().putAll(fetched);
      out.putAll(fetched);
    }
    return out;
  }

  /**
   * One request to the terms component for the terms' frequencies, and with them how many documents it counts that
   * are removed (the two kinds' frequencies, removed documents included, less the documents still there): a term
   * counted no more often than that may be held by removed paragraphs alone, and one more request confirms it
   * ({@link LiveTerms}). With no removals waiting for a merge, nothing more is asked.
   */
  private Map<FieldTerm, Integer> fetch(Collection<FieldTerm> terms) {
    Map<FieldTerm, Integer> out = new HashMap<>();
    terms.forEach(t -> out.put(t, 0));
    NamedList<?> response = reads.read("term statistics", () -> request(terms).process(client, collection)).getResponse();
    long counted = 0;
    for (Map.Entry<String, ?> field : (NamedList<?>) response.get("terms")) {
      for (Map.Entry<String, ?> term : (NamedList<?>) field.getValue()) {
        FieldTerm key = new FieldTerm(field.getKey(), term.getKey());
        int df = ((Number) term.getValue()).intValue();
        out.computeIfPresent(key, (k, v) -> df);
        counted += KINDS.contains(key) ? df : 0;
      }
    }
    long removed = counted - documents(response);
    if (removed > 0) {
      List<FieldTerm> doubtful = out.entrySet().stream().filter(e -> e.getValue() > 0 && e.getValue() <= removed)
          .map(Map.Entry::getKey).toList();
      live.onlyRemoved(doubtful).forEach(t -> out.put(t, 0));
    }
    return out;
  }

  /** The terms and the two kinds, every term looked up in every field named, with the count of documents there. */
  private static QueryRequest request(Collection<FieldTerm> terms) {
    List<FieldTerm> listed = new ArrayList<>(terms);
    listed.addAll(KINDS);
    ModifiableSolrParams params = new ModifiableSolrParams();
    params.set("terms.fl", listed.stream().map(FieldTerm::field).distinct().toArray(String[]::new));
    params.set("terms.list", String.join(",", listed.stream().map(t -> t.term().replace("\\", "\\\\").replace(",", "\\,"))
        .distinct().toList()));
    // Without it the shards' merged answer keeps only the ten commonest listed terms.
    params.set("terms.limit", -1);
    // the documents still there, summed over the same shards' searchers that counted the terms
    params.set("terms.stats", true);
    QueryRequest request = new QueryRequest(params);
    request.setPath("/terms");
    return request;
  }

  /** The documents still there as the terms component's stats count them; when they are missing, none is confirmed. */
  private static long documents(NamedList<?> response) {
    return response.get("indexstats") instanceof NamedList<?> stats && stats.get("numDocs") instanceof Number n
        ? n.longValue() : Long.MAX_VALUE;
  }
}
