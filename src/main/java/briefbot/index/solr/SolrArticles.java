package briefbot.index.solr;

import briefbot.corpus.Paragraph;
import briefbot.index.IndexFields;
import briefbot.index.IndexedArticle;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.params.ModifiableSolrParams;

/**
 * Whole articles read back from the collection: their records, then all their paragraphs in one query; and the vectors
 * of articles' paragraphs.
 */
final class SolrArticles {

  private final SolrReads reads;

  SolrArticles(SolrReads reads) {
    this.reads = reads;
  }

  List<IndexedArticle> seenSince(Instant since) {
    ModifiableSolrParams params = new ModifiableSolrParams();
    params.set("q", SolrQueries.term(IndexFields.KIND, IndexFields.KIND_ARTICLE));
    params.set("fq", IndexFields.FIRST_SEEN + ":[" + since.toEpochMilli() + " TO *]");
    params.set("fl", IndexFields.ARTICLE_ID);
    List<String> ids = reads.all(params).stream().map(d -> SolrDocuments.string(d, IndexFields.ARTICLE_ID)).toList();
    return of(ids).stream().sorted(Comparator.comparing(IndexedArticle::firstSeen)).toList();
  }

  /** The articles with these ids that the collection holds, in the order asked. */
  List<IndexedArticle> of(List<String> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    ModifiableSolrParams params = new ModifiableSolrParams();
    params.set("q", SolrQueries.terms(IndexFields.PARAGRAPH_ID, ids));
    params.set("fl", SolrDocuments.STORED);
    Map<String, SolrDocument> records = new LinkedHashMap<>();
    reads.all(params).forEach(d -> records.put(SolrDocuments.string(d, IndexFields.ARTICLE_ID), d));
    Map<String, List<Paragraph>> paragraphs = new HashMap<>();
    for (SolrDocument doc : paragraphsOf(List.copyOf(records.keySet()), SolrDocuments.STORED)) {
      paragraphs.computeIfAbsent(SolrDocuments.string(doc, IndexFields.ARTICLE_ID), k -> new ArrayList<>())
          .add(SolrDocuments.paragraph(doc));
    }
    List<IndexedArticle> out = new ArrayList<>();
    for (String id : ids) {
      SolrDocument record = records.get(id);
      if (record != null) {
        List<Paragraph> own = new ArrayList<>(paragraphs.getOrDefault(id, List.of()));
        own.sort(Comparator.comparingInt(Paragraph::number));
        out.add(new IndexedArticle(SolrDocuments.article(record, own), SolrDocuments.firstSeen(record)));
      }
    }
    return out;
  }

  /** The vectors of some articles' paragraphs, by paragraph id (a paragraph without one left out). */
  Map<String, float[]> vectors(Collection<String> articleIds) {
    Map<String, float[]> out = new HashMap<>();
    if (articleIds.isEmpty()) {
      return out;
    }
    for (SolrDocument doc : paragraphsOf(List.copyOf(articleIds), IndexFields.PARAGRAPH_ID + "," + IndexFields.VECTOR)) {
      float[] vector = SolrDocuments.vector(doc);
      if (vector != null) {
        out.put(SolrDocuments.string(doc, IndexFields.PARAGRAPH_ID), vector);
      }
    }
    return out;
  }

  /** The paragraph documents of some articles, with the given fields. */
  List<SolrDocument> paragraphsOf(List<String> articleIds, String fields) {
    if (articleIds.isEmpty()) {
      return List.of();
    }
    ModifiableSolrParams params = new ModifiableSolrParams();
    params.set("q", SolrQueries.terms(IndexFields.ARTICLE_ID, articleIds));
    params.set("fq", SolrQueries.term(IndexFields.KIND, IndexFields.KIND_PARAGRAPH));
    params.set("fl", fields);
    return reads.all(params);
  }
}
