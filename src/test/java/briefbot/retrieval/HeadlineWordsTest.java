package briefbot.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import briefbot.app.Briefbot;
import briefbot.testing.HandMadeCorpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A question in a headline's words reaches the paragraph under the headline, which reports it in other words. */
@ExtendWith(HandMadeCorpus.InTempFolder.class)
class HeadlineWordsTest {

  private static final String QUESTION = "Hoeveel kost CO2-neutraal tanken bij Shell?";

  static Briefbot bot;

  @BeforeAll
  static void open(HandMadeCorpus corpus) {
    bot = corpus
        .article("shell-klant", "nl", "Shell: klant kan voor één cent per liter CO2-neutraal tanken",
            "Klanten van Shell kunnen vanaf 17 april op vrijwillige basis hun CO2-uitstoot compenseren. Ze betalen "
                + "dan 1 cent per liter extra.",
            "Met dat geld worden boombeschermende projecten in Indonesië en Peru betaald.")
        .article("aflaat", "nl", "Bomenaflaat",
            "Vroeger was een aflaat verdienen best hard werken, met rozenhoedjes en geestelijke oefeningen.",
            "'CO2-neutraal autorijden' bij Shell op fossiele brandstoffen is net zoiets als calorieneutraal eten.",
            "Shell belooft CO2-neutraal rijden, maar de bomen groeien pas over dertig jaar.",
            "Wie CO2-neutraal wil zijn, laat de auto bij Shell en elders gewoon staan.")
        .article("benzine", "nl", "Benzineprijs stijgt", "Tanken wordt in april duurder: een liter benzine kost dan "
            + "twee euro.")
        .open();
  }

  @Test
  void theParagraphUnderAHeadlineThatHoldsTheQuestionIsAmongThoseJudged() {
    Retrieval r = bot.retriever().retrieve(QUESTION);

    // the column's paragraphs write "CO2-neutraal" and "Shell"; the report's first paragraph writes neither
    // "neutraal" nor "tanken", which only its headline holds
    assertThat(r.passages().subList(0, 3)).anySatisfy(p -> {
      assertThat(p.articleId()).isEqualTo("shell-klant");
      assertThat(p.paragraph()).isEqualTo(1);
    });
  }
}
