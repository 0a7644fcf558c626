package briefbot.index.lucene;

import briefbot.corpus.Article;
import briefbot.corpus.Paragraph;
import briefbot.index.ArticleSummary;
import briefbot.index.IndexFields;
import briefbot.index.ParagraphIndex;
import briefbot.index.StoredParagraph;
import briefbot.index.TextAnalysis;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.util.BytesRef;

/** Maps an article to its Lucene documents (one per paragraph, one for the article) and back. */
final class Documents {

  /**
   * Doc values of an article's record document: what a start's corpus check compares with each file (id, content hash,
   * file stamp), readable without decompressing the stored paragraphs around the record. Documents written before it
   * have those as stored fields only.
   */
  static final String SYNC_RECORD = "syncRecord";

  /**
   * The parts field: without norms, since how many compounds a paragraph holds is no measure of its length (BM25
   * would favour a paragraph with one compound over a longer one with several).
   */
  private static final FieldType PARTS = parts();

  private Documents() {}

  private static FieldType parts() {
    FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
    type.setOmitNorms(true);
    type.freeze();
    return type;
  }

  /** An article's documents: one a paragraph, then the article's; a parts field where {@code analysis} splits. */
  static List<Document> of(Article article, Instant firstSeen, List<float[]> vectors, String stamp,
      TextAnalysis analysis) {
    // The source keys are the article's, the same on each of its documents: made once (Unicode normalisation and
    // regexes per key, made per paragraph 6 % of the index writer's thread at ingest).
    Set<String> sourceKeys = IndexFields.sourceKeys(article.source(), article.url());
    List<Document> docs = new ArrayList<>();
    for (int i = 0; i < article.paragraphs().size(); i++) {
      docs.add(paragraph(article, article.paragraphs().get(i), firstSeen, sourceKeys, vectors.get(i), analysis));
    }
    docs.add(articleDoc(article, firstSeen, sourceKeys, stamp));
    return docs;
  }

  private static Document paragraph(Article article, Paragraph p, Instant firstSeen, Set<String> sourceKeys,
      float[] vector, TextAnalysis analysis) {
    Document doc = new Document();
    doc.add(new StringField(IndexFields.KIND, IndexFields.KIND_PARAGRAPH, Field.Store.NO));
    metadata(doc, article, firstSeen, sourceKeys);
    String id = ParagraphIndex.paragraphId(article.id(), p.number());
    doc.add(new StringField(IndexFields.PARAGRAPH_ID, id, Field.Store.NO));
    doc.add(new SortedDocValuesField(IndexFields.PARAGRAPH_ID, new BytesRef(id)));
    doc.add(new StoredField(IndexFields.PARAGRAPH, p.number()));
    doc.add(new NumericDocValuesField(IndexFields.PARAGRAPH, p.number()));
    doc.add(new StoredField(IndexFields.TEXT, p.text()));
    doc.add(new StringField(IndexFields.PARAGRAPH_LANGUAGE, p.language(), Field.Store.YES));
    doc.add(new SortedDocValuesField(IndexFields.PARAGRAPH_LANGUAGE, new BytesRef(p.language())));
    if (p.section() != null) {
      doc.add(new StoredField(IndexFields.SECTION, p.section()));
    }
    doc.add(new TextField(IndexFields.body(p.language()), p.text(), Field.Store.NO));
    if (!IndexFields.body(p.language()).equals(IndexFields.BODY_NEUTRAL)) {
      doc.add(new TextField(IndexFields.BODY_NEUTRAL, p.text(), Field.Store.NO));
    }
    if (analysis.splitsCompounds(IndexFields.body(p.language()))) {
      doc.add(new Field(IndexFields.parts(IndexFields.body(p.language())), p.text(), PARTS));
    }
    if (article.title() != null && !article.title().isBlank()) {
      doc.add(new TextField(IndexFields.TITLE_SEARCHED, article.title(), Field.Store.NO));
    }
    if (vector != null) {
      doc.add(new KnnFloatVectorField(IndexFields.VECTOR, vector, VectorSimilarityFunction.DOT_PRODUCT));
    }
    return doc;
  }

  private static Document articleDoc(Article article, Instant firstSeen, Set<String> sourceKeys, String stamp) {
    Document doc = new Document();
    doc.add(new StringField(IndexFields.KIND, IndexFields.KIND_ARTICLE, Field.Store.NO));
    metadata(doc, article, firstSeen, sourceKeys);
    doc.add(new StoredField(IndexFields.HASH, article.contentHash()));
    doc.add(new StoredField(IndexFields.STAMP, stamp));
    doc.add(new BinaryDocValuesField(SYNC_RECORD, syncRecord(article.id(), article.contentHash(), stamp)));
    return doc;
  }

