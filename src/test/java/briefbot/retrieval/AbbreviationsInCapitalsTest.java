package briefbot.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import briefbot.answer.Answer;
import briefbot.answer.Question;
import briefbot.app.Briefbot;
import briefbot.testing.HandMadeCorpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A question's abbreviation in capitals that is a stop word in lower case ("IS", "US") is a name the passages must
 * write in capitals, not the stop word.
 */
@ExtendWith(HandMadeCorpus.InTempFolder.class)
class AbbreviationsInCapitalsTest {

  static Briefbot bot;

  @BeforeAll
  static void open(HandMadeCorpus corpus) throws Exception {
    corpus.article("movement", "en", "Jihadist movement grows at home",
        "The AIVD says 500 Dutch nationals are still part of the jihadist movement at home, which is growing.");
    corpus.article("syria", "en", "Dutch fighters abroad",
        "The AIVD says 85 Dutch nationals are still with IS in Syria and Iraq.");
    corpus.article("weather", "en", "A mild winter",
        "The winter is mild this year and the canals have not frozen once.");
    bot = corpus.open();
  }

  @Test
  void anAbbreviationThatIsAStopWordInLowerCaseIsAskedAsWritten() {
    Answer answer = bot.answerer().ask(Question.of("How many Dutch nationals are still with IS according to the AIVD?"));
    assertThat(answer).isInstanceOf(Answer.Grounded.class);
    String text = ((Answer.Grounded) answer).text();
    assertThat(text).contains("85");
    assertThat(text).doesNotContain("500");
  }

  @Test
  void onlyAPassageWritingItInCapitalsHoldsIt() {
    Retrieval asked = bot.retriever().retrieve("How many Dutch nationals are still with IS according to the AIVD?");
    assertThat(asked.concepts()).extracting(Retrieval.Concept::word).contains("IS");
    assertThat(asked.passages()).first().extracting(Passage::text).asString().contains("85");
  }

  @Test
  void aShoutedQuestionKeepsItsStopWords() {
    assertThat(bot.retriever().retrieve("HOW MANY DUTCH NATIONALS ARE STILL WITH IS?").concepts())
        .extracting(Retrieval.Concept::word).doesNotContain("IS", "ARE", "WITH");
  }
}
