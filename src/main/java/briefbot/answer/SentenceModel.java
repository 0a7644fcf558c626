package briefbot.answer;

import briefbot.retrieval.LinearModelFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The fitted answer-sentence model: a linear score over {@link AnswerSentence#FEATURES} whose highest-scoring
 * sentence leads the answer (fitted by {@code briefbot eval sentence-fit}; weights in sentence.json).
 */
final class SentenceModel {

  static final String RESOURCE = "/briefbot/answer/sentence.json";
  private static final SentenceModel IN_JAR = load();

  private final double[] weights;
  /** Below this score margin between the best sentence and its neighbour, the neighbour comes along. */
  private final double margin;

  SentenceModel(double[] weights, double margin) {
    if (weights.length != AnswerSentence.FEATURES.size()) {
      throw new IllegalArgumentException("the model has " + weights.length + " weights for "
          + AnswerSentence.FEATURES.size() + " features");
    }
    this.weights = weights.clone();
    this.margin = margin;
  }

  static SentenceModel inJar() {
    return IN_JAR;
  }

  double score(double[] x) {
    double z = 0;
    for (int i = 0; i < x.length; i++) {
      z += weights[i] * x[i];
    }
    return z;
  }

  /** Whether the model gives {@code feature} any weight (an unweighted feature need not be computed). */
  boolean weighs(String feature) {
    return weights[AnswerSentence.FEATURES.indexOf(feature)] != 0;
  }

  /** Whether the model weighs any feature: at zero weights every sentence scores alike and none need be computed. */
  boolean weighsAny() {
    for (double w : weights) {
      if (w != 0) {
        return true;
      }
    }
    return false;
  }

  double margin() {
    return margin;
  }

  private static SentenceModel load() {
    try (InputStream in = SentenceModel.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the jar");
      }
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The features, weights and margin (0 when none is given). */
  private static SentenceModel read(InputStream in) throws IOException {
    LinearModelFile file = LinearModelFile.read(in, RESOURCE);
    if (!file.features().equals(AnswerSentence.FEATURES)) {
      throw new IllegalStateException(RESOURCE + " was fitted on other features " + file.features() + "; refit it");
    }
    return new SentenceModel(file.weights(), file.number("margin", 0));
  }
}
