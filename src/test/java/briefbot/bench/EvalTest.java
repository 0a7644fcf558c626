package briefbot.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import briefbot.answer.Citation;
import java.util.List;
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

  @Test
  void anAnswerLeadsWithTheSpanOnlyWhenItsFirstSentenceHoldsItAndCitesTheGoldParagraph() {
    Citation standfirst = citation(1, 2);
    Citation story = citation(2, 3);
    List<String> gold = List.of("£60,000");
    String restated = "Dame Muriel Spark made the shortlist for the Booker Prize. [1] "
        + "The new £60,000 award is open. [2]";
    String answering = "The new £60,000 award is open. [1] Dame Muriel Spark made the shortlist. [2]";
    assertThat(Eval.leadsWith(restated, List.of(standfirst, story), c -> c.paragraph() == 3, gold)).isFalse();
    assertThat(Eval.leadsWith(answering, List.of(citation(1, 3), citation(2, 2)), c -> c.paragraph() == 3, gold))
        .isTrue();
    // the span in the first sentence, cited to another paragraph (a corroborating article): not the gold one
    assertThat(Eval.leadsWith(answering, List.of(citation(1, 3), citation(2, 2)), c -> c.paragraph() == 2, gold))
        .isFalse();
  }

  private static Citation citation(int n, int paragraph) {
    return new Citation(n, "bbc-entertainment-017", "Spark heads world Booker list", "BBC News", "en", paragraph,
        "/a/bbc-entertainment-017#p" + paragraph, null, "");
  }
}