  /** The article's id, content hash and file stamp in one value, as {@link #SYNC_RECORD} holds them. */
  private static BytesRef syncRecord(String id, String hash, String stamp) {
    ByteBuffersDataOutput out = new ByteBuffersDataOutput();
    out.writeString(id);
    out.writeString(hash);
    out.writeString(stamp);
    return new BytesRef(out.toArrayCopy());
  }

  /** The id, content hash and file stamp of a {@link #SYNC_RECORD} value. */
  static String[] syncRecord(BytesRef value) throws IOException {
    ByteArrayDataInput in = new ByteArrayDataInput(value.bytes, value.offset, value.length);
    return new String[] {in.readString(), in.readString(), in.readString()};
  }

  private static void metadata(Document doc, Article article, Instant firstSeen, Set<String> sourceKeys) {
    doc.add(new StringField(IndexFields.ARTICLE_ID, article.id(), Field.Store.YES));
    doc.add(new StringField(IndexFields.LANGUAGE, article.language(), Field.Store.YES));
    store(doc, IndexFields.TITLE, article.title());
    store(doc, IndexFields.DISPLAY_TITLE, article.displayTitle());
    store(doc, IndexFields.SOURCE, article.source());
    store(doc, IndexFields.URL, article.url());
    store(doc, IndexFields.PUBLISHED, article.published() == null ? null : article.published().toString());
    doc.add(new LongPoint(IndexFields.FIRST_SEEN, firstSeen.toEpochMilli()));
    doc.add(new StoredField(IndexFields.FIRST_SEEN, firstSeen.toEpochMilli()));
    doc.add(new NumericDocValuesField(IndexFields.FIRST_SEEN, firstSeen.toEpochMilli()));
    doc.add(new LongPoint(IndexFields.WHEN, IndexFields.when(article.published(), firstSeen).toEpochMilli()));
    sourceKeys.forEach(key -> doc.add(new StringField(IndexFields.SOURCE_KEY, key, Field.Store.NO)));
  }

  private static void store(Document doc, String field, String value) {
    if (value != null) {
      doc.add(new StoredField(field, value));
    }
  }

  static StoredParagraph stored(Document doc) {
    String published = doc.get(IndexFields.PUBLISHED);
    return new StoredParagraph(doc.get(IndexFields.ARTICLE_ID), doc.get(IndexFields.DISPLAY_TITLE),
        doc.get(IndexFields.SOURCE), doc.get(IndexFields.URL), published == null ? null : LocalDate.parse(published),
        doc.get(IndexFields.PARAGRAPH_LANGUAGE), doc.getField(IndexFields.PARAGRAPH).numericValue().intValue(),
        doc.get(IndexFields.SECTION), doc.get(IndexFields.TEXT), firstSeen(doc));
  }

  static Paragraph paragraph(Document doc) {
    return new Paragraph(
        doc.getField(IndexFields.PARAGRAPH).numericValue().intValue(),
        doc.get(IndexFields.SECTION), doc.get(IndexFields.TEXT), doc.get(IndexFields.PARAGRAPH_LANGUAGE));
  }

  static Article article(Document meta, List<Paragraph> paragraphs) {
    String published = meta.get(IndexFields.PUBLISHED);
    return new Article(meta.get(IndexFields.ARTICLE_ID), meta.get(IndexFields.TITLE), meta.get(IndexFields.SOURCE),
        meta.get(IndexFields.URL), published == null ? null : LocalDate.parse(published),
        meta.get(IndexFields.LANGUAGE), paragraphs, meta.get(IndexFields.HASH));
  }

  static ArticleSummary summary(Document meta) {
    String published = meta.get(IndexFields.PUBLISHED);
    return new ArticleSummary(meta.get(IndexFields.ARTICLE_ID), meta.get(IndexFields.DISPLAY_TITLE),
        meta.get(IndexFields.SOURCE), meta.get(IndexFields.URL), published == null ? null : LocalDate.parse(published),
        meta.get(IndexFields.LANGUAGE), firstSeen(meta));
  }

  static Instant firstSeen(Document doc) {
    return Instant.ofEpochMilli(doc.getField(IndexFields.FIRST_SEEN).numericValue().longValue());
  }
}
