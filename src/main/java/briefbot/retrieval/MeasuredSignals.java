package briefbot.retrieval;

import java.util.Set;

/**
 * Which of the signals that the model may leave unweighed a verdict measures: one the model does not weigh changes
 * no confidence, so it is measured only for a model that weighs it or where every signal is recorded
 * ({@code eval --signals}, what a refit learns from); an unmeasured one reads 0. A model that weighs
 * {@code conceptNovelty} only times {@code englishAbroad} reads it only for an English question on a foreign
 * passage ({@code conceptNoveltyAbroadOnly}): elsewhere the product is 0 whatever it is. {@code sentenceDenseGates}:
 * the gates through which alone the model weighs {@code sentenceDense} (empty: it is read wherever it is measured);
 * {@code otherNameGates} the same for {@code otherName}; {@code noun}: {@code nounAsked} and {@code nounFound};
 * {@code model}: its sure level may read {@code sentenceDense} where no gate of it is open.
 */
record MeasuredSignals(boolean asked, boolean conceptNovelty, boolean conceptNoveltyAbroadOnly, boolean askedTyped,
    boolean askedNamed, boolean sentenceDense, Set<String> sentenceDenseGates, boolean otherName,
    Set<String> otherNameGates, boolean noun, Answerability model) {

  private static final Set<String> GATES =
      Set.of(Signals.ENGLISH_HOME, Signals.NOT_ENGLISH_HOME, Signals.ENGLISH_ABROAD, Signals.NOT_ENGLISH_ABROAD);

  static MeasuredSignals by(Answerability model, boolean everySignal) {
    return new MeasuredSignals(everySignal || model.weighs("asked") || model.weighs("askedGap"),
        everySignal || model.weighs("conceptNovelty"),
        !everySignal && model.weighsOnlyWith("conceptNovelty", Signals.ENGLISH_ABROAD),
        everySignal || model.weighs("askedTyped"), everySignal || model.weighs("askedNamed"),
        everySignal || model.weighs("sentenceDense"),
        everySignal ? Set.of() : model.onlyThrough("sentenceDense", GATES),
        everySignal || model.weighs("otherName"), everySignal ? Set.of() : model.onlyThrough("otherName", GATES),
        everySignal || model.weighs("nounAsked") || model.weighs("nounFound"), model);
  }

  /**
   * Whether {@code sentenceDense} is read for a passage: a model that weighs it only through gates reads it only
   * where one of them can be 1 (an English question at home that asks more than its names, another at home, an
   * English question on a foreign passage, another on a passage in a third language or English), so other
   * questions pay no embedding; and where the sure level reads it (an English question of nothing but names at home).
   */
  boolean sentenceDense(boolean notEnglish, boolean foreign, boolean namesOnly) {
    return sentenceDense && (sentenceDenseGates.isEmpty() || open(sentenceDenseGates, notEnglish, foreign, namesOnly))
        || model.readsNamesOnly(notEnglish, foreign, namesOnly);
  }

  /** Whether {@code otherName} is read for a passage: as {@link #sentenceDense}, only where a gate of it can be 1. */
  boolean otherName(boolean notEnglish, boolean foreign, boolean namesOnly) {
    return otherName && (otherNameGates.isEmpty() || open(otherNameGates, notEnglish, foreign, namesOnly));
  }

  private static boolean open(Set<String> gates, boolean notEnglish, boolean foreign, boolean namesOnly) {
    return gates.contains(Signals.ENGLISH_HOME) && !notEnglish && !foreign && !namesOnly
        || gates.contains(Signals.NOT_ENGLISH_HOME) && notEnglish && !foreign
        || gates.contains(Signals.ENGLISH_ABROAD) && !notEnglish && foreign
        || gates.contains(Signals.NOT_ENGLISH_ABROAD) && notEnglish && foreign;
  }

  boolean conceptNovelty(boolean notEnglish, boolean foreign) {
    return conceptNovelty && (!conceptNoveltyAbroadOnly || !notEnglish && foreign);
  }
}
