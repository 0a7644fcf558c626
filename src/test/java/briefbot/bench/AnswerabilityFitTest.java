package briefbot.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import briefbot.retrieval.Signals;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The answerability fit: learns which signal separates answerable from unanswerable, and bounds false answers. */
class AnswerabilityFitTest {

  private static final int N = Signals.NAMES.size();

  /** Coverage (signal 0) tells the two apart, with some overlap; the other signals are noise. */
  private static List<AnswerabilityFit.Row> rows(Random random) {
    List<AnswerabilityFit.Row> rows = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      boolean answerable = i % 2 == 0;
      double[] x = new double[N];
      for (int j = 1; j < N; j++) {
        x[j] = random.nextDouble();
      }
      x[0] = answerable ? 0.4 + 0.6 * random.nextDouble() : 0.6 * random.nextDouble();
      rows.add(new AnswerabilityFit.Row(x, answerable ? 1 : 0, answerable ? "set/answerable" : "set/unanswerable",
          "en", answerable));
    }
    return rows;
  }

  @Test
  void theSeparatingSignalGetsTheWeightAndFalseAnswersStayUnderTheBound() {
    AnswerabilityFit.Model model = AnswerabilityFit.fitRows(rows(new Random(7)), 0.03, Signals.NAMES);
    assertThat(model.weights()[0]).isGreaterThan(5);
    for (int j = 1; j < N; j++) {
      assertThat(Math.abs(model.weights()[j])).as(Signals.NAMES.get(j)).isLessThan(model.weights()[0] / 3);
    }
    assertThat(model.falseAnswers()).isLessThanOrEqualTo(0.03);
    assertThat(model.refusals()).isBetween(0.05, 0.5);
    double[] clear = new double[N];
    clear[0] = 0.95;
    assertThat(LogisticRegression.probability(clear, model.weights(), model.bias())).isGreaterThan(model.threshold());
    clear[0] = 0.1;
    assertThat(LogisticRegression.probability(clear, model.weights(), model.bias())).isLessThan(model.threshold());
  }

  @Test
  void aLooserBoundAnswersMore() {
    List<AnswerabilityFit.Row> rows = rows(new Random(11));
    assertThat(AnswerabilityFit.fitRows(rows, 0.2, Signals.NAMES).refusals())
        .isLessThan(AnswerabilityFit.fitRows(rows, 0.01, Signals.NAMES).refusals());
  }

  /**
   * Coverage tells the two apart where the passage is in the question's language, BM25 (signal 5) where it is
   * foreign, each noise in the other case: one weight per signal blurs both, a product with foreign lets each count
   * where it tells.
   */
  @Test
  void aProductWithForeignWeighsASignalWhereItTells() {
    List<AnswerabilityFit.Row> rows = coverageAtHomeBm25Abroad(new Random(5), "unanswerable");
    AnswerabilityFit.Model plain = AnswerabilityFit.fitRows(rows, 0.03, Signals.NAMES);
    AnswerabilityFit.Model aware = AnswerabilityFit.fitRows(rows, 0.03,
        AnswerabilityFit.features(List.of("foreign*coverage", "foreign*bm25")));
    assertThat(aware.features()).endsWith("foreign*coverage", "foreign*bm25");
    assertThat(aware.falseAnswers()).isLessThanOrEqualTo(0.03);
    assertThat(aware.refusals()).isLessThan(plain.refusals() - 0.1);
  }

  /**
   * Left-out set A has English questions half answered and German ones never; set B, one language, a tenth: the
   * bound reads 0.25 for A and 0.1 for B, 0.175 in all (a mean over the three groups would read 0.2, pooled
   * questions 30/180), so a set's language groups share its weight. Two Spanish questions in A, never answered, weigh
   * by their count, not as a third of A: A reads (15 + 0 + 0) / 62.
   */
  @Test
  void falseAnswersAreTheMeanOverSetsOfTheMeanOverLanguages() {
    List<AnswerabilityFit.Row> rows = new ArrayList<>();
    addUnanswerable(rows, "a/held-out", "en", 40, 20);
    addUnanswerable(rows, "a/held-out", "de", 40, 0);
    addUnanswerable(rows, "b/held-out", "en", 100, 10);
    double[] answered = new double[N];
    answered[0] = 1;
    rows.add(new AnswerabilityFit.Row(answered, 1, "c/answerable", "en", true));
    double[] weights = new double[N];
    weights[0] = 10;
    assertThat(FalseAnswerBound.falseAnswers(rows, weights, -5, 0.5)).isCloseTo(0.175, within(1e-9));
    addUnanswerable(rows, "a/held-out", "es", 2, 0);
    assertThat(FalseAnswerBound.falseAnswers(rows, weights, -5, 0.5)).isCloseTo((15.0 / 62 + 0.1) / 2, within(1e-9));
  }

  /** Adds {@code n} unanswerable questions of which the first {@code answered} score high on coverage. */
  private static void addUnanswerable(List<AnswerabilityFit.Row> rows, String set, String language, int n,
      int answered) {
    for (int i = 0; i < n; i++) {
      double[] x = new double[N];
      x[0] = i < answered ? 1 : 0;
      rows.add(new AnswerabilityFit.Row(x, 0, set, language, false));
    }
  }

  /**
   * The kept model reads coverage (signal 0) only, which tells where the passage is in the question's language and is
   * noise where it is foreign, where BM25 (signal 5) tells: the kept model answers a third of the foreign
   * unanswerable questions; a fit over it with foreign*bm25 answers most foreign answerable ones and few
   * unanswerable, keeps the bound, and leaves every other question's probability exactly as it was.
   */
  @Test
  void aFitOverAKeptModelChangesOnlyWhereTheGateIsOne() {
    int foreign = Signals.NAMES.indexOf("foreign");
    List<AnswerabilityFit.Row> rows = coverageAtHomeBm25Abroad(new Random(9), "held-out");
    AnswerabilityFit.Kept kept = coverageOnly(-10);
    AnswerabilityFit.Model over = AnswerabilityFit.fitOverRows(rows, 0.03, kept, List.of("foreign*bm25"));

    assertThat(over.features()).endsWith("foreign", "foreign*bm25");
    assertThat(over.threshold()).isEqualTo(0.6);
    assertThat(over.falseAnswers()).isLessThanOrEqualTo(0.03);
    double[] home = rows.get(0).x();
    double[] homeFeatures = Signals.features(over.features(), home);
    assertThat(LogisticRegression.probability(homeFeatures, over.weights(), over.bias()))
        .isEqualTo(LogisticRegression.probability(Signals.features(kept.features(), home), kept.weights(),
            kept.bias()));
    assertThat(answered(rows, foreign, false, r -> LogisticRegression.probability(
        Signals.features(kept.features(), r.x()), kept.weights(), kept.bias()))).as("kept, foreign false answers").isGreaterThan(0.3);
    assertThat(answered(rows, foreign, false, r -> LogisticRegression.probability(
        Signals.features(over.features(), r.x()), over.weights(), over.bias()))).as("over, foreign false answers")
        .isLessThan(0.05);
    assertThat(answered(rows, foreign, true, r -> LogisticRegression.probability(
        Signals.features(over.features(), r.x()), over.weights(), over.bias()))).as("over, foreign answerable")
        .isGreaterThan(0.6);
    assertThat(over.json(List.of("run.json"), 0.03)).contains("--keep kept.json --products foreign*bm25");
  }

  /** A model the fit writes is read back whole as the kept model of the next fit ({@code --keep}). */
  @Test
  void aWrittenModelIsReadBackAsAKeptModel(@TempDir Path dir) throws Exception {
    AnswerabilityFit.Model over = AnswerabilityFit.fitOverRows(coverageAtHomeBm25Abroad(new Random(9), "held-out"),
        0.03, coverageOnly(-10), List.of("foreign*bm25"));
    Path file = Files.writeString(dir.resolve("answerability.json"), over.json(List.of("run.json"), 0.03));

    AnswerabilityFit.Kept read = AnswerabilityFit.Kept.read(file);

    assertThat(read.features()).isEqualTo(over.features());
    assertThat(read.weights()).containsExactly(over.weights(), within(1e-4));
    assertThat(read.bias()).isCloseTo(over.bias(), within(1e-4));
    assertThat(read.threshold()).isCloseTo(over.threshold(), within(1e-4));
  }

  /**
   * A refit over a kept model keeps its threshold, so it writes the kept model's sure levels again: without them the
   * jar would give every answer over the threshold as sure.
   */
  @Test
  void aRefitOverAKeptModelWritesItsSureLevelsAgain(@TempDir Path dir) throws Exception {
    double[] weights = new double[16];
    weights[0] = 20;
    Path keptFile = Files.writeString(dir.resolve("kept.json"), new ObjectMapper().createObjectNode()
        .putPOJO("features", Signals.NAMES.subList(0, 16)).putPOJO("weights", weights).put("bias", -10)
        .put("threshold", 0.6).put("sure", 0.9).put("sureNamesOnly", 0.45).toString());
    AnswerabilityFit.Kept kept = AnswerabilityFit.Kept.read(keptFile);

    AnswerabilityFit.Model over = AnswerabilityFit.fitOverRows(coverageAtHomeBm25Abroad(new Random(9), "held-out"),
        0.03, kept, List.of("foreign*bm25"));
    JsonNode written = new ObjectMapper().readTree(over.json(List.of("run.json"), 0.03));

    assertThat(written.path("threshold").asDouble()).isEqualTo(0.6);
    assertThat(written.path("sure").asDouble()).isEqualTo(0.9);
    assertThat(written.path("sureNamesOnly").asDouble()).isEqualTo(0.45);
    assertThat(new ObjectMapper().readTree(AnswerabilityFit.fitOverRows(
        coverageAtHomeBm25Abroad(new Random(9), "held-out"), 0.03, coverageOnly(-10), List.of("foreign*bm25"))
        .json(List.of("run.json"), 0.03)).has("sure")).as("a kept model without levels").isFalse();
  }

  /** A model file whose weights do not match its features is refused, naming the file. */
  @Test
  void aModelWithMissingWeightsIsRefused(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("short.json"),
        "{\"features\": [\"coverage\", \"bm25\"], \"weights\": [1.0], \"bias\": 0, \"threshold\": 0.5}");

    assertThatThrownBy(() -> AnswerabilityFit.Kept.read(file)).hasMessageContaining("short.json")
        .hasMessageContaining("2 features but 1 weights");
  }

  /**
   * The kept model answers a fifth of the unanswerable questions at home, which no weight over it can change: the
   * bound holds on the gate's own questions, so the foreign ones are not refused to make up for the home ones.
   */
  @Test
  void aFitOverAKeptModelBoundsTheGatesQuestionsAlone() {
    int foreign = Signals.NAMES.indexOf("foreign");
    List<AnswerabilityFit.Row> rows = coverageAtHomeBm25Abroad(new Random(11), "held-out");
    AnswerabilityFit.Kept kept = coverageOnly(-8);
    assertThat(answered(rows, foreign, false, 0, r -> LogisticRegression.probability(
        Signals.features(kept.features(), r.x()), kept.weights(), kept.bias()))).as("kept, home false answers").isGreaterThan(0.15);
    AnswerabilityFit.Model over = AnswerabilityFit.fitOverRows(rows, 0.03, kept, List.of("foreign*bm25"));

    assertThat(over.falseAnswers()).isLessThanOrEqualTo(0.03);
    // the bound holds for the weights as the model file writes them (4 decimals), not for finer ones
    for (double w : over.weights()) {
      assertThat(Math.round(w * 10000) / 10000.0).isEqualTo(w);
    }
    assertThat(answered(rows, foreign, false, 1, r -> LogisticRegression.probability(
        Signals.features(over.features(), r.x()), over.weights(), over.bias()))).as("over, foreign false answers")
        .isLessThanOrEqualTo(0.03);
    assertThat(answered(rows, foreign, true, 1, r -> LogisticRegression.probability(
        Signals.features(over.features(), r.x()), over.weights(), over.bias()))).as("over, foreign answerable")
        .isGreaterThan(0.6);
  }

  /**
   * A kept model that already weighs the gate ({@code foreign}, as the jar's model does) and answers a third of the
   * foreign unanswerable questions: a fit over it with {@code foreign*bm25} moves the gate's weight in its own column
   * (no second {@code foreign}), holds the bound abroad and leaves every question at home as it was.
   */
  @Test
  void aFitOverAKeptModelMovesAGateItAlreadyWeighs() {
    int foreign = Signals.NAMES.indexOf("foreign");
    List<AnswerabilityFit.Row> rows = coverageAtHomeBm25Abroad(new Random(19), "held-out");
    double[] weights = new double[17];
    weights[0] = 20;
    weights[16] = 0.5;
    AnswerabilityFit.Kept kept = new AnswerabilityFit.Kept("kept.json", Signals.NAMES.subList(0, 17), weights, -10,
        0.6, Map.of());
    ToDoubleFunction<AnswerabilityFit.Row> keptP = r -> LogisticRegression.probability(
        Signals.features(kept.features(), r.x()), kept.weights(), kept.bias());
    assertThat(answered(rows, foreign, false, keptP)).as("kept, foreign false answers").isGreaterThan(0.3);

    AnswerabilityFit.Model over = AnswerabilityFit.fitOverRows(rows, 0.03, kept, List.of("foreign*bm25"));

    assertThat(over.features()).hasSize(18).endsWith("foreign", "foreign*bm25");
    assertThat(over.features().stream().filter("foreign"::equals).count()).isEqualTo(1);
    assertThat(over.weights()[16]).isNotEqualTo(0.5);
    ToDoubleFunction<AnswerabilityFit.Row> overP = r -> LogisticRegression.probability(
        Signals.features(over.features(), r.x()), over.weights(), over.bias());
    double[] home = rows.get(0).x();
    assertThat(home[foreign]).isZero();
    assertThat(overP.applyAsDouble(rows.get(0))).isEqualTo(keptP.applyAsDouble(rows.get(0)));
    assertThat(answered(rows, foreign, false, overP)).as("over, foreign false answers").isLessThanOrEqualTo(0.03);
    assertThat(answered(rows, foreign, true, overP)).as("over, foreign answerable").isGreaterThan(0.6);
  }

  private static double answered(List<AnswerabilityFit.Row> rows, int foreign, boolean answerable,
      ToDoubleFunction<AnswerabilityFit.Row> probability) {
    return answered(rows, foreign, answerable, 1, probability);
  }

  /** The share of questions (answerable or not) where {@code foreign} is {@code gate} whose probability reaches 0.6. */
  private static double answered(List<AnswerabilityFit.Row> rows, int foreign, boolean answerable, double gate,
      ToDoubleFunction<AnswerabilityFit.Row> probability) {
    List<AnswerabilityFit.Row> these = rows.stream()
        .filter(r -> r.x()[foreign] == gate && r.answerable() == answerable).toList();
    return (double) these.stream().filter(r -> probability.applyAsDouble(r) >= 0.6).count() / these.size();
  }


  /**
   * The gate {@code notEnglishHome} is computed, not recorded: 1 only for a question not in English on a passage in
   * its own language. There BM25 (signal 5) tells and coverage is noise; a fit over the coverage-only model with
   * {@code notEnglishHome*bm25} answers those questions and leaves English ones and foreign German ones exactly as
   * the kept model had them.
   */
  @Test
  void aComputedGateSeparatesNonEnglishQuestionsAtHome() {
    int foreign = Signals.NAMES.indexOf("foreign");
    int notEnglish = Signals.NAMES.indexOf("notEnglish");
    Random random = new Random(17);
    List<AnswerabilityFit.Row> rows = new ArrayList<>();
    for (int i = 0; i < 900; i++) {
      boolean answerable = i % 2 == 0;
      int kind = i % 3; // 0: English at home, 1: German at home, 2: German on a foreign passage
      double[] x = new double[N];
      double telling = answerable ? 0.45 + 0.55 * random.nextDouble() : 0.55 * random.nextDouble();
      x[0] = kind == 1 ? random.nextDouble() : telling;
      x[5] = kind == 1 ? telling : random.nextDouble();
      x[notEnglish] = kind == 0 ? 0 : 1;
      x[foreign] = kind == 2 ? 1 : 0;
      rows.add(new AnswerabilityFit.Row(x, answerable ? 1 : 0, "set/" + (answerable ? "answerable" : "held-out"),
          kind == 0 ? "en" : "de", answerable));
    }
    AnswerabilityFit.Kept kept = coverageOnly(-10);
    AnswerabilityFit.Model over = AnswerabilityFit.fitOverRows(rows, 0.03, kept, List.of("notEnglishHome*bm25"));

    assertThat(over.features()).endsWith("notEnglishHome", "notEnglishHome*bm25");
    for (int kind : new int[] {0, 2}) {
      double[] x = rows.get(kind).x();
      assertThat(LogisticRegression.probability(Signals.features(over.features(), x), over.weights(), over.bias()))
          .isEqualTo(LogisticRegression.probability(Signals.features(kept.features(), x), kept.weights(), kept.bias()));
    }
    List<AnswerabilityFit.Row> home = rows.stream().filter(r -> r.x()[notEnglish] == 1 && r.x()[foreign] == 0)
        .toList();
    assertThat(answered(home, foreign, true, 0, r -> LogisticRegression.probability(
        Signals.features(over.features(), r.x()), over.weights(), over.bias()))).as("German at home, answerable")
        .isGreaterThan(0.6);
    assertThat(answered(home, foreign, false, 0, r -> LogisticRegression.probability(
        Signals.features(over.features(), r.x()), over.weights(), over.bias()))).as("German at home, false answers")
        .isLessThanOrEqualTo(0.03);
    assertThat(over.json(List.of("run.json"), 0.03)).contains("--keep kept.json --products notEnglishHome*bm25");
  }

  /**
   * The gate {@code germanOrSpanishHome} is computed from the recorded question language: German and Spanish questions
   * at home, where BM25 (signal 5) tells; Dutch questions at home, where coverage tells as the kept model reads it,
   * are outside it. A fit with {@code notEnglishHome*bm25} moves the Dutch questions with the German ones; one with
   * {@code germanOrSpanishHome*bm25} leaves every Dutch question's probability as the kept model had it.
   */
  @Test
  void aGateForGermanAndSpanishAtHomeLeavesDutchQuestionsToTheKeptModel() {
    int german = Signals.NAMES.indexOf("german");
    int spanish = Signals.NAMES.indexOf("spanish");
    int dutch = Signals.NAMES.indexOf("dutch");
    Random random = new Random(23);
    List<AnswerabilityFit.Row> rows = new ArrayList<>();
    for (int i = 0; i < 900; i++) {
      boolean answerable = i % 2 == 0;
      int kind = i % 3; // 0: German at home, 1: Spanish at home, 2: Dutch at home
      double[] x = new double[N];
      double telling = answerable ? 0.45 + 0.55 * random.nextDouble() : 0.55 * random.nextDouble();
      x[0] = kind == 2 ? telling : random.nextDouble();
      x[5] = kind == 2 ? random.nextDouble() : telling;
      x[Signals.NAMES.indexOf("notEnglish")] = 1;
      x[kind == 0 ? german : kind == 1 ? spanish : dutch] = 1;
      rows.add(new AnswerabilityFit.Row(x, answerable ? 1 : 0, "set/" + (answerable ? "answerable" : "held-out"),
          kind == 0 ? "de" : kind == 1 ? "es" : "nl", answerable));
    }
    AnswerabilityFit.Kept kept = coverageOnly(-10);
    AnswerabilityFit.Model all = AnswerabilityFit.fitOverRows(rows, 0.03, kept, List.of("notEnglishHome*bm25"));
    AnswerabilityFit.Model gated = AnswerabilityFit.fitOverRows(rows, 0.03, kept,
        List.of("germanOrSpanishHome*bm25"));

    ToDoubleFunction<AnswerabilityFit.Row> keptP = r -> LogisticRegression.probability(
        Signals.features(kept.features(), r.x()), kept.weights(), kept.bias());
    ToDoubleFunction<AnswerabilityFit.Row> gatedP = r -> LogisticRegression.probability(
        Signals.features(gated.features(), r.x()), gated.weights(), gated.bias());
    ToDoubleFunction<AnswerabilityFit.Row> allP = r -> LogisticRegression.probability(
        Signals.features(all.features(), r.x()), all.weights(), all.bias());
    List<AnswerabilityFit.Row> dutchRows = rows.stream().filter(r -> r.x()[dutch] == 1).toList();
    assertThat(dutchRows).allMatch(r -> gatedP.applyAsDouble(r) == keptP.applyAsDouble(r));
    assertThat(dutchRows).anyMatch(r -> allP.applyAsDouble(r) != keptP.applyAsDouble(r));
    List<AnswerabilityFit.Row> home = rows.stream().filter(r -> r.x()[dutch] == 0).toList();
    assertThat(answered(home, dutch, true, 0, gatedP)).as("German and Spanish at home, answerable")
        .isGreaterThan(0.6);
    assertThat(answered(home, dutch, false, 0, gatedP)).as("German and Spanish at home, false answers")
        .isLessThanOrEqualTo(0.03);
    assertThat(answered(dutchRows, dutch, true, 1, gatedP)).as("Dutch, answerable, as the kept model reads them")
        .isGreaterThan(0.6);
  }

  /**
   * A run recorded before the question's language was a signal has no value for it: a refit over a gate that reads
   * it is refused with a message that says to run eval again, and one over a gate that does not still reads the run.
   */
  @Test
  void aRunRecordedBeforeTheQuestionsLanguageIsRefusedOnlyWhereAGateReadsIt(@TempDir Path dir) throws Exception {
    ObjectMapper json = new ObjectMapper();
    var root = json.createObjectNode().put("file", "mlqa-qde.jsonl").put("part", "fit");
    var results = root.putArray("results");
    int recorded = Signals.NAMES.indexOf("german"); // the signals before it, as an older jar recorded them
    Random random = new Random(29);
    for (int i = 0; i < 200; i++) {
      boolean answerable = i % 2 == 0;
      double[] x = new double[recorded];
      x[0] = answerable ? 0.45 + 0.55 * random.nextDouble() : 0.55 * random.nextDouble();
      x[5] = random.nextDouble();
      x[Signals.NAMES.indexOf("notEnglish")] = 1;
      var r = results.addObject().put("kind", answerable ? "answerable" : "held-out").put("language", "de")
          .put("answerable", answerable).put("article", "a" + i / 4).put("answered", true).put("cited", answerable)
          .put("holds", answerable);
      r.putObject("verdict").put("goldJudged", answerable).put("confidence", 0.5).putPOJO("signals", x);
    }
    Path run = Files.writeString(dir.resolve("old.json"), root.toString());

    assertThatThrownBy(() -> AnswerabilityFit.fitOver(List.of(run), 0.03, coverageOnly(-10),
        List.of("germanOrSpanishHome*bm25"), false, AnswerabilityFit.GateRule.MAX_FALSE))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("mlqa-qde.jsonl")
        .hasMessageContaining("germanOrSpanishHome").hasMessageContaining("run eval --signals again");
    assertThatThrownBy(() -> AnswerabilityFit.keptLevel(List.of(run), coverageOnly(-10),
        List.of("germanOrSpanishHome*bm25"))).hasMessageContaining("run eval --signals again");
    AnswerabilityFit.Model over = AnswerabilityFit.fitOver(List.of(run), 0.03, coverageOnly(-10),
        List.of("notEnglishHome*bm25"), false, AnswerabilityFit.GateRule.MAX_FALSE);
    assertThat(over.features()).endsWith("notEnglishHome", "notEnglishHome*bm25");
  }

  /**
   * The kept model is sure of coverage, which is noise abroad: over its score as it stands, BM25 abroad must outweigh
   * twenty points of noise; with {@code rescale} the kept score counts there for what it is worth, so more foreign
   * answerable questions are answered at the same bound, and every question at home keeps its probability.
   */
  @Test
  void aRescaledFitOverAKeptModelDiscountsItsScoreWhereTheGateIsOne() {
    int foreign = Signals.NAMES.indexOf("foreign");
    List<AnswerabilityFit.Row> rows = coverageAtHomeBm25Abroad(new Random(13), "held-out");
    AnswerabilityFit.Kept kept = coverageOnly(-10);
    AnswerabilityFit.Model plain = AnswerabilityFit.fitOverRows(rows, 0.03, kept, List.of("foreign*bm25"));
    AnswerabilityFit.Model rescaled = AnswerabilityFit.fitOverRows(rows, 0.03, kept, List.of("foreign*bm25"), true);

    assertThat(rescaled.features()).contains("foreign*coverage");
    assertThat(rescaled.falseAnswers()).isLessThanOrEqualTo(0.03);
    double[] home = rows.get(0).x();
    assertThat(LogisticRegression.probability(Signals.features(rescaled.features(), home), rescaled.weights(),
        rescaled.bias())).isCloseTo(LogisticRegression.probability(Signals.features(kept.features(), home),
            kept.weights(), kept.bias()), within(1e-12));
    Function<AnswerabilityFit.Model, Double> foreignAnswered = m -> answered(rows, foreign, true,
        r -> LogisticRegression.probability(Signals.features(m.features(), r.x()), m.weights(), m.bias()));
    assertThat(foreignAnswered.apply(rescaled)).isGreaterThan(foreignAnswered.apply(plain) + 0.05);
    assertThat(rescaled.json(List.of("run.json"), 0.03)).contains("--products foreign*bm25 --rescale");
  }

  /**
   * A model rescaled over a gate and kept again for another rescale over the same gate: its gated features are
   * rescaled in their own columns (no foreign*foreign*coverage), and every question at home keeps its probability.
   */
  @Test
  void aSecondRescaleOverTheSameGateKeepsOneColumnPerFeature() {
    List<AnswerabilityFit.Row> rows = coverageAtHomeBm25Abroad(new Random(13), "held-out");
    AnswerabilityFit.Kept first = coverageOnly(-10);
    AnswerabilityFit.Model once = AnswerabilityFit.fitOverRows(rows, 0.03, first, List.of("foreign*bm25"), true);
    AnswerabilityFit.Kept kept = new AnswerabilityFit.Kept("kept.json", once.features(), once.weights(), once.bias(),
        first.threshold(), Map.of());
    AnswerabilityFit.Model twice = AnswerabilityFit.fitOverRows(rows, 0.03, kept, List.of("foreign*trust"), true);

    assertThat(twice.features()).doesNotHaveDuplicates().noneMatch(f -> f.startsWith("foreign*foreign"));
    double[] home = rows.get(0).x();
    assertThat(LogisticRegression.probability(Signals.features(twice.features(), home), twice.weights(), twice.bias()))
        .isCloseTo(LogisticRegression.probability(Signals.features(kept.features(), home), kept.weights(),
            kept.bias()), within(1e-12));
  }

  /** Two Spanish questions read as German do not weigh as much as the sixty German ones. */
  @Test
  void aSmallGroupWeighsAsIfItHadThirtyQuestions() {
    List<AnswerabilityFit.Row> rows = new ArrayList<>();
    addUnanswerable(rows, "a/held-out", "es", 2, 0);
    addUnanswerable(rows, "a/held-out", "de", 60, 0);
    double[] w = AnswerabilityFit.groupWeights(rows);
    assertThat(w[0]).isCloseTo(100.0 / AnswerabilityFit.SMALL_GROUP, within(1e-9));
    assertThat(w[2]).isCloseTo(100.0 / 60, within(1e-9));
  }

  @Test
  void aFitOverAKeptModelNeedsProductsThatShareAGate() {
    AnswerabilityFit.Kept kept = new AnswerabilityFit.Kept("kept.json", Signals.NAMES.subList(0, 16),
        new double[16], 0, 0.5, Map.of());
    assertThatThrownBy(() -> AnswerabilityFit.fitOverRows(rows(new Random(3)), 0.03, kept,
        List.of("foreign*bm25", "trust*bm25"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("gate");
  }

  @Test
  void aProductOfAnUnknownSignalIsRefused() {
    assertThatThrownBy(() -> AnswerabilityFit.features(List.of("foreign*colour")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("colour");
    assertThatThrownBy(() -> AnswerabilityFit.features(List.of("foreign")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two signals");
  }

  @Test
  void itRefusesRunsOnTheTestPart(@TempDir Path dir) throws Exception {
    Path run = dir.resolve("run.json");
    Files.writeString(run, "{\"file\": \"q.jsonl\", \"part\": \"test\", \"results\": []}");
    assertThatThrownBy(() -> AnswerabilityFit.fit(List.of(run), 0.03, Signals.NAMES))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--part fit");
  }

  /**
   * Questions half answerable, half on a foreign passage: coverage (signal 0) tells the two apart at home and is noise
   * abroad, where BM25 (signal 5) tells; the unanswerable ones come from the set named {@code negatives}.
   */
  private static List<AnswerabilityFit.Row> coverageAtHomeBm25Abroad(Random random, String negatives) {
    int foreign = Signals.NAMES.indexOf("foreign");
    List<AnswerabilityFit.Row> rows = new ArrayList<>();
    for (int i = 0; i < 800; i++) {
      boolean answerable = i % 2 == 0;
      boolean abroad = i % 4 >= 2;
      double[] x = new double[N];
      double telling = answerable ? 0.45 + 0.55 * random.nextDouble() : 0.55 * random.nextDouble();
      x[0] = abroad ? random.nextDouble() : telling;
      x[5] = abroad ? telling : random.nextDouble();
      x[foreign] = abroad ? 1 : 0;
      rows.add(new AnswerabilityFit.Row(x, answerable ? 1 : 0, "set/" + (answerable ? "answerable" : negatives),
          abroad ? "de" : "en", answerable));
    }
    return rows;
  }

  /**
   * {@code eval refit --folds}: every question on one article is counted in one fold, by the model the same refit
   * makes from the other folds' questions alone; runs whose results do not name their article are refused.
   */
  @Test
  void articleFoldsCountEachArticleOnceByTheRefitMadeWithoutIt() {
    List<AnswerabilityFit.Row> signals = coverageAtHomeBm25Abroad(new Random(5), "held-out");
    List<AnswerabilityFit.Row> rows = new ArrayList<>();
    for (int i = 0; i < signals.size(); i++) {
      AnswerabilityFit.Row r = signals.get(i);
      // four questions an article, as left-out draws ask an article's questions again
      rows.add(new AnswerabilityFit.Row(r.x(), r.y(), r.set(), r.language(), r.answerable(),
          new AnswerabilityFit.Outcome("article-" + (i / 4), true, r.answerable() && i % 3 != 0)));
    }
    AnswerabilityFit.Kept kept = coverageOnly(-10);
    ArticleFolds.Check check = ArticleFolds.checkRows(rows, 0.03, kept, List.of("foreign*bm25"), false, 3);

    assertThat(check.folds()).hasSize(3);
    int foreign = Signals.NAMES.indexOf("foreign");
    long gated = rows.stream().filter(r -> r.x()[foreign] != 0).count();
    assertThat(check.all().answerable() + check.all().unanswerable()).as("each gated question once").isEqualTo(gated);
    for (int k = 0; k < 3; k++) {
      int held = k;
      List<AnswerabilityFit.Row> others = rows.stream()
          .filter(r -> ArticleFolds.fold(r.outcome().article(), 3) != held).toList();
      AnswerabilityFit.Model without = AnswerabilityFit.fitOverRows(others, 0.03, kept, List.of("foreign*bm25"));
      List<AnswerabilityFit.Row> counted = rows.stream()
          .filter(r -> ArticleFolds.fold(r.outcome().article(), 3) == held && r.x()[foreign] != 0).toList();
      long falseAnswers = counted.stream().filter(r -> !r.answerable() && LogisticRegression.probability(
          Signals.features(without.features(), r.x()), without.weights(), without.bias()) >= without.threshold()).count();
      assertThat(check.folds().get(k).falseAnswers()).as("fold " + (k + 1)).isEqualTo((int) falseAnswers);
    }
    assertThat(check.all().keptFalse()).as("the kept model answers many foreign unanswerable ones")
        .isGreaterThan(check.all().falseAnswers());
    assertThat(ArticleFolds.summary(check, true)).contains("all", "false kept/refit");
    // --at-kept-level: the bound is the kept model's own level on the gate's questions, which the refit keeps
    double level = GatedRefit.keptLevelOf(rows, kept, List.of("foreign*bm25"));
    assertThat(level).as("about half the foreign unanswerable").isBetween(0.3, 0.7);
    assertThat(AnswerabilityFit.fitOverRows(rows, level, kept, List.of("foreign*bm25")).falseAnswers())
        .isLessThanOrEqualTo(level);
    ArticleFolds.Check atLevel = ArticleFolds.checkRows(rows, Double.NaN, kept, List.of("foreign*bm25"), false, 3);
    assertThat(atLevel.all().answered()).as("a looser bound than 3 %").isGreaterThan(check.all().answered());
    assertThatThrownBy(() -> ArticleFolds.checkRows(signals, 0.03, kept, List.of("foreign*bm25"), false, 3))
        .hasMessageContaining("name their article");
  }

  /**
   * {@code --at-kept-both}: the gate's weight is the lowest, on the grid the model is written on, at which the gate's
   * answerable questions that the runs answered with the gold paragraph and a gold answer ("both") are as many as the
   * kept model accepts; a step lower loses one. Where BM25 tells abroad, that weight answers fewer foreign
   * unanswerable questions than the kept model, and the file says how the gate was set.
   */
  @Test
  void atKeptBothTheGateIsTheLowestWeightThatKeepsTheKeptModelsGoldAnswers() {
    int foreign = Signals.NAMES.indexOf("foreign");
    List<AnswerabilityFit.Row> signals = coverageAtHomeBm25Abroad(new Random(13), "held-out");
    List<AnswerabilityFit.Row> rows = new ArrayList<>();
    for (int i = 0; i < signals.size(); i++) {
      AnswerabilityFit.Row r = signals.get(i);
      // a rule refuses every seventh question; a third of the answerable ones miss the gold answer
      rows.add(new AnswerabilityFit.Row(r.x(), r.y(), r.set(), r.language(), r.answerable(),
          new AnswerabilityFit.Outcome("article-" + (i / 4), i % 7 != 0, r.answerable() && i % 3 != 0)));
    }
    AnswerabilityFit.Kept kept = coverageOnly(-10);
    AnswerabilityFit.Model over = AnswerabilityFit.fitOverRows(rows, 0.03, kept, List.of("foreign*bm25"), false,
        AnswerabilityFit.GateRule.KEPT_BOTH);

    int gate = over.features().indexOf("foreign");
    Predicate<AnswerabilityFit.Row> keptBoth = r -> r.answerable() && r.outcome().answered()
        && r.outcome().both() && LogisticRegression.probability(Signals.features(kept.features(), r.x()),
            kept.weights(), kept.bias()) >= kept.threshold();
    List<AnswerabilityFit.Row> abroad = rows.stream().filter(r -> r.x()[foreign] != 0).toList();
    long target = abroad.stream().filter(keptBoth).count();
    assertThat(target).as("the kept model's gold answers abroad").isGreaterThan(10);
    assertThat(bothAt(abroad, over, over.weights()[gate])).isGreaterThanOrEqualTo(target);
    assertThat(bothAt(abroad, over, over.weights()[gate] - 0.0001)).isLessThan(target);
    assertThat(Math.round(over.weights()[gate] * 10000) / 10000.0).isEqualTo(over.weights()[gate]);
    long keptFalse = abroad.stream().filter(r -> !r.answerable() && LogisticRegression.probability(
        Signals.features(kept.features(), r.x()), kept.weights(), kept.bias()) >= kept.threshold()).count();
    long overFalse = abroad.stream().filter(r -> !r.answerable() && LogisticRegression.probability(
        Signals.features(over.features(), r.x()), over.weights(), over.bias()) >= over.threshold()).count();
    assertThat(overFalse).as("fewer foreign unanswerable answered than the kept model's " + keptFalse)
        .isLessThan(keptFalse);
    assertThat(over.json(List.of("run.json"), 0.03))
        .contains("briefbot eval refit --keep kept.json --products foreign*bm25 --at-kept-both --out FILE run.json")
        .doesNotContain("--max-false");
    // the same rule in each fold of --folds: made on the other folds
    ArticleFolds.Check folds = ArticleFolds.checkRows(rows, Double.NaN, kept, List.of("foreign*bm25"), false,
        AnswerabilityFit.GateRule.KEPT_BOTH, 2);
    assertThat(folds.all().keptFalse()).isGreaterThan(folds.all().falseAnswers());
  }

  /** The gate's answerable questions answered with both at this gate weight. */
  private static long bothAt(List<AnswerabilityFit.Row> gated, AnswerabilityFit.Model model, double gateWeight) {
    double[] w = model.weights().clone();
    w[model.features().indexOf("foreign")] = gateWeight;
    return gated.stream().filter(r -> r.answerable() && r.outcome().answered() && r.outcome().both()
        && LogisticRegression.probability(Signals.features(model.features(), r.x()), w, model.bias())
        >= model.threshold()).count();
  }

  /** A kept model that reads coverage (signal 0) only, at the given bias. */
  private static AnswerabilityFit.Kept coverageOnly(double bias) {
    double[] weights = new double[16];
    weights[0] = 20;
    return new AnswerabilityFit.Kept("kept.json", Signals.NAMES.subList(0, 16), weights, bias, 0.6, Map.of());
  }
}
