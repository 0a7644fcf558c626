package briefbot.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The questions that warm the bench up before it measures: like the measured ones, never one of them. */
class RetrievalRunTest {

  static final List<String> MEASURED = List.of("Why was the budget vote postponed?",
      "Who won the harbour strike?", "Why was the budget vote", "When did ships wait outside the port?");

  @Test
  void warmsWithQuestionsThatAreNeverOneOfTheMeasured() {
    List<String> unlike = RetrievalRun.unlike(MEASURED, 4);

    assertThat(unlike).doesNotContainAnyElementsOf(MEASURED);
    // "Why was the budget vote postponed?" without its last word is the third measured question (a question need not end in "?"): left out
    assertThat(unlike).hasSize(4 * MEASURED.size() - 1).contains("Why was the vote postponed?", "Who won the strike?");
  }

  @Test
  void eachRoundAsksSomethingNewSoThatNoCacheAnswersIt() {
    List<String> unlike = RetrievalRun.unlike(List.of("When did ships wait outside the port?"), 4);

    assertThat(new HashSet<>(unlike)).hasSize(4);
    assertThat(unlike).allSatisfy(q -> assertThat(q.split(" ")).hasSize(6));
  }
}
