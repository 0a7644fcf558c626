package briefbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import briefbot.app.Briefbot;
import briefbot.testing.HandMadeCorpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** An answer to a question naming a year, whose sentences give another year and not that one, is not given as sure. */
@ExtendWith(HandMadeCorpus.InTempFolder.class)
class NamedYearsTest {

  static Briefbot bot;

  @BeforeAll
  static void open(HandMadeCorpus corpus) {
    bot = corpus
        .article("halvard", "en", "Oswin wins the Halvard Prize",
            "The pianist Mirela Oswin won the 2004 Halvard Prize for her recordings of Janacek.",
            "The Halvard Prize, founded in 1961, is given each spring to a musician under thirty.")
        .article("brenna", "en", "Brenna Hall reopens",
            "Brenna Hall, the concert hall in Tullow, reopened in 2003 after a fire.")
        .open();
  }

  @Test
  void anotherYearInsteadOfTheOneNamed() {
    String q = "Who won the Jesse Owens Awards in 2003?";
    assertThat(NamedYears.givenForAnother(q, "The 2004 awards will be presented on 3 December.")).isTrue();
    assertThat(NamedYears.givenForAnother(q, "Founded in 1981, the awards went to Felix in 2003.")).isFalse();
    assertThat(NamedYears.givenForAnother(q, "The awards are presented annually.")).as("no year given").isFalse();
    assertThat(NamedYears.givenForAnother("Who won the Jesse Owens Awards?", "The 2004 awards.")).as("none named")
        .isFalse();
  }

  @Test
  void aDecadeHoldsItsYearsAndANumberIsNoYear() {
    assertThat(NamedYears.givenForAnother("Which band led the charts in the 1990s?", "In 1995 Blur led the charts."))
        .isFalse();
    assertThat(NamedYears.givenForAnother("Which band led the charts in the 1990s?", "In 2001 Blur led the charts."))
        .isTrue();
    assertThat(NamedYears.givenForAnother("Who led the army in 2003?", "He led 1,500 soldiers and 2003.5 tonnes."))
        .isFalse();
  }

  @Test
  void anAnswerForAnotherYearIsTheClosestMatch() {
    // Without the rule the verdict gives it as sure: "in 2003" only sets the question's time, so the passage need not
    // write it (retrieval/QuestionNumbers), and every other word is there
    Answer.Grounded answer = Sureness.closestMatch(bot.answerer().ask(Question.of(
        "Who won the Halvard Prize in 2003?")));
    assertThat(answer.text()).contains("2004");
  }

  @Test
  void anAnswerForTheYearNamedStaysSure() {
    Answer.Grounded answer = Sureness.sure(bot.answerer().ask(Question.of(
        "Who won the Halvard Prize in 2004?")));
    assertThat(answer.text()).contains("Mirela Oswin");
  }
}
