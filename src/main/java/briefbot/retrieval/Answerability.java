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
  /**
   * How like a question of nothing but names, English on an English passage, its best sentence must read (the
   * built-in model's {@code sentenceDense}) for its answer to be sure; 0 reads none.
   */
  private final double sureNamesOnly;

  Answerability(List<String> features, double[] weights, double bias, double threshold) {
    this(features, weights, bias, threshold, threshold);
  }

  Answerability(List<String> features, double[] weights, double bias, double threshold, double sure) {
    this(features, weights, bias, threshold, sure, 0);
  }

  Answerability(List<String> features, double[] weights, double bias, double threshold, double sure,
      double sureNamesOnly) {
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
    this.sureNamesOnly = sureNamesOnly;
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
        file.number("sure", threshold), file.number("sureNamesOnly", 0));
  }

  /**
   * How far an English question on a passage in another language must be judged answered by the model's own reading
   * before the reading of the passage as English text ({@link #confidence}) may carry it over the threshold, and how
   * sure that reading must be: fitted on MLQA's fit part against English questions on left-out German and Spanish
   * articles (docs/cross-language.md, twenty-ninth session), where either reading alone answers more of those.
   */
  private static final double ABROAD_FLOOR = 0.55;
  private static final double AS_ENGLISH_TEXT = 0.75;

  /**
   * How likely the passage answers the question. An English question on a passage in another language is also judged
   * as the model judges an English passage, read through the passage's English gloss (the glossed similarity as the
   * similarity of a text read as written, no foreign gate): the gate the model keeps for English questions abroad
   * refuses right answers whose gloss the question matches as it matches an English article. Where the model's own
   * reading is near the threshold and that second reading is well over it, the question is answered at the
   * threshold, as the closest match: the second reading alone answers too many questions whose article is missing.
   * A question of names only is left to the model's own reading, as {@code englishHome} leaves it at home.
   */
  double confidence(Signals signals) {
    double own = probability(signals);
    boolean englishAbroad = signals.notEnglish() == 0 && signals.foreign() == 1 && signals.namesOnly() == 0;
    // without a glossed similarity (no embedding model) the passage cannot be read as English text
    if (!englishAbroad || signals.denseGloss() == 0 || own >= threshold || own < ABROAD_FLOOR) {
      return own;
    }
    return probability(signals.asEnglishText()) >= AS_ENGLISH_TEXT ? threshold : own;
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

  /**
   * Whether a verdict of {@code confidence} on {@code signals} is sure: at or above {@link #sure()}, and for an English
   * question of nothing but names on an English passage ("Who is Stephen Miller?", "When did von Steven die?"), with
   * a best sentence that reads like it: the model leaves such a question out of {@code englishHome}, so nothing it
   * weighs tells the name's own article from another that names it in passing, which is what a question whose
   * article is missing is answered from (docs/answerability.md, "A question of nothing but names").
   */
  boolean sure(Signals signals, double confidence) {
    return confidence >= sure && !(readsNamesOnly(signals.notEnglish() == 1, signals.foreign() == 1,
        signals.namesOnly() == 1) && signals.denseUnknown() == 0 && signals.sentenceDense() < sureNamesOnly);
  }

  /** Whether the sure level reads the best sentence's similarity to such a question (English, at home, names only). */
  boolean readsNamesOnly(boolean notEnglish, boolean foreign, boolean namesOnly) {
    return sureNamesOnly > 0 && !notEnglish && !foreign && namesOnly;
  }
}
