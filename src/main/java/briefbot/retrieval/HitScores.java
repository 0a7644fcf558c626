package briefbot.retrieval;

import briefbot.index.ParagraphIndex;
import briefbot.index.ParagraphIndex.Hit;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * A passage's BM25 score and embedding similarity for the verdict, as the searches ranked it; one ranked below a
 * list's last hit gets that hit's score (an upper bound). Similarity is unknown (NaN) where the model does not
 * understand the languages; the glossed similarity is known where the model read the question or the passage through
 * its English gloss.
 */
final class HitScores implements Evidence.Scores {

  /** How many of the best hits a passage's lead over the rest is measured against (denseLead, bm25Lead). */
  private static final int LEAD_OF = 10;

  private final Map<String, Double> bm25 = new HashMap<>();
  private final double bm25Floor;
  private final Map<String, Double> dense = new HashMap<>();
  private final double denseFloor;
  private final double bm25Mean;
  private final double denseMean;
  private final boolean knn;
  private final QuestionVector vector;
  private final String questionLanguage;
  private final boolean questionGlossed;
  private final EmbeddingReading reading;

  /** {@code knnHits} null: no kNN search ran; {@code vector}: the question's, which the kNN search read. */
  HitScores(List<Hit> lexical, List<Hit> knnHits, QuestionVector vector, String questionLanguage,
      boolean questionGlossed, EmbeddingReading reading) {
    lexical.forEach(h -> bm25.put(h.id(), h.score()));
    this.bm25Floor = lexical.isEmpty() ? 0 : lexical.get(lexical.size() - 1).score();
    this.knn = knnHits != null;
    List<Hit> hits = knnHits == null ? List.of() : knnHits;
    hits.forEach(h -> dense.put(h.id(), h.score()));
    this.denseFloor = hits.isEmpty() ? 0 : hits.get(hits.size() - 1).score();
    this.bm25Mean = meanOfBest(lexical);
    this.denseMean = 2 * meanOfBest(hits) - 1;
    this.vector = vector;
    this.questionLanguage = questionLanguage;
    this.questionGlossed = questionGlossed;
    this.reading = reading;
  }

  @Override
  public double bm25(Passage p) {
    return bm25.getOrDefault(id(p), bm25Floor);
  }

  @Override
  public double dense(Passage p) {
    if (!knn || !reading.understood(questionLanguage) || !reading.understood(p.language())) {
      return Double.NaN;
    }
    return 2 * dense.getOrDefault(id(p), denseFloor) - 1; // Lucene's dot-product score is (1 + cosine) / 2
  }

  @Override
  public double glossed(Passage p) {
    boolean glossed = questionGlossed || !reading.understood(p.language());
    if (!knn || !glossed || !reading.understood(questionLanguage) && !questionGlossed
        || !reading.embeddedReadably(p.language())) {
      return Double.NaN;
    }
    return 2 * dense.getOrDefault(id(p), denseFloor) - 1;
  }

  @Override
  public double denseLead(Passage p) {
    double dense = dense(p);
    double similarity = Double.isNaN(dense) ? glossed(p) : dense; // the kNN ranked by whichever is known
    return similarity - denseMean; // NaN where neither is known
  }

  @Override
  public double bm25Lead(Passage p) {
    return bm25Mean > 0 ? bm25(p) / bm25Mean - 1 : 0;
  }

  @Override
  public double[] sentences(List<Passage> passages, List<String> texts) {
    double[] out = new double[passages.size()];
    Arrays.fill(out, Double.NaN);
    // where dense is known the question's vector is its own reading, not a gloss: the texts are read alike;
    // where only the glossed similarity is, a sentence the model does not read is read through its English gloss
    List<Integer> read = IntStream.range(0, out.length)
        .filter(i -> !texts.get(i).isBlank()
            && (!Double.isNaN(dense(passages.get(i))) || !Double.isNaN(glossed(passages.get(i)))))
        .boxed().toList();
    if (!read.isEmpty()) {
      double[] cosines = reading.cosines(vector.get(), read.stream()
          .map(i -> reading.asRead(texts.get(i), passages.get(i).language())).toList());
      for (int k = 0; k < cosines.length; k++) {
        out[read.get(k)] = cosines[k];
      }
    }
    return out;
  }

  /** The mean score of a ranking's ten best hits, against which a passage's lead is read (0: no hit). */
  private static double meanOfBest(List<Hit> hits) {
    return hits.stream().limit(LEAD_OF).mapToDouble(Hit::score).average().orElse(0);
  }

  private static String id(Passage p) {
    return ParagraphIndex.paragraphId(p.articleId(), p.paragraph());
  }
}
