package briefbot.index.lucene;

import briefbot.index.IndexFields;
import briefbot.index.ParagraphIndex.FieldTerm;
import briefbot.index.ParagraphIndex.Filter;
import briefbot.index.ParagraphIndex.Hit;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.KnnVectorValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * Retrieval's ranked searches (BM25 over the question's clauses, kNN over the vectors) and the term statistics they
 * weigh, from one snapshot of the embedded index ({@link LuceneReads} reads what is asked for by id or kind).
 */
final class LuceneQueries {

  private LuceneQueries() {}

  static List<Hit> bm25(IndexSearcher searcher, SharedTermStates states,
      List<Map<String, Map<String, Double>>> clauses, int n, Filter filter) throws IOException {
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    for (Map<String, Map<String, Double>> clause : clauses) {
      List<Query> perField = new ArrayList<>();
      for (Map.Entry<String, Map<String, Double>> field : clause.entrySet()) {
        for (Map.Entry<String, Double> t : field.getValue().entrySet()) {
          Term term = new Term(field.getKey(), t.getKey());
          perField.add(boosted(new TermQuery(term, states.of(searcher, term)), t.getValue()));
        }
      }
      if (!perField.isEmpty()) {
        query.add(new DisjunctionMaxQuery(perField, 0.1f), Occur.SHOULD);
      }
    }
    Query scored = query.build();
    if (!filter.none()) {
      // A filter next to optional clauses would make them all optional: the clauses go in as one required part.
      scored = new BooleanQuery.Builder().add(scored, Occur.MUST).add(filter(filter), Occur.FILTER).build();
    }
    return hits(searcher, searcher.search(scored, n).scoreDocs);
  }

  private static Query boosted(TermQuery q, double boost) {
    return boost == 1 ? q : new BoostQuery(q, (float) boost);
  }

  static List<Hit> knn(IndexSearcher searcher, float[] vector, int asked, int n, Filter filter)
      throws IOException {
    int candidates = LuceneIndex.graphCandidates(asked, searcher.getIndexReader().maxDoc());
    Query knn = filter.none() ? new KnnFloatVectorQuery(IndexFields.VECTOR, vector, candidates)
        : new KnnFloatVectorQuery(IndexFields.VECTOR, vector, candidates, filter(filter));
    ScoreDoc[] found = exactly(searcher, vector, searcher.search(knn, candidates).scoreDocs);
    return hits(searcher, Arrays.copyOf(found, Math.min(n, found.length)));
  }

  /**
   * The candidates the graph found (on the int7 copies in a large index's segments, on the float vectors in a small
   * one's), scored again on their float vectors and ranked by that score (ties by document, as a search ranks them): a
   * hit's score is the exact similarity, as SolrCloud's and as the verdict's dense signal was fitted on, and only the
   * candidates' float vectors are read, not the whole file (a float segment's graph score is already that similarity).
   * (Lucene's RescoreTopNQuery does this too but fails when the graph finds nothing, as under a filter no paragraph
   * passes.)
   */
  private static ScoreDoc[] exactly(IndexSearcher searcher, float[] vector, ScoreDoc[] candidates) throws IOException {
    ScoreDoc[] byDoc = candidates.clone();
    Arrays.sort(byDoc, Comparator.comparingInt(d -> d.doc));
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    int leaf = -1;
    FloatVectorValues values = null;
    KnnVectorValues.DocIndexIterator vectors = null;
    VectorSimilarityFunction similarity = null;
    for (ScoreDoc d : byDoc) {
      int at = ReaderUtil.subIndex(d.doc, leaves);
      if (at != leaf) {
        leaf = at;
        LeafReader reader = leaves.get(at).reader();
        values = reader.getFloatVectorValues(IndexFields.VECTOR);
        vectors = values.iterator();
        // the similarity the field was written with (Documents), so the exact score is the one the graph's would be
        similarity = reader.getFieldInfos().fieldInfo(IndexFields.VECTOR).getVectorSimilarityFunction();
      }
      int target = d.doc - leaves.get(at).docBase;
      if (vectors.docID() < target) {
        vectors.advance(target);
      }
      d.score = similarity.compare(vector, values.vectorValue(vectors.index()));
    }
    Arrays.sort(byDoc, Comparator.comparingDouble((ScoreDoc d) -> -d.score).thenComparingInt(d -> d.doc));
    return byDoc;
  }

