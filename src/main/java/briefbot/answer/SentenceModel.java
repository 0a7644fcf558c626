package briefbot.answer;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

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

  /**
   * The features, weights and margin (0 when none is given), read as a stream: a fresh process's first Jackson tree
   * cost ~0.4 s of CPU on the way to its first answer (docs/benchmarks.md, December 4, eleventh session).
   */
  private static SentenceModel read(InputStream in) throws IOException {
    List<String> features = new ArrayList<>();
    List<Double> weights = new ArrayList<>();
    double margin = 0;
    try (JsonParser json = new JsonFactory().createParser(in)) {
      if (json.nextToken() != JsonToken.START_OBJECT) {
        throw new IOException(RESOURCE + " holds no JSON object");
      }
      while (json.nextToken() == JsonToken.FIELD_NAME) {
        String field = json.currentName();
        json.nextToken();
        switch (field) {
          case "features" -> {
            while (json.nextToken() != JsonToken.END_ARRAY) {
              features.add(json.getValueAsString());
            }
          }
          case "weights" -> {
            while (json.nextToken() != JsonToken.END_ARRAY) {
              weights.add(json.getValueAsDouble());
            }
          }
          case "margin" -> margin = json.getValueAsDouble();
          default -> json.skipChildren();
        }
      }
    }
    if (!features.equals(AnswerSentence.FEATURES)) {
      throw new IllegalStateException(RESOURCE + " was fitted on other features " + features + "; refit it");
    }
    return new SentenceModel(weights.stream().mapToDouble(Double::doubleValue).toArray(), margin);
  }
}
