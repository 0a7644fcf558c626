package briefbot.answer;

import java.util.List;

/**
 * A sentence of a retrieved passage as the answer-sentence model sees it: where it stands, the features the model
 * weighs, the model's score, the key terms' score the candidates are ordered by ({@code keyTermScore}), whether the
 * lead may come from it ({@code leadable}: its passage is not doubted by the verdict and it holds the question's own
 * names) and whether the composer leads with it (what {@code eval --sentences} records).
 */
public record AnswerSentence(String articleId, int paragraph, int position, String text, double[] features,
    double score, double keyTermScore, boolean leadable, boolean best) {

  /** The features in the model's order (see docs/answers.md). */
  public static final List<String> FEATURES = List.of(
      "coverage", "relativeCoverage", "bestCoverage", "typed", "typeMissing", "typedFigure", "passageRank",
      "firstSentence", "logWords", "dependent", "neighbourCoverage", "nextToPassageBest", "namesCovered",
      "novelty", "sameLanguage", "dense");

  /**
   * The features the near ranking weighs beside the log of a candidate's key terms' share of the best one's, in the
   * order of its weights ({@code NearRanking}) and of what {@code eval near-fit} prints.
   */
  public static final List<String> NEAR_FEATURES = List.of("passageRank", "coverage", "typed", "firstSentence",
      "logWords", "dependent", "neighbourCoverage", "nextToPassageBest", "namesCovered", "novelty", "dense");

  /**
   * How far below the best-covering sentence another may stand and still lead when it is closer in meaning to the
   * question, and how many such near candidates are compared (each is embedded unless the verdict read it already or
   * it cannot outscore the best-covering one). MLQA and SQuAD fit parts, lead chosen by score x cosine (replayed on the
   * recorded candidates): over 0.5 / 0.4 / 0.3 of the best, the same answers within one question a set; at most 10 / 5
   * / 3 compared, +18 / +17 / +14 answers holding the span in the gold paragraph over the four sets. 0.5 and 5 embed
   * the fewest for nearly all of it. Public because {@code eval near-fit} must take the same candidates.
   */
  public static final double NEAR_REACH = 0.5;
  public static final int NEAR_CANDIDATES = 5;
}
