package briefbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

/** Assertions on how sure an answer is given: as the answer, or as the closest match with its opening. */
final class Sureness {

  private Sureness() {}

  /** {@code answer} as a grounded answer given as the closest match: not sure, opening with the line that says so. */
  static Answer.Grounded closestMatch(Answer answer) {
    Answer.Grounded g = grounded(answer);
    assertThat(g.sure()).as(g.text()).isFalse();
    assertThat(g.text()).startsWith(Answerer.message(g.language(), "closest")).contains("[1]");
    return g;
  }

  /** {@code answer} as a grounded answer given as the answer. */
  static Answer.Grounded sure(Answer answer) {
    Answer.Grounded g = grounded(answer);
    assertThat(g.sure()).as(g.text()).isTrue();
    return g;
  }

  private static Answer.Grounded grounded(Answer answer) {
    assertThat(answer).as(answer.text()).isInstanceOf(Answer.Grounded.class);
    return (Answer.Grounded) answer;
  }
}
