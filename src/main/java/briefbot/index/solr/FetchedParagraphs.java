package briefbot.index.solr;

import briefbot.index.IndexFields;
import briefbot.index.StoredParagraph;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.params.ModifiableSolrParams;

/**
 * The paragraphs of a question's passages, fetched in one real-time get and kept at the version they were fetched at:
 * a kept one serves a question only at the newest version a search found of it.
 */
final class FetchedParagraphs {

  /** Paragraphs fetched lately, so that a passage chosen again (the same question, the next stage) is not. */
  private static final int FOUND = 2_048;
  /** Paragraphs whose newest version a search saw lately (two rankings' hits for many questions). */
  private static final int SEEN = 32_768;

  private final SolrClient client;
  private final String collection;
  private final SolrReads reads;
  private final Cache<String, Found> found = Caffeine.newBuilder().maximumSize(FOUND).build();
  /**
   * The newest version of each paragraph that a search found (hits bring their version from doc values, no stored
   * field): a kept paragraph serves a question only at that version, so a passage is never older than the hit that
   * chose it, whenever the collection's state is checked.
   */
  private final Cache<String, Long> seen = Caffeine.newBuilder().maximumSize(SEEN).build();

  FetchedParagraphs(SolrClient client, String collection, SolrReads reads) {
    this.client = client;
    this.collection = collection;
    this.reads = reads;
  }

  /** A fetched paragraph and the version it was fetched at. */
  private record Found(long version, StoredParagraph paragraph) {}

  /** Notes the version a search's hit brought. */
  void saw(SolrDocument hit) {
    if (hit.getFieldValue(SolrQueries.VERSION) instanceof Number version) {
      seen.asMap().merge(SolrDocuments.string(hit, IndexFields.PARAGRAPH_ID), version.longValue(), Math::max);
    }
  }

  List<StoredParagraph> paragraphs(List<String> ids) {
    Map<String, StoredParagraph> out = new HashMap<>();
    found.getAllPresent(ids).forEach((id, kept) -> {
      if (Long.valueOf(kept.version()).equals(seen.getIfPresent(id))) {
        out.put(id, kept.paragraph());
      }
    });
    List<String> missing = ids.stream().filter(id -> !out.containsKey(id)).distinct().toList();
    if (!missing.isEmpty()) {
      // A real-time get: each id goes straight to the shard that holds it, with no query to parse or score.
      ModifiableSolrParams params = new ModifiableSolrParams();
      params.set("fl", SolrDocuments.STORED + "," + SolrQueries.VERSION);
      for (SolrDocument doc : reads.read("fetch", () -> client.getById(collection, missing, params))) {
        StoredParagraph p = SolrDocuments.stored(doc);
        out.put(p.id(), p);
        if (doc.getFieldValue(SolrQueries.VERSION) instanceof Number version) {
          seen.asMap().merge(p.id(), version.longValue(), Math::max);
          found.put(p.id(), new Found(version.longValue(), p));
        }
      }
    }
    return ids.stream().map(out::get).filter(p -> p != null).toList();
  }

  /** Drops the fetched paragraphs (the versions seen stay). */
  void forget() {
    found.invalidateAll();
  }
}
