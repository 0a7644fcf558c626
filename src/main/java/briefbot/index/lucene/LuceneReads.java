package briefbot.index.lucene;

import briefbot.corpus.Paragraph;
import briefbot.index.ArticleSummary;
import briefbot.index.IndexFields;
import briefbot.index.IndexedArticle;
import briefbot.index.StoredParagraph;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.KnnVectorValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/** What is read from one snapshot of the embedded index by id or kind: paragraphs, vectors, articles, their pages. */
final class LuceneReads {

  private LuceneReads() {}

  /** A page of article records, the most recently first seen first. */
  static List<ArticleSummary> newest(IndexSearcher searcher, int offset, int limit) throws IOException {
    if (limit <= 0) {
      return List.of();
    }
    Sort sort = new Sort(new SortField(IndexFields.FIRST_SEEN, SortField.Type.LONG, true));
    ScoreDoc[] docs = searcher.search(new TermQuery(new Term(IndexFields.KIND, IndexFields.KIND_ARTICLE)),
        offset + limit, sort).scoreDocs;
    List<ArticleSummary> out = new ArrayList<>();
    for (int i = offset; i < docs.length; i++) {
      out.add(Documents.summary(searcher.storedFields().document(docs[i].doc)));
    }
    return out;
  }

  /**
   * The paragraphs of these ids, in their order, each looked up in each segment's terms: a query over the ids
   * (TermInSetQuery, scored and collected) cost twice as much CPU for a question's ten passages.
   */
  static List<StoredParagraph> paragraphs(IndexSearcher searcher, List<String> ids) throws IOException {
    Map<String, StoredParagraph> found = new HashMap<>();
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      Terms terms = leaf.reader().terms(IndexFields.PARAGRAPH_ID);
      if (terms == null) {
        continue;
      }
      TermsEnum idTerms = terms.iterator();
      Bits live = leaf.reader().getLiveDocs();
      StoredFields stored = null; // made for a segment that holds one of the ids: most of a question's hold none
      PostingsEnum docs = null;
      for (String id : ids) {
        if (found.containsKey(id) || !idTerms.seekExact(new BytesRef(id))) {
          continue;
        }
        docs = idTerms.postings(docs, PostingsEnum.NONE);
        for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
          if (live == null || live.get(doc)) {
            stored = stored == null ? leaf.reader().storedFields() : stored;
            found.put(id, Documents.stored(stored.document(doc)));
            break;
          }
        }
      }
    }
    return ids.stream().map(found::get).filter(p -> p != null).toList();
  }

  static Set<String> paragraphLanguages(IndexSearcher searcher) throws IOException {
    Set<String> languages = new TreeSet<>();
    Terms terms = MultiTerms.getTerms(searcher.getIndexReader(), IndexFields.PARAGRAPH_LANGUAGE);
    if (terms != null) {
      TermsEnum it = terms.iterator();
      for (BytesRef term = it.next(); term != null; term = it.next()) {
        languages.add(term.utf8ToString());
      }
    }
    return languages;
  }

  static Map<String, float[]> vectors(IndexSearcher searcher, Collection<String> articleIds) throws IOException {
    Map<String, float[]> out = new HashMap<>();
    if (articleIds.isEmpty()) {
      return out;
    }
    Query query = new TermInSetQuery(IndexFields.ARTICLE_ID, articleIds.stream().map(BytesRef::new).toList());
    Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1);
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      LeafReader reader = leaf.reader();
      FloatVectorValues values = reader.getFloatVectorValues(IndexFields.VECTOR);
      Scorer scorer = weight.scorer(leaf);
      if (values == null || scorer == null) {
        continue;
      }
      KnnVectorValues.DocIndexIterator vectors = values.iterator();
      SortedDocValues ids = reader.getSortedDocValues(IndexFields.PARAGRAPH_ID);
      DocIdSetIterator docs = scorer.iterator();
      for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
        if (reader.getLiveDocs() != null && !reader.getLiveDocs().get(doc)) {
          continue;
        }
        if (vectors.docID() < doc) {
          vectors.advance(doc);
        }
        String id = LuceneQueries.value(ids, doc);
        if (vectors.docID() == doc && id != null) {
          out.put(id, values.vectorValue(vectors.index()).clone());
        }
      }
    }
    return out;
  }

  /** An article with its paragraphs in order and when it was first seen; empty when the index lacks it. */
  static Optional<IndexedArticle> article(IndexSearcher searcher, String id) throws IOException {
    ScoreDoc[] metas = searcher.search(articleQuery(id, IndexFields.KIND_ARTICLE), 1).scoreDocs;
    if (metas.length == 0) {
      return Optional.empty();
    }
    Document meta = searcher.storedFields().document(metas[0].doc);
    ScoreDoc[] hits = searcher.search(articleQuery(id, IndexFields.KIND_PARAGRAPH), 100_000).scoreDocs;
    List<Paragraph> paragraphs = new ArrayList<>();
    for (ScoreDoc hit : hits) {
      paragraphs.add(Documents.paragraph(searcher.storedFields().document(hit.doc)));
    }
    paragraphs.sort(Comparator.comparingInt(Paragraph::number));
    return Optional.of(new IndexedArticle(Documents.article(meta, paragraphs), Documents.firstSeen(meta)));
  }

  /** The ids of the articles first seen at or after {@code since}. */
  static List<String> seenSince(IndexSearcher searcher, Instant since) throws IOException {
    Query query = new BooleanQuery.Builder()
        .add(new TermQuery(new Term(IndexFields.KIND, IndexFields.KIND_ARTICLE)), Occur.FILTER)
        .add(LongPoint.newRangeQuery(IndexFields.FIRST_SEEN, since.toEpochMilli(), Long.MAX_VALUE), Occur.FILTER)
        .build();
    List<String> found = new ArrayList<>();
    for (ScoreDoc hit : searcher.search(query, 100_000).scoreDocs) {
      found.add(searcher.storedFields().document(hit.doc).get(IndexFields.ARTICLE_ID));
    }
    return found;
  }

  private static Query articleQuery(String id, String kind) {
    return new BooleanQuery.Builder()
        .add(new TermQuery(new Term(IndexFields.KIND, kind)), Occur.FILTER)
        .add(new TermQuery(new Term(IndexFields.ARTICLE_ID, id)), Occur.FILTER)
        .build();
  }
}
