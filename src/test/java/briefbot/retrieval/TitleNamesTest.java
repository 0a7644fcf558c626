package briefbot.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import briefbot.answer.Answer;
import briefbot.answer.Citation;
import briefbot.answer.Question;
import briefbot.app.Briefbot;
import briefbot.testing.HandMadeCorpus;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A paragraph that names its article's subject only as "the company" holds, for the verdict, the name the article's
 * title gives it.
 */
@ExtendWith(HandMadeCorpus.InTempFolder.class)
class TitleNamesTest {

  static Briefbot bot;

  @BeforeAll
  static void open(HandMadeCorpus corpus) {
    bot = corpus
        .article("acme", "en", "Acme to open bicycle factory in Lyon",
            "Acme, the French maker of bicycles, said on Monday it would open a new factory in Lyon next year, "
                + "creating 300 jobs.",
            "The company picked Lyon for its rail links and its skilled workforce, chief executive Marie Dubois said.")
        .article("strike", "en", "Rail strike disrupts travel across France",
            "A rail strike disrupted travel across France on Thursday, with half of high-speed trains cancelled.",
            "Unions said the strike would continue until the government withdrew its pension plan.")
        .open();
  }

  @Test
  void aLaterParagraphHoldsTheNameItsTitleGives() {
    Answer answer = bot.answerer().ask(Question.of("Why did Acme pick Lyon?"));

    // refused without the title's name: paragraph 2 says why but names no Acme, paragraph 1 names Acme but no reason
    assertThat(answer).isInstanceOf(Answer.Grounded.class);
    Answer.Grounded grounded = (Answer.Grounded) answer;
    assertThat(grounded.text()).contains("rail links");
    assertThat(grounded.citations()).extracting(Citation::articleId, Citation::paragraph)
        .first().isEqualTo(Tuple.tuple("acme", 2));
  }
}
