package briefbot.index.solr;

import briefbot.index.ParagraphIndex.FieldTerm;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.common.util.NamedList;

/**
 * Which terms only removed documents hold: Solr's terms component, like Lucene's statistics, counts a removed
 * paragraph until a merge drops it, so a name only a removed article held would pass as one the articles mention.
 */
final class LiveTerms {

  private static final String TERM = "live";

  private final SolrReads reads;

  LiveTerms(SolrReads reads) {
    this.reads = reads;
  }

  /**
   * Of {@code terms}, those no document still in the collection holds: one request that counts each term's live
   * documents (a query facet each; the term is a parameter of its own, so it needs no escaping).
   */
  Set<FieldTerm> onlyRemoved(List<FieldTerm> terms) {
    if (terms.isEmpty()) {
      return Set.of();
    }
    ModifiableSolrParams params = new ModifiableSolrParams();
    params.set("q", "*:*");
    params.set("rows", 0);
    // Counts need no term statistics: no round to the shards to gather them first.
    params.set("distrib.statsCache", false);
    StringBuilder facets = new StringBuilder("{");
    for (int i = 0; i < terms.size(); i++) {
      params.set(TERM + i, terms.get(i).term());
      // not cached: a rare term's set of paragraphs would only push a filter that searches reuse out of the cache
      facets.append(i == 0 ? "" : ",").append('"').append(TERM).append(i).append("\":{\"type\":\"query\",\"q\":\"{!term f=")
          .append(terms.get(i).field()).append(" cache=false v=$").append(TERM).append(i).append("}\"}");
    }
    params.set("json.facet", facets.append('}').toString());
    if (!(reads.query("live terms", params).getResponse().get("facets") instanceof NamedList<?> counts)) {
      return Set.of(); // confirms nothing: the frequencies stay as the terms component counts them
    }
    Set<FieldTerm> out = new HashSet<>();
    for (int i = 0; i < terms.size(); i++) {
      // Solr leaves a facet out when no document at all matches the query (an empty collection)
      if (!(counts.get(TERM + i) instanceof NamedList<?> facet) || !(facet.get("count") instanceof Number n)
          || n.longValue() == 0) {
        out.add(terms.get(i));
      }
    }
    return out;
  }
}
