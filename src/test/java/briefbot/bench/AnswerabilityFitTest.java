package briefbot.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import briefbot.retrieval.Signals;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
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
          answerable));
    }
    return rows;
  }

  @Test
  void theSeparatingSignalGetsTheWeightAndFalseAnswersStayUnderTheBound() {
    AnswerabilityFit.Model model = AnswerabilityFit.fitRows(rows(new Random(7)), 0.03);
    assertThat(model.weights()[0]).isGreaterThan(5);
    for (int j = 1; j < N; j++) {
      assertThat(Math.abs(model.weights()[j])).as(Signals.NAMES.get(j)).isLessThan(model.weights()[0] / 3);
    }
    assertThat(model.falseAnswers()).isLessThanOrEqualTo(0.03);
    assertThat(model.refusals()).isBetween(0.05, 0.5);
    double[] clear = new double[N];
    clear[0] = 0.95;
    assertThat(AnswerabilityFit.probability(clear, model.weights(), model.bias())).isGreaterThan(model.threshold());
    clear[0] = 0.1;
    assertThat(AnswerabilityFit.probability(clear, model.weights(), model.bias())).isLessThan(model.threshold());
  }

  @Test
  void aLooserBoundAnswersMore() {
    List<AnswerabilityFit.Row> rows = rows(new Random(11));
    assertThat(AnswerabilityFit.fitRows(rows, 0.2).refusals())
        .isLessThan(AnswerabilityFit.fitRows(rows, 0.01).refusals());
  }

  @Test
  void itRefusesRunsOnTheTestPart(@TempDir Path dir) throws Exception {
    Path run = dir.resolve("run.json");
    Files.writeString(run, "{\"file\": \"q.jsonl\", \"part\": \"test\", \"results\": []}");
    assertThatThrownBy(() -> AnswerabilityFit.fit(List.of(run), 0.03))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--part fit");
  }
}
