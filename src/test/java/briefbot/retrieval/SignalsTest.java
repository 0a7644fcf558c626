package briefbot.retrieval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The model's inputs: signals, their products and the factors derived from the question's and passage's languages. */
class SignalsTest {

  private static final List<String> FEATURES = List.of("denseGloss", "englishAbroad*denseGloss", "notEnglishHome",
      "notEnglish*denseGloss");

  /** Signals with only the languages and the glossed similarity set. */
  private static double[] values(boolean notEnglish, boolean foreign, double denseGloss) {
    return new Signals(0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, foreign ? 1 : 0, 0, 0, 0, notEnglish ? 1 : 0,
        denseGloss, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0).values();
  }

  @Test
  void theGlossedSimilarityOfAnEnglishQuestionOnAForeignPassageHasAFactorOfItsOwn() {
    assertThat(Signals.features(FEATURES, values(false, true, 0.4))).containsExactly(0.4, 0.4, 0, 0);
    assertThat(Signals.features(FEATURES, values(false, false, 0))).containsExactly(0, 0, 0, 0);
    assertThat(Signals.features(FEATURES, values(true, true, 0.3))).containsExactly(0.3, 0, 0, 0.3);
    assertThat(Signals.features(FEATURES, values(true, false, 0.5))).containsExactly(0.5, 0, 1, 0.5);
  }

  @Test
  void theSentenceSimilarityOfAnEnglishQuestionOnAPassageTheModelReadsHasAGateOfItsOwn() {
    List<String> features = List.of(Signals.ENGLISH_HOME, Signals.ENGLISH_HOME + "*sentenceDense");
    assertThat(Signals.features(features, home(false, false, false, 0.6))).containsExactly(1, 0.6);
    // a German question, a foreign passage, or a passage the model does not read: the gate is shut
    assertThat(Signals.features(features, home(true, false, false, 0.6))).containsExactly(0, 0);
    assertThat(Signals.features(features, home(false, true, false, 0.6))).containsExactly(0, 0);
    assertThat(Signals.features(features, home(false, false, true, 0.6))).containsExactly(0, 0);
  }

  @Test
  void aQuestionThatAsksNothingBeyondItsNamesIsOutsideTheSentenceSimilarityGate() {
    List<String> features = List.of(Signals.ENGLISH_HOME, Signals.ENGLISH_HOME + "*sentenceDense");
    double[] namesOnly = home(false, false, false, 0.3);
    namesOnly[Signals.NAMES.indexOf("namesOnly")] = 1;
    // "What did Winston Peters say?": no sentence can resemble a statement the question does not hold
    assertThat(Signals.features(features, namesOnly)).containsExactly(0, 0);
    // a run recorded before the signal existed has no value for it: read as 0, the question stays inside
    double[] recordedBefore = Arrays.copyOf(home(false, false, false, 0.3), Signals.NAMES.size() - 1);
    assertThat(Signals.features(features, Arrays.copyOf(recordedBefore, Signals.NAMES.size())))
        .containsExactly(1, 0.3);
  }

  @Test
  void aQuestionNotInEnglishOnAForeignPassageHasAGateOfItsOwn() {
    List<String> features = List.of(Signals.NOT_ENGLISH_ABROAD, Signals.NOT_ENGLISH_ABROAD + "*denseGloss");
    assertThat(Signals.features(features, values(true, true, 0.3))).containsExactly(1, 0.3);
    // a Spanish question at home, an English question abroad or at home: the gate is shut
    assertThat(Signals.features(features, values(true, false, 0.3))).containsExactly(0, 0);
    assertThat(Signals.features(features, values(false, true, 0.3))).containsExactly(0, 0);
    assertThat(Signals.features(features, values(false, false, 0.3))).containsExactly(0, 0);
  }

  private static double[] home(boolean notEnglish, boolean foreign, boolean denseUnknown, double sentenceDense) {
    return new Signals(0, 0, 0, 0, 0, 0, 0, denseUnknown ? 1 : 0, 0, 0, 0, 0, 0, 0, 0, 0, foreign ? 1 : 0, 0, 0, 0,
        notEnglish ? 1 : 0, 0, 0, 0, 0, sentenceDense, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0).values();
  }

  @Test
  void aGermanOrSpanishQuestionAtHomeHasAGateThatADutchOneIsOutside() {
    List<String> features = List.of(Signals.NOT_ENGLISH_HOME, Signals.GERMAN_OR_SPANISH_HOME,
        Signals.GERMAN_OR_SPANISH_HOME + "*coverage", Signals.GERMAN_HOME, Signals.SPANISH_HOME);
    assertThat(Signals.features(features, asked("de", false, 0.7))).containsExactly(1, 1, 0.7, 1, 0);
    assertThat(Signals.features(features, asked("es", false, 0.7))).containsExactly(1, 1, 0.7, 0, 1);
    // a Dutch or French question at home is not English, and outside the gates
    assertThat(Signals.features(features, asked("nl", false, 0.7))).containsExactly(1, 0, 0, 0, 0);
    assertThat(Signals.features(features, asked("fr", false, 0.7))).containsExactly(1, 0, 0, 0, 0);
    // a German question abroad, an English one at home
    assertThat(Signals.features(features, asked("de", true, 0.7))).containsExactly(0, 0, 0, 0, 0);
    assertThat(Signals.features(features, asked("en", false, 0.7))).containsExactly(0, 0, 0, 0, 0);
  }

  @Test
  void aQuestionRefusedBeforeTheModelKeepsItsLanguage() {
    assertThat(Signals.none("es").spanish()).isEqualTo(1);
    assertThat(Signals.none("es").notEnglish()).isEqualTo(1);
    assertThat(Signals.none("es").german() + Signals.none("es").dutch() + Signals.none("es").french()).isZero();
    assertThat(Signals.none("en").values()).containsExactly(Signals.NONE.values());
    assertThat(Signals.none(null).values()).containsExactly(Signals.NONE.values());
  }

  @Test
  void theSignalsWithoutADefaultAreTheQuestionsLanguagesAndCloseTheNames() {
    assertThat(Signals.WITHOUT_DEFAULT).containsExactlyInAnyOrder("german", "spanish", "dutch", "french");
    assertThat(Signals.NAMES.subList(Signals.NAMES.size() - 4, Signals.NAMES.size()))
        .containsExactly("german", "spanish", "dutch", "french");
    assertThat(Signals.NAMES).hasSize(Signals.NONE.values().length).doesNotHaveDuplicates();
  }

  /** Signals of a question in {@code language} on a passage in its own language or another, with its coverage. */
  private static double[] asked(String language, boolean foreign, double coverage) {
    double[] v = Signals.none(language).values();
    v[Signals.NAMES.indexOf("foreign")] = foreign ? 1 : 0;
    v[Signals.NAMES.indexOf("coverage")] = coverage;
    return v;
  }

  @Test
  void aFeatureThatNamesNoSignalIsRefused() {
    Signals.check(FEATURES);
    assertThatThrownBy(() -> Signals.check(List.of("englishAbroad*glossy")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("glossy");
  }
}
