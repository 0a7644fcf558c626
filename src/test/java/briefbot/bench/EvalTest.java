package briefbot.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How eval compares an answer with a gold answer. */
class EvalTest {

  @Test
  void anInvisibleCharacterInTheGoldAnswerDoesNotHideItInTheAnswer() {
    String answer = "Era conocido del mánager de Pink Floyd, Steve O'Rourke.[60] [1]";
    assertThat(Eval.normal(answer)).contains(Eval.normal("Steve O'Rourke.[60]\u200b"));
    assertThat(Eval.normal(answer)).doesNotContain(Eval.normal("Steve O'Rourke.[60] Roger"));
  }
}
