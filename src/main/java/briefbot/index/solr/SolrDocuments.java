package briefbot.index.solr;

import briefbot.corpus.Article;
import briefbot.corpus.Paragraph;
import briefbot.index.Analyzers;
import briefbot.index.ArticleSummary;
import briefbot.index.IndexFields;
import briefbot.index.ParagraphIndex;
import briefbot.index.StoredParagraph;
import briefbot.index.TextAnalysis;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;

/**
 * Maps an article to its Solr documents and back. Body fields carry Briefbot's own analysis as space-separated
 * terms, so Solr counts the same terms and lengths as the embedded index, whatever its Lucene version.
 */
final class SolrDocuments {

  /** The fields a stored paragraph is read from (never the vector). */
  static final String STORED = String.join(",", IndexFields.PARAGRAPH_ID, IndexFields.ARTICLE_ID, IndexFields.PARAGRAPH,
      IndexFields.TEXT, IndexFields.PARAGRAPH_LANGUAGE, IndexFields.LANGUAGE, IndexFields.SECTION, IndexFields.TITLE,
      IndexFields.DISPLAY_TITLE, IndexFields.SOURCE, IndexFields.URL, IndexFields.PUBLISHED, IndexFields.FIRST_SEEN,
      IndexFields.HASH, IndexFields.STAMP);

  /** On an article's record: how many paragraphs it has, so a shorter edit deletes the rest by id. */
  static final String PARAGRAPH_COUNT = "paragraphs";

  private SolrDocuments() {}

  /** The paragraphs first and the article's record last: a record with the new stamp means the rest is there. */
  static List<SolrInputDocument> of(Article article, Instant firstSeen, List<float[]> vectors, String stamp,
      TextAnalysis analysis) {
    List<SolrInputDocument> docs = new ArrayList<>();
    for (int i = 0; i < article.paragraphs().size(); i++) {
      docs.add(paragraph(article, article.paragraphs().get(i), firstSeen, vectors.get(i), analysis));
    }
    SolrInputDocument record = metadata(article, firstSeen);
    record.setField(IndexFields.PARAGRAPH_ID, article.id());
    record.setField(IndexFields.KIND, IndexFields.KIND_ARTICLE);
    record.setField(IndexFields.HASH, article.contentHash());
    record.setField(IndexFields.STAMP, stamp);
    record.setField(PARAGRAPH_COUNT, article.paragraphs().size());
    docs.add(record);
    return docs;
  }

  private static SolrInputDocument paragraph(Article article, Paragraph p, Instant firstSeen, float[] vector,
      TextAnalysis analysis) {
    SolrInputDocument doc = metadata(article, firstSeen);
    doc.setField(IndexFields.PARAGRAPH_ID, ParagraphIndex.paragraphId(article.id(), p.number()));
    doc.setField(IndexFields.KIND, IndexFields.KIND_PARAGRAPH);
    doc.setField(IndexFields.PARAGRAPH, p.number());
    doc.setField(IndexFields.TEXT, p.text());
    doc.setField(IndexFields.PARAGRAPH_LANGUAGE, p.language());
    doc.setField(IndexFields.SECTION, p.section());
    String body = IndexFields.body(p.language());
    doc.setField(body, String.join(" ", Analyzers.terms(body, p.text())));
    if (analysis.splitsCompounds(body)) {
      doc.setField(IndexFields.parts(body), String.join(" ", analysis.terms(IndexFields.parts(body), p.text())));
    }
    if (!body.equals(IndexFields.BODY_NEUTRAL)) {
      doc.setField(IndexFields.BODY_NEUTRAL, String.join(" ", Analyzers.terms(IndexFields.BODY_NEUTRAL, p.text())));
    }
    if (article.title() != null && !article.title().isBlank()) {
      doc.setField(IndexFields.TITLE_SEARCHED,
          String.join(" ", Analyzers.terms(IndexFields.TITLE_SEARCHED, article.title())));
    }
    if (vector != null) {
      List<Float> values = new ArrayList<>(vector.length);
      for (float v : vector) {
        values.add(v);
      }
      doc.setField(IndexFields.VECTOR, values);
    }
    return doc;
  }

  private static SolrInputDocument metadata(Article article, Instant firstSeen) {
    SolrInputDocument doc = new SolrInputDocument();
    doc.setField(IndexFields.ARTICLE_ID, article.id());
    doc.setField(IndexFields.LANGUAGE, article.language());
    doc.setField(IndexFields.TITLE, article.title());
    doc.setField(IndexFields.DISPLAY_TITLE, article.displayTitle());
    doc.setField(IndexFields.SOURCE, article.source());
    doc.setField(IndexFields.URL, article.url());
    doc.setField(IndexFields.PUBLISHED, article.published() == null ? null : article.published().toString());
    doc.setField(IndexFields.FIRST_SEEN, firstSeen.toEpochMilli());
    doc.setField(IndexFields.WHEN, IndexFields.when(article.published(), firstSeen).toEpochMilli());
    doc.setField(IndexFields.SOURCE_KEY, List.copyOf(IndexFields.sourceKeys(article.source(), article.url())));
    return doc;
  }

  static ArticleSummary summary(SolrDocument record) {
    return new ArticleSummary(string(record, IndexFields.ARTICLE_ID), string(record, IndexFields.DISPLAY_TITLE),
        string(record, IndexFields.SOURCE), string(record, IndexFields.URL), published(record),
        string(record, IndexFields.LANGUAGE), firstSeen(record));
  }

  static StoredParagraph stored(SolrDocument doc) {
    return new StoredParagraph(string(doc, IndexFields.ARTICLE_ID), string(doc, IndexFields.DISPLAY_TITLE),
        string(doc, IndexFields.SOURCE), string(doc, IndexFields.URL), published(doc),
        string(doc, IndexFields.PARAGRAPH_LANGUAGE), number(doc, IndexFields.PARAGRAPH).intValue(),
        string(doc, IndexFields.SECTION), string(doc, IndexFields.TEXT), firstSeen(doc));
  }

  static Paragraph paragraph(SolrDocument doc) {
    return new Paragraph(number(doc, IndexFields.PARAGRAPH).intValue(), string(doc, IndexFields.SECTION),
        string(doc, IndexFields.TEXT), string(doc, IndexFields.PARAGRAPH_LANGUAGE));
  }

  static Article article(SolrDocument record, List<Paragraph> paragraphs) {
    return new Article(string(record, IndexFields.ARTICLE_ID), string(record, IndexFields.TITLE),
        string(record, IndexFields.SOURCE), string(record, IndexFields.URL), published(record),
        string(record, IndexFields.LANGUAGE), paragraphs, string(record, IndexFields.HASH));
  }

  static Instant firstSeen(SolrDocument doc) {
    return Instant.ofEpochMilli(number(doc, IndexFields.FIRST_SEEN).longValue());
  }

  static float[] vector(SolrDocument doc) {
    Object value = doc.getFieldValue(IndexFields.VECTOR);
    if (!(value instanceof List<?> list) || list.isEmpty()) {
      return null;
    }
    float[] out = new float[list.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = ((Number) list.get(i)).floatValue();
    }
    return out;
  }

  private static LocalDate published(SolrDocument doc) {
    String published = string(doc, IndexFields.PUBLISHED);
    return published == null ? null : LocalDate.parse(published);
  }

  static String string(SolrDocument doc, String field) {
    Object v = doc.getFirstValue(field);
    return v == null ? null : v.toString();
  }

  private static Number number(SolrDocument doc, String field) {
    return (Number) doc.getFirstValue(field);
  }
}
