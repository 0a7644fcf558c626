package briefbot.index.solr;

import briefbot.index.ParagraphIndex.FieldTerm;
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
 * the rest (the terms component sums each shard's document frequency).
 */
final class DocumentFrequencies {

  private final CollectionState state;
  private final SolrReads reads;
  private final SolrClient client;
  private final String collection;

  DocumentFrequencies(CollectionState state, SolrReads reads, SolrClient client, String collection) {
    this.state = state;
    this.reads = reads;
    this.client = client;
    this.collection = collection;
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

  private Map<FieldTerm, Integer> fetch(Collection<FieldTerm> terms) {
    Map<FieldTerm, Integer> out = new HashMap<>();
    terms.forEach(t -> out.put(t, 0));
    ModifiableSolrParams params = new ModifiableSolrParams();
    params.set("terms.fl", terms.stream().map(FieldTerm::field).distinct().toArray(String[]::new));
    params.set("terms.list", String.join(",", terms.stream().map(t -> t.term().replace("\\", "\\\\").replace(",", "\\,"))
        .distinct().toList()));
    // Without it the shards' merged answer keeps only the ten commonest listed terms.
    params.set("terms.limit", -1);
    QueryRequest request = new QueryRequest(params);
    request.setPath("/terms");
    NamedList<?> fields = (NamedList<?>) reads.read("term statistics", () -> request.process(client, collection))
        .getResponse().get("terms");
    for (Map.Entry<String, ?> field : fields) {
      for (Map.Entry<String, ?> term : (NamedList<?>) field.getValue()) {
        FieldTerm key = new FieldTerm(field.getKey(), term.getKey());
        if (out.containsKey(key)) {
          out.put(key, ((Number) term.getValue()).intValue());
        }
      }
    }
    return out;
  }
}
