package briefbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import briefbot.app.Briefbot;
import briefbot.testing.HandMadeCorpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A lead from a section under a heading gives way to another page's introduction that answers, on a small hand-made
 * corpus of question-and-answer pages (real index, real retrieval).
 */
@ExtendWith(HandMadeCorpus.InTempFolder.class)
class AnotherPagesIntroductionTest {

  static Briefbot bot;

  @BeforeAll
  static void open(HandMadeCorpus corpus) throws Exception {
    corpus.article("sundays", "en", "Working on Sundays",
        "You do not have to work on a Sunday, unless your employer agreed it with you beforehand.",
        "Free days in a year, : you are entitled to a number of free days each year.");
    corpus.article("shops", "en", "Opening hours of shops",
        "The town council decides at what hours shops may open.",
        "Obliged to work on Sundays, : staff of a shop are obliged to work on Sunday only with a permit "
            + "from the town council.");
    corpus.article("harbour", "en", "Mooring in Ystad",
        "The town lies on the south coast, an hour from Malmo.",
        "Mooring permits for visitors to Ystad, : visitors to the marina of Ystad pay for a mooring permit at the "
            + "kiosk by the pier.");
    corpus.article("ferries", "en", "Ferries to Bornholm",
        "Ferries to Bornholm leave from the pier twice a day.");
    bot = corpus.open();
  }

  private static Answer ask(String question) {
    return bot.answerer().ask(Question.of(question));
  }

  @Test
  void aSectionOfAnotherPageGivesWayToThePageWhoseIntroductionAnswers() {
    // The shop page's section repeats the question's words in its heading and covers one more of them; the page on
    // Sunday work says the answer in its introduction, which leads.
    Answer answer = ask("Am I obliged to work on a Sunday?");
    assertThat(answer).isInstanceOf(Answer.Grounded.class);
    assertThat(answer.text()).startsWith("You do not have to work on a Sunday");
    Citation first = ((Answer.Grounded) answer).citations().get(0);
    assertThat(first.articleId()).isEqualTo("sundays");
    assertThat(first.paragraph()).isEqualTo(1);
  }

  @Test
  void anotherPagesIntroductionFarBelowTheSectionDoesNotLead() {
    // The ferry page's introduction shares only "pier" with the question, far below the section that answers.
    Answer answer = ask("Where do visitors to the marina of Ystad pay for a mooring permit by the pier?");
    assertThat(answer).isInstanceOf(Answer.Grounded.class);
    assertThat(answer.text()).doesNotStartWith("Ferries to Bornholm");
    assertThat(answer.text()).contains("kiosk by the pier");
  }
}
