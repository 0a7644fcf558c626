package briefbot.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import briefbot.answer.Answer;
import briefbot.answer.Question;
import briefbot.app.Briefbot;
import briefbot.testing.HandMadeCorpus;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A question whose name its article writes otherwise (a code's plural, two letters of a short name swapped, a name's
 * words joined, a compound made on the name, a temperature scale written as its symbol) is not refused as never
 * mentioned, while a name no article writes in any form still is.
 */
@ExtendWith(HandMadeCorpus.InTempFolder.class)
class WrittenOtherwiseNamesTest {

  static Briefbot bot;

  @BeforeAll
  static void open(HandMadeCorpus corpus) throws Exception {
    // Spanish: its analyser keeps the plural's "s" that English strips ("5Bs" is no term an English index could lack)
    corpus.article("armada", "es", "Los cazas de la Armada",
        "La Armada operó cuatro F-5B con bases terrestres en el norte de África hasta 1962.",
        "Los cazas se vendieron después a Portugal.");
    corpus.article("wireless", "en", "Mobile computing",
        "Wireless networks are cheap to install, but their signal reaches only a very limited range of a few dozen "
            + "metres.");
    corpus.article("typhoon", "en", "Hurricane John",
        "During its time in the western Pacific, the Joint Typhoon Warning Center (JTWC) had trouble forecasting the "
            + "storm John.");
    corpus.article("model", "en", "Priya Rai",
        "Rai worked as a fashion and swimwear model before she was a stripper for twelve years.");
    corpus.article("harbour", "en", "Gdansk opens its ferry terminal",
        "Maria Kowalski, the mayor of Gdansk, opened the new ferry terminal on Tuesday. The terminal cost 40 million "
            + "euros and took three years to build.");
    corpus.article("simpsons", "en", "Homer and his fears",
        "Mike Anderson directed the episode about Homer and his fears, which won an Emmy award in 1997.");
    corpus.article("earth", "en", "Earth",
        "Sunlight absorbed by the oceans keeps the surface at an average temperature of 14 °C.");
    corpus.article("fahd", "en", "Fahd ibn Abd al-Aziz",
        "Fahd ibn Abd al-Aziz was the King of Saudi Arabia from 1982 until his death in 2005.");
    corpus.article("koningsdag", "nl", "Geheim programma",
        "Wie het programma van Koningsdag in Amersfoort verklapt, riskeert een boete van 25.000 euro.");
    Files.write(corpus.folderFor("BRIEFBOT_WORD_LISTS").resolve("dutch"), List.of("Koningsdag", "programma",
        "Sinterklaas"));
    bot = corpus.open();
  }

  @Test
  void aCodesPluralIsFoundAsTheCode() {
    String asked = "¿Cuántos F-5Bs con bases terrestres operaba la Armada en el norte de África?";
    assertThat(bot.retriever().retrieve(asked).reason()).doesNotContain("never mention");
    Answer answer = bot.answerer().ask(Question.of(asked));
    assertThat(answer).isInstanceOf(Answer.Grounded.class);
    assertThat(((Answer.Grounded) answer).text()).contains("cuatro F-5B");
  }

  @Test
  void aShortNameWithTwoLettersSwappedIsFound() {
    assertThat(bot.retriever().retrieve("Where did the JWTC have trouble forecasting the storm John?").reason())
        .doesNotContain("never mention");
    String asked = "What did Ria do after her work as a swimwear model?";
    assertThat(bot.retriever().retrieve(asked).reason()).doesNotContain("never mention");
    Answer answer = bot.answerer().ask(Question.of(asked));
    assertThat(answer).isInstanceOf(Answer.Grounded.class);
    assertThat(((Answer.Grounded) answer).text()).contains("stripper");
  }

  @Test
  void aCompoundMadeOnANameTheArticlesHoldStandsForThatName() {
    Retrieval r = bot.retriever().retrieve("Hoe hoog was de boete voor het verklappen van het Koningsdagprogramma?");
    assertThat(r.reason()).doesNotContain("never mention"); // the model decides on the passage about Koningsdag
    assertThat(r.passages().get(0).articleId()).isEqualTo("koningsdag");
  }

  @Test
  void aNameJoiningTheWordsAnArticleWritesApartIsFound() {
    assertThat(bot.retriever().retrieve("When did Fahd bin Abdulaziz reign?").reason())
        .doesNotContain("never mention");
  }

  @Test
  void aTemperatureScaleIsNoName() {
    assertThat(bot.retriever().retrieve("What is the average temperature of the surface in Celsius?").reason())
        .doesNotContain("never mention");
  }

  @Test
  void aNameNoArticleWritesInAnyFormIsStillNeverMentioned() {
    assertThat(bot.retriever().retrieve("Who directed the episode \"Crazy Horse\"?").reason())
        .isEqualTo("the articles never mention Crazy");
    assertThat(bot.retriever().retrieve("What did Rio do after her work as a swimwear model?").reason())
        .isEqualTo("the articles never mention Rio");
    assertThat(bot.retriever().retrieve("When did Fahd bin Abdulrahman reign?").reason())
        .isEqualTo("the articles never mention Abdulrahman");
    // a code's plural whose code no article writes either
    assertThat(bot.retriever().retrieve("What range do WLANs reach with their signal?").reason())
        .isEqualTo("the articles never mention WLANs");
    // a compound on a name no article holds, though its head is held
    assertThat(bot.retriever().retrieve("Hoe hoog was de boete voor het verklappen van het Sinterklaasprogramma?")
        .reason()).isEqualTo("the articles never mention Sinterklaasprogramma");
    assertThat(bot.retriever().retrieve("Where did the JWTF have trouble forecasting the storm John?").reason())
        .isEqualTo("the articles never mention JWTF");
  }
}
