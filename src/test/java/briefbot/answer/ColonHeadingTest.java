package briefbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import briefbot.app.Briefbot;
import briefbot.testing.HandMadeCorpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A list entry set off by a colon (a cast list's "Actor as Role:", a chronicle's "1998:") is no section heading. */
@ExtendWith(HandMadeCorpus.InTempFolder.class)
class ColonHeadingTest {

  static Briefbot bot;

  @BeforeAll
  static void open(HandMadeCorpus corpus) {
    bot = corpus.article("nightjar", "en", "Nightjar (film)",
        "Nightjar is a 2015 film about Henry Olsen, a retired pilot who flies once more over the northern sea.",
        "Tom Varga as Henry Olsen / Nightjar: A retired pilot who, after the loss of his wife, takes his old plane "
            + "out of the barn.").open();
  }

  @Test
  void aSectionHeadingOpensWithACommonPhrase() {
    assertThat(ColonHeading.opens("Power consumption: When a power outlet is not available, laptops run on battery.",
        "en")).isTrue();
    assertThat(ColonHeading.opens("oude lampen inleveren bij winkel, : u kunt oude lampen inleveren.", "nl")).isTrue();
    assertThat(ColonHeading.opens("3 eisen octrooiaanvraag, : als u octrooi aanvraagt, moet het nieuw zijn.", "nl"))
        .as("a number that is no year").isTrue();
    assertThat(ColonHeading.opens("Mögliche Gesundheitsrisiken: Menschen, die während der Fahrt telefonieren.", "de"))
        .as("German capitalises its nouns").isTrue();
  }

  @Test
  void aListEntryOpensWithNamesOrADate() {
    assertThat(ColonHeading.opens("Mark Ruffalo as Bruce Banner / Hulk: A genius scientist who transforms.", "en"))
        .isFalse();
    assertThat(ColonHeading.opens("Nesher T : Two-seat training version for the air force.", "en")).isFalse();
    assertThat(ColonHeading.opens("1998: Nominated for a Daytime Emmy Award.", "en")).isFalse();
    assertThat(ColonHeading.opens("22 January 1901 – 9 November 1901: His Royal Highness Prince Albert.", "en"))
        .isFalse();
    assertThat(ColonHeading.opens("2011: Korea Drama Festival: Hallyu Star Award für City Hunter", "de")).isFalse();
  }

  @Test
  void aCastListEntryLeadsTheAnswerItHolds() {
    // read as a section's heading, the entry gave way to the page's first paragraph, which names the role only
    Answer answer = bot.answerer().ask(Question.of("Who played Henry Olsen in Nightjar?"));
    assertThat(answer).isInstanceOf(Answer.Grounded.class);
    assertThat(answer.text()).startsWith("Tom Varga as Henry Olsen");
  }
}
