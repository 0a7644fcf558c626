package briefbot.retrieval;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The answerability model: a logistic regression over {@link Signals}, fitted on the development sets by
 * {@code briefbot eval refit} (see docs/eval.md); it says how likely the best passage answers the question, and the
 * threshold above which Briefbot answers.
 */
final class Answerability {

  static final String RESOURCE = "answerability.json";

  private final List<String> features;
  /** The features read from the signals, their factors found once ({@link Signals#reading}). */
  private final Function<double[], double[]> inputs;
  private final double[] weights;
  private final double bias;
  private final double threshold;
  private final double sure;

  Answerability(List<String> features, double[] weights, double bias, double threshold) {
    this(features, weights, bias, threshold, threshold);
  }

  Answerability(List<String> features, double[] weights, double bias, double threshold, double sure) {
    if (weights.length != features.size()) {
      throw new IllegalArgumentException("the model has " + weights.length + " weights for "
          + features.size() + " features");
    }
    Signals.check(features);
    this.features = List.copyOf(features);
    this.inputs = Signals.reading(this.features);
    this.weights = weights.clone();
    this.bias = bias;
    this.threshold = threshold;
    this.sure = Math.max(threshold, sure);
  }

  /** The fitted model in the jar. */
  static Answerability load() {
    try (InputStream in = Answerability.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the jar");
      }
      return read(in);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(RESOURCE + " was fitted on other signals: " + e.getMessage() + "; refit it", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Answerability read(InputStream in) throws IOException {
    LinearModelFile file = LinearModelFile.read(in, RESOURCE);
    double threshold = file.number("threshold", 0);
    return new Answerability(file.features(), file.weights(), file.number("bias", 0), threshold,
        file.number("sure", threshold));
  }

  double probability(Signals signals) {
    double[] x = inputs.apply(signals.values());
    double z = bias;
    for (int i = 0; i < x.length; i++) {
      z += weights[i] * x[i];
    }
    return 1 / (1 + Math.exp(-z));
  }

  /** Whether the model reads a signal, alone, in a product or through a signal derived from it. */
  boolean weighs(String signal) {
    return features.stream().flatMap(f -> Arrays.stream(f.split("\\*")))
        .anyMatch(factor -> Signals.inputs(factor).contains(signal));
  }

  /** Whether the model reads a signal, and only in products with {@code gate} (a factor that is 0 or 1). */
  boolean weighsOnlyWith(String signal, String gate) {
    return weighs(signal) && features.stream().map(f -> List.of(f.split("\\*")))
        .filter(factors -> factors.stream().anyMatch(factor -> Signals.inputs(factor).contains(signal)))
        .allMatch(factors -> factors.contains(gate));
  }

  /**
   * The gates among {@code gates} through which the model reads a signal, when it reads it only in products with one
   * of them (each a factor that is 0 or 1); empty when it reads it elsewhere too, or not at all.
   */
  Set<String> onlyThrough(String signal, Set<String> gates) {
    Set<String> through = new TreeSet<>();
    for (String feature : features) {
      List<String> factors = List.of(feature.split("\\*"));
      if (factors.stream().anyMatch(factor -> Signals.inputs(factor).contains(signal))) {
        Optional<String> gate = factors.stream().filter(gates::contains).findFirst();
        if (gate.isEmpty()) {
          return Set.of();
        }
        through.add(gate.get());
      }
    }
    return through;
  }

  double threshold() {
    return threshold;
  }

  /**
   * The confidence from which an answer is given as the answer; between the threshold and it, as the closest the
   * articles come (near misses, which name what the articles hold and ask what they never say, mostly score there:
   * docs/answerability.md, "Sure answers and the closest match").
   */
  double sure() {
    return sure;
  }
}
