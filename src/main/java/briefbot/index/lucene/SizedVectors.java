package briefbot.index.lucene;

import briefbot.index.IndexFields;
import org.apache.lucene.codecs.KnnVectorsFormat;
import org.apache.lucene.codecs.lucene104.Lucene104Codec;
import org.apache.lucene.codecs.lucene104.Lucene104HnswScalarQuantizedVectorsFormat;
import org.apache.lucene.codecs.lucene99.Lucene99HnswVectorsFormat;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.util.quantization.QuantizedByteVectorValues.ScalarEncoding;

/**
 * The writer's codec: Lucene's, with the paragraph vectors' format chosen for each segment when it is begun (a
 * flush's first document, or a merge) by how many documents the index then holds
 * ({@link IndexWriter#getPendingNumDocs}, read without a lock). An index that grows past the size writes int7 from
 * then on and its merges turn the float segments into int7 ones; every segment records its own format, so an index
 * of either or both opens as it is.
 */
final class SizedVectors extends Lucene104Codec {

  /** Plain float vectors, searched as they are. */
  private static final KnnVectorsFormat FLOATS = new Lucene99HnswVectorsFormat(16, 100);

  /**
   * Vectors searched as Lucene's int7 scalar-quantized copies (1 byte a dimension), the float ones kept beside them
   * for merges and for scoring kNN's candidates exactly ({@link LuceneIndex#directory}): a million paragraphs' float
   * vectors are 1.5 GB that kNN would otherwise keep in memory. The same graph (M 16, beam 100) as {@link #FLOATS}.
   */
  private static final KnnVectorsFormat INT7 =
      new Lucene104HnswScalarQuantizedVectorsFormat(ScalarEncoding.SEVEN_BIT, 16, 100);

  /** The format of a segment begun when the index holds {@code documents}. */
  static KnnVectorsFormat vectorsFormat(long documents, long floatVectorsBelow) {
    return documents < floatVectorsBelow ? FLOATS : INT7;
  }

  private final long floatVectorsBelow;
  private volatile IndexWriter writer;

  SizedVectors(long floatVectorsBelow) {
    this.floatVectorsBelow = floatVectorsBelow;
  }

  /** The writer whose documents count; until it is given, the index counts as empty. */
  void of(IndexWriter writer) {
    this.writer = writer;
  }

  @Override
  public KnnVectorsFormat getKnnVectorsFormatForField(String field) {
    if (!IndexFields.VECTOR.equals(field)) {
      return super.getKnnVectorsFormatForField(field);
    }
    IndexWriter w = writer;
    return vectorsFormat(w == null ? 0 : w.getPendingNumDocs(), floatVectorsBelow);
  }
}
