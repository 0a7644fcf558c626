package briefbot.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import briefbot.answer.Answer;
import briefbot.answer.Question;
import briefbot.app.Briefbot;
import briefbot.testing.HandMadeCorpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A question that abbreviates a name its articles write in full ("NYC" for "New York City") is not refused for it. */
@ExtendWith(HandMadeCorpus.InTempFolder.class)
class AbbreviatedNamesTest {

  static Briefbot bot;

  @BeforeAll
  static void open(HandMadeCorpus corpus) throws Exception {
    corpus.article("hockey", "en", "Boston captain suspended",
        "The National Hockey League suspended the Boston captain for four games on Friday after a high hit.",
        "Boston plays Montreal at home on Tuesday.");
    corpus.article("parks", "en", "Parks of New York City",
        "Central Park covers 843 acres in Manhattan and is the most visited urban park in the country.",
        "New York City spends 600 million dollars a year on its parks.");
    corpus.article("harbour", "en", "Gdansk opens its ferry terminal",
        "Maria Kowalski, the mayor of Gdansk, opened the new ferry terminal on Tuesday. The terminal cost 40 million "
            + "euros and took three years to build.");
    bot = corpus.open();
  }

  @Test
  void anAbbreviationOfANameAPassageWritesInFullIsNotNeverMentioned() {
    String asked = "For how many games did the NHL suspend the Boston captain?";
    assertThat(bot.retriever().retrieve(asked).reason()).doesNotContain("never mention");
    Answer answer = bot.answerer().ask(Question.of(asked));
    assertThat(answer).isInstanceOf(Answer.Grounded.class);
    assertThat(((Answer.Grounded) answer).text()).contains("four games");
    // the full name only in the article's title and another paragraph: the abbreviation still stands for it
    assertThat(bot.retriever().retrieve("How much does NYC spend on its parks each year?").reason())
        .doesNotContain("never mention");
  }

  @Test
  void aNameGluedTogetherIsFoundWrittenApart() {
    assertThat(bot.retriever().retrieve("How many acres does Centralpark cover?").reason())
        .doesNotContain("never mention");
  }

  @Test
  void anAbbreviationNoPassageWritesInFullIsStillNeverMentioned() {
    assertThat(bot.retriever().retrieve("For how many games did the NBA suspend the Boston captain?").reason())
        .isEqualTo("the articles never mention NBA");
  }
}
