package briefbot.retrieval;

import briefbot.index.ParagraphIndex.Hit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/** Weighted reciprocal rank fusion of the searches' ranked lists of paragraphs. */
final class RankFusion {

  static final int RESULTS = 8;
  private static final int RRF_K = 60;
  /**
   * How much a kNN rank counts when the question or the paragraph is in a language the embedding model was not
   * trained on: an English-only model places a Dutch text by its surface, not its meaning.
   */
  private static final double FOREIGN_KNN_WEIGHT = 0.25;

  /** One ranked list of paragraphs and how much each rank in it counts. */
  record Ranking(List<Hit> hits, ToDoubleFunction<Hit> weight) {}

  private RankFusion() {}

  /** The kNN search's hits ranked, each counting less where the model does not read the question or paragraph. */
  static Ranking knn(List<Hit> found, String questionLanguage, EmbeddingReading reading) {
    List<Hit> hits = ordered(found);
    boolean questionUnderstood = reading.understood(questionLanguage);
    return new Ranking(hits, hit -> questionUnderstood && reading.embeddedReadably(hit.language()) ? 1.0
        : FOREIGN_KNN_WEIGHT);
  }

  /**
   * Equal scores are ordered by paragraph id, not by where the backend happens to store them, so the embedded
   * index and a sharded one rank ties the same way.
   */
  static List<Hit> ordered(List<Hit> hits) {
    return hits.stream().sorted(Comparator.comparingDouble(Hit::score).reversed().thenComparing(Hit::id)).toList();
  }

  /**
   * Each ranking adds weight/(k + rank) to a paragraph's score: the {@link #RESULTS} best paragraphs in order, then
   * the {@code guaranteed} hits not among them, each with its fused score.
   */
  static Map<String, Double> fuse(List<Ranking> rankings, List<Hit> guaranteed) {
    Map<String, Double> scores = new LinkedHashMap<>();
    for (Ranking ranking : rankings) {
      for (int rank = 0; rank < ranking.hits().size(); rank++) {
        Hit hit = ranking.hits().get(rank);
        scores.merge(hit.id(), ranking.weight().applyAsDouble(hit) / (RRF_K + rank + 1), Double::sum);
      }
    }
    List<String> chosen = new ArrayList<>(scores.entrySet().stream()
        .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(RESULTS).map(Map.Entry::getKey).toList());
    guaranteed.stream().map(Hit::id).filter(id -> !chosen.contains(id)).forEach(chosen::add);
    Map<String, Double> fused = new LinkedHashMap<>();
    chosen.forEach(id -> fused.put(id, scores.get(id)));
    return fused;
  }
}