  /** The paragraphs a filter lets through, as one query of required parts. */
  static Query filter(Filter filter) {
    BooleanQuery.Builder query = new BooleanQuery.Builder()
        .add(new TermQuery(new Term(IndexFields.KIND, IndexFields.KIND_PARAGRAPH)), Occur.FILTER);
    if (!filter.sources().isEmpty()) {
      query.add(new TermInSetQuery(IndexFields.SOURCE_KEY, bytes(filter.sources())), Occur.FILTER);
    }
    if (!filter.languages().isEmpty()) {
      query.add(new TermInSetQuery(IndexFields.PARAGRAPH_LANGUAGE, bytes(filter.languages())), Occur.FILTER);
    }
    if (filter.since() != null || filter.until() != null) {
      long from = filter.since() == null ? Long.MIN_VALUE : filter.since().toEpochMilli();
      long to = filter.until() == null ? Long.MAX_VALUE : filter.until().toEpochMilli() - 1;
      query.add(LongPoint.newRangeQuery(IndexFields.WHEN, from, to), Occur.FILTER);
    }
    if (!filter.articleIds().isEmpty()) {
      query.add(new TermInSetQuery(IndexFields.ARTICLE_ID, bytes(filter.articleIds())), Occur.FILTER);
    }
    return query.build();
  }

  private static List<BytesRef> bytes(Set<String> values) {
    return values.stream().map(BytesRef::new).toList();
  }

  /**
   * Ids and languages come from doc values: loading stored fields for every candidate (a block decompression each)
   * cost more than the vector search itself. Each segment's doc values are opened once and read in doc order.
   */
  private static List<Hit> hits(IndexSearcher searcher, ScoreDoc[] docs) throws IOException {
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    Integer[] byDoc = new Integer[docs.length];
    for (int i = 0; i < docs.length; i++) {
      byDoc[i] = i;
    }
    Arrays.sort(byDoc, Comparator.comparingInt(i -> docs[i].doc));
    String[] ids = new String[docs.length];
    String[] languages = new String[docs.length];
    int current = -1;
    LeafReaderContext leaf = null;
    SortedDocValues idValues = null;
    SortedDocValues languageValues = null;
    for (int i : byDoc) {
      int sub = ReaderUtil.subIndex(docs[i].doc, leaves);
      if (sub != current) {
        current = sub;
        leaf = leaves.get(sub);
        idValues = leaf.reader().getSortedDocValues(IndexFields.PARAGRAPH_ID);
        languageValues = leaf.reader().getSortedDocValues(IndexFields.PARAGRAPH_LANGUAGE);
      }
      int local = docs[i].doc - leaf.docBase;
      ids[i] = value(idValues, local);
      languages[i] = value(languageValues, local);
    }
    List<Hit> hits = new ArrayList<>(docs.length);
    for (int i = 0; i < docs.length; i++) {
      hits.add(new Hit(ids[i], docs[i].score, languages[i]));
    }
    return hits;
  }

  /** The value of {@code doc}; doc values iterate forwards, so a caller reading several asks in doc order. */
  static String value(SortedDocValues values, int doc) throws IOException {
    if (values == null || !values.advanceExact(doc)) {
      return null;
    }
    return values.lookupOrd(values.ordValue()).utf8ToString();
  }

  /**
   * Document frequencies through the states the question's BM25 query then reuses (the sum over segments), 0 for a
   * term that only removed paragraphs hold.
   */
  static Map<FieldTerm, Integer> docFreqs(IndexSearcher searcher, SharedTermStates states,
      Collection<FieldTerm> terms) throws IOException {
    IndexReader reader = searcher.getIndexReader();
    Map<FieldTerm, Integer> out = new HashMap<>();
    for (FieldTerm t : terms) {
      Term term = new Term(t.field(), t.term());
      int docFreq = states.of(searcher, term).docFreq();
      boolean held = docFreq > 0 && (!reader.hasDeletions() || LiveTerms.held(reader, term));
      out.put(t, held ? docFreq : 0);
    }
    return out;
  }
}
