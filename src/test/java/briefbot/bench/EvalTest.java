package briefbot.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** How eval compares an answer with a gold answer, and which part of a set a question falls in. */
class EvalTest {

  @Test
  void anInvisibleCharacterInTheGoldAnswerDoesNotHideItInTheAnswer() {
    String answer = "Era conocido del mánager de Pink Floyd, Steve O'Rourke.[60] [1]";
    assertThat(Eval.normal(answer)).contains(Eval.normal("Steve O'Rourke.[60]\u200b"));
    assertThat(Eval.normal(answer)).doesNotContain(Eval.normal("Steve O'Rourke.[60] Roger"));
  }

  @Test
  void aLineThatNamesItsPartIsInThatPartWhateverItsIdHashesTo() {
    String line = "{\"id\": \"%s\", \"q\": \"How much did it cost?\", \"language\": \"en\", \"answerable\": false,"
        + " \"answers\": [], \"kind\": \"near-miss\"%s}";
    int i = 0;
    while (EvalQuestion.parse(line.formatted("nf-" + i, ""), "t").part(true) != Eval.Part.TEST) {
      i++;
    }
    String id = "nf-" + i;
    EvalQuestion pinned = EvalQuestion.parse(line.formatted(id, ", \"part\": \"fit\""), "t");
    assertThat(pinned.part(true)).isEqualTo(Eval.Part.FIT);
    assertThat(pinned.part(false)).isEqualTo(Eval.Part.FIT);
    assertThatThrownBy(() -> EvalQuestion.parse(line.formatted(id, ", \"part\": \"all\""), "t"))
        .hasMessageContaining("\"part\" must be");
  }
}
