package briefbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Follow-ups made questions that stand on their own, from the question before them. */
class FollowUpTest {

  @ParameterizedTest(name = "{0} + {1}")
  @CsvSource(delimiter = '|', textBlock = """
      What did Rutte say about Trump?              | and what did he say about China?  | what did Rutte say about China?
      What did Rutte say about Trump?              | and China?                        | What did Rutte say about China?
      What is Russia giving North Korea?           | and Iran?                         | What is Russia giving Iran?
      What is Russia giving North Korea?           | what about Iran?                  | What is Russia giving Iran?
      What is Russia giving Iran?                  | what about the troops?            | the troops (Russia and Iran)?
      What is Russia giving Iran?                  | and what does Iran give in return?| what does Iran give in return (Russia)?
      What is Russia giving Iran?                  | what do they get in return?       | what do Russia and Iran get in return?
      Wat zei Biden over Noord-Korea?              | en wat zei hij over Japan?        | wat zei Biden over Japan?
      Hoeveel Noord-Koreaanse troepen gingen naar Rusland? | wie zei dat?              | wie zei dat (Hoeveel Noord-Koreaanse troepen gingen naar Rusland)?
      Was sagte Rutte über China?                  | und was sagte er über Iran?       | was sagte Rutte über Iran?
      What is the inflation rate?                  | and in Germany?                   | What is the inflation rate in Germany?
      Who conducts joint patrols with China?       | Iran?                             | Who conducts joint patrols with Iran?
      """)
  void aFollowUpLeansOnTheQuestionBefore(String previous, String question, String searched) {
    FollowUp.Resolved resolved = FollowUp.resolve(previous, question, "en");
    assertThat(resolved.text()).isEqualTo(searched);
    assertThat(resolved.followUp()).isTrue();
  }

  @ParameterizedTest(name = "{0} + {1}")
  @CsvSource(delimiter = '|', textBlock = """
      What did Rutte say about Trump?              | Where did Biden meet Yoon and Ishiba?
      What is Russia giving Iran?                  | Who conducts joint patrols with China in the Arctic?
      What is Russia giving Iran?                  | How many North Korean troops were sent to Russia?
      """)
  void aQuestionThatNamesItsOwnSubjectStandsAlone(String previous, String question) {
    assertThat(FollowUp.resolve(previous, question, "en")).isEqualTo(new FollowUp.Resolved(question, false));
  }

  @org.junit.jupiter.api.Test
  void withoutAQuestionBeforeNothingChanges() {
    assertThat(FollowUp.resolve(null, "what did he say?", "en").followUp()).isFalse();
  }
}
