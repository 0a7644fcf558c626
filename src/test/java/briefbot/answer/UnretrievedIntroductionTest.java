package briefbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import briefbot.app.Briefbot;
import briefbot.testing.HandMadeCorpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A lead from a section under a heading gives way to its page's introduction although the retrieval did not return
 * it, on a small hand-made page of questions and answers (real index, real retrieval): the page's many sections
 * repeat the question's words and fill the passages, while its introduction answers in fewer of them.
 */
@ExtendWith(HandMadeCorpus.InTempFolder.class)
class UnretrievedIntroductionTest {

  static Briefbot bot;

  @BeforeAll
  static void open(HandMadeCorpus corpus) throws Exception {
    String[] sections = {"children", "pensioners", "visitors from abroad", "anglers on the coast", "club members",
        "students", "people on benefits", "disabled anglers", "night fishing", "boat owners", "fishing guides",
        "teachers on school trips", "scouts", "foreign students", "war veterans", "people under eighteen",
        "holiday guests", "river wardens", "competition anglers", "families", "nurses", "farmers", "bakers",
        "soldiers", "sailors", "miners", "painters", "drivers", "cooks", "pilots", "judges", "doctors"};
    String[] paragraphs = new String[sections.length + 1];
    paragraphs[0] = "Anglers receive the permit by post within a week from the national angling office in Utrecht, "
        + "which keeps every fishing licence in a register.";
    for (int i = 0; i < sections.length; i++) {
      paragraphs[i + 1] = "Fishing licence for " + sections[i] + ", : " + sections[i] + " apply for a fishing licence "
          + "as other anglers do, and the fishing licence for " + sections[i] + " costs the same.";
    }
    corpus.article("licence", "en", "Fishing licence", paragraphs);
    bot = corpus.open();
  }

  private static Answer ask(String question) {
    return bot.answerer().ask(Question.of(question));
  }

  @Test
  void aSectionGivesWayToItsPagesIntroductionThatTheRetrievalDidNotReturn() {
    Answer answer = ask("How do I get my fishing licence?");
    assertThat(answer).isInstanceOf(Answer.Grounded.class);
    assertThat(answer.text()).startsWith("Anglers receive the permit by post");
    Citation first = ((Answer.Grounded) answer).citations().get(0);
    assertThat(first.articleId()).isEqualTo("licence");
    assertThat(first.paragraph()).isEqualTo(1);
  }

  @Test
  void anIntroductionHoldingNoneOfTheQuestionsKeyTermsDoesNotLead() {
    // The introduction says nothing of night fishing or what it costs: the section that does leads.
    Answer answer = ask("What does night fishing cost?");
    assertThat(answer).isInstanceOf(Answer.Grounded.class);
    assertThat(answer.text()).startsWith("Fishing licence for night fishing");
  }
}
