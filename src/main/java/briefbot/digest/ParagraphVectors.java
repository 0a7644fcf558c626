package briefbot.digest;

import briefbot.index.ParagraphIndex;
import briefbot.index.Vectors;
import java.util.Collection;
import java.util.Map;

/** The paragraphs' unit vectors, read back from the index so the digest compares articles without re-embedding. */
final class ParagraphVectors {

  private ParagraphVectors() {}

  /** Vectors keyed {@code articleId#paragraph}; empty when the index was built without embeddings. */
  static Map<String, float[]> of(ParagraphIndex index, Collection<String> articleIds) {
    if (articleIds.isEmpty()) {
      return Map.of();
    }
    return index.vectors(articleIds);
  }

  static String key(String articleId, int paragraph) {
    return ParagraphIndex.paragraphId(articleId, paragraph);
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
    return sum == null ? null : Vectors.normalized(sum);
  }
}
