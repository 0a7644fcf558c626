package briefbot.llm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VerdictsTest {

  @Test
  void eachNumberedLineAnswersItsSentenceAndAnythingMissingOrUnclearIsANo() {
    assertThat(Verdicts.parse("1: yes\n2: no\n4: yes", 4)).containsExactly(true, false, false, true);
    assertThat(Verdicts.parse("**1.** Yes\n2) NO", 2)).containsExactly(true, false);
    assertThat(Verdicts.parse("1: maybe\n7: yes", 2)).containsExactly(false, false);
    assertThat(Verdicts.parse("1: no\n1: yes", 1)).containsExactly(false);
    assertThat(Verdicts.parse("1: yes\n2: yes\n1: no", 2)).containsExactly(false, true);
    assertThat(Verdicts.parse(null, 1)).containsExactly(false);
  }
}
