package briefbot.digest;

import briefbot.index.IndexFields;
import briefbot.index.ParagraphIndex;
import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.KnnVectorValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BytesRef;

/** The paragraphs' unit vectors, read back from the index so the digest compares articles without re-embedding. */
final class ParagraphVectors {

  private ParagraphVectors() {}

  /** Vectors keyed {@code articleId#paragraph}; empty when the index was built without embeddings. */
  static Map<String, float[]> of(ParagraphIndex index, Collection<String> articleIds) {
    if (articleIds.isEmpty()) {
      return Map.of();
    }
    List<BytesRef> ids = articleIds.stream().map(BytesRef::new).toList();
    return index.search(searcher -> read(searcher, new TermInSetQuery(IndexFields.ARTICLE_ID, ids)));
  }

  static String key(String articleId, int paragraph) {
    return articleId + "#" + paragraph;
  }

  private static Map<String, float[]> read(IndexSearcher searcher, TermInSetQuery query) throws IOException {
    Map<String, float[]> out = new HashMap<>();
    Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1);
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      LeafReader reader = leaf.reader();
      FloatVectorValues values = reader.getFloatVectorValues(IndexFields.VECTOR);
      Scorer scorer = weight.scorer(leaf);
      if (values == null || scorer == null) {
        continue;
      }
      KnnVectorValues.DocIndexIterator vectors = values.iterator();
      DocIdSetIterator docs = scorer.iterator();
      for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
        if (reader.getLiveDocs() != null && !reader.getLiveDocs().get(doc)) {
          continue;
        }
        if (vectors.docID() < doc) {
          vectors.advance(doc);
        }
        if (vectors.docID() != doc) {
          continue; // a paragraph indexed without a vector
        }
        var stored = reader.storedFields().document(doc);
        var n = stored.getField(IndexFields.PARAGRAPH);
        if (n != null) {
          out.put(key(stored.get(IndexFields.ARTICLE_ID), n.numericValue().intValue()),
              values.vectorValue(vectors.index()).clone());
        }
      }
    }
    return out;
  }

  static double dot(float[] a, float[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  /** The unit mean of some unit vectors, or null when there are none. */
  static float[] centroid(Collection<float[]> vectors) {
    float[] sum = null;
    for (float[] v : vectors) {
      if (sum == null) {
        sum = new float[v.length];
      }
      for (int i = 0; i < v.length; i++) {
        sum[i] += v[i];
      }
    }
    return sum == null ? null : briefbot.index.Vectors.normalized(sum);
  }
}
