package briefbot.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** The kind of answer a question asks for, and whether a sentence holds one the question does not name. */
class AnswerTypeTest {

  @Test
  void questionWordsTellTheTypeInEachLanguage() {
    assertThat(AnswerType.of("When does Donald Trump take office?", "en")).isEqualTo(AnswerType.DATE);
    assertThat(AnswerType.of("How many people died?", "en")).isEqualTo(AnswerType.NUMBER);
    assertThat(AnswerType.of("Who knocked Donald Young out of the San Jose Open?", "en")).isEqualTo(AnswerType.PERSON);
    assertThat(AnswerType.of("Wie viele Provinzen gibt es in Afghanistan?", "de")).isEqualTo(AnswerType.NUMBER);
    assertThat(AnswerType.of("Wie heißt der Präsident?", "de")).isEqualTo(AnswerType.OTHER);
    assertThat(AnswerType.of("Wie heeft de prijs gewonnen?", "nl")).isEqualTo(AnswerType.PERSON);
    assertThat(AnswerType.of("Waarom kreeg hij een Nederlands paspoort?", "nl")).isEqualTo(AnswerType.REASON);
    assertThat(AnswerType.of("¿Dónde nació Cervantes?", "es")).isEqualTo(AnswerType.PLACE);
    assertThat(AnswerType.of("En qué año murió?", "es")).isEqualTo(AnswerType.DATE);
    assertThat(AnswerType.of("What is Moscow giving Tehran?", "en")).isEqualTo(AnswerType.OTHER);
    assertThat(AnswerType.of("What was the price of the ferry terminal?", "en")).isEqualTo(AnswerType.NUMBER);
  }

  @Test
  void whatSomethingCostsOrEarnsIsAFigure() {
    assertThat(AnswerType.of("Wat kost de nieuwe Mac mini in de Verenigde Staten?", "nl")).isEqualTo(AnswerType.NUMBER);
    assertThat(AnswerType.of("Wat kostte de nieuwe directeur aan salaris?", "nl")).isEqualTo(AnswerType.NUMBER);
    assertThat(AnswerType.of("Wat verdient een burgemeester?", "nl")).isEqualTo(AnswerType.NUMBER);
    assertThat(AnswerType.of("Wat betaalt de gemeente voor het plein?", "nl")).isEqualTo(AnswerType.NUMBER);
    assertThat(AnswerType.of("Was verdient ein Bürgermeister?", "de")).isEqualTo(AnswerType.NUMBER);
    assertThat(AnswerType.of("¿Cuánto cuesta la entrada?", "es")).isEqualTo(AnswerType.NUMBER);
    assertThat(AnswerType.of("Wat doet de gemeente met het plein?", "nl")).isEqualTo(AnswerType.OTHER);
  }

  @Test
  void germanAndSpanishQuestionsAskForAFigureOrADateInMoreWordsThanHowMany() {
    assertThat(AnswerType.of("Was war der Anteil der Exporte am Umsatz?", "de")).isEqualTo(AnswerType.NUMBER);
    assertThat(AnswerType.of("Was waren die Baukosten der Brücke?", "de")).isEqualTo(AnswerType.NUMBER);
    assertThat(AnswerType.of("In welchem Alter trat sie zurück?", "de")).isEqualTo(AnswerType.NUMBER);
    assertThat(AnswerType.of("Wie nah kam der Sturm an die Küste?", "de")).isEqualTo(AnswerType.NUMBER);
    assertThat(AnswerType.of("In welchen beiden Jahren fiel die Wahl aus?", "de")).isEqualTo(AnswerType.DATE);
    assertThat(AnswerType.of("Zu welcher Zeit blühte der Handel?", "de")).isEqualTo(AnswerType.DATE);
    assertThat(AnswerType.of("¿Cuál es el porcentaje de votantes que se abstuvo?", "es")).isEqualTo(AnswerType.NUMBER);
    assertThat(AnswerType.of("¿Qué porcentaje de la energía es solar?", "es")).isEqualTo(AnswerType.NUMBER);
    assertThat(AnswerType.of("¿Cuál fue el precio de las entradas?", "es")).isEqualTo(AnswerType.NUMBER);
    assertThat(AnswerType.of("¿Qué edad tenía cuando ganó el título?", "es")).isEqualTo(AnswerType.NUMBER);
    assertThat(AnswerType.of("¿En qué década se fundó el club?", "es")).isEqualTo(AnswerType.DATE);
    assertThat(AnswerType.of("¿Desde qué años existe el festival?", "es")).isEqualTo(AnswerType.DATE);
  }

  @Test
  void aFigureNounThatIsNotAskedForLeavesTheQuestionOther() {
    assertThat(AnswerType.of("Welche Zeitung berichtete über den Streik?", "de")).isEqualTo(AnswerType.OTHER);
    assertThat(AnswerType.of("Welchen Preis gewann der Film?", "de")).isEqualTo(AnswerType.OTHER);
    assertThat(AnswerType.of("¿Qué valor tiene el acuerdo para Europa?", "es")).isEqualTo(AnswerType.OTHER);
  }

  @Test
  void aSentenceHoldsTheAnswerOnlyWithSomethingTheQuestionDoesNotName() {
    Set<String> asked = AnswerType.words("When does Donald Trump take office?");
    assertThat(AnswerType.DATE.presentIn("Trump takes office on January 20.", "en", asked)).isTrue();
    assertThat(AnswerType.DATE.presentIn("Trump will take office after the vote.", "en", asked)).isFalse();
    Set<String> who = AnswerType.words("Who knocked Donald Young out of the San Jose Open?");
    assertThat(AnswerType.PERSON.presentIn("Young went out in round one of the San Jose Open.", "en", who)).isFalse();
    assertThat(AnswerType.PERSON.presentIn("Young lost to Andy Roddick in straight sets.", "en", who)).isTrue();
    assertThat(AnswerType.NUMBER.presentIn("Er sagte, es seien 34 Provinzen.", "de", Set.of())).isTrue();
    assertThat(AnswerType.REASON.presentIn("Hij kreeg het paspoort omdat zijn moeder Nederlandse is.", "nl",
        Set.of())).isTrue();
  }

  @Test
  void aNumberWordCountsAsTheFiguresOfAnAnswerReadIt() {
    Set<String> asked = AnswerType.words("How many floors does the tower have?");
    assertThat(AnswerType.NUMBER.presentIn("The tower has thirteen floors.", "en", asked)).isTrue();
    assertThat(AnswerType.NUMBER.presentIn("Der Turm hat dreizehn Stockwerke.", "de", asked)).isTrue();
    assertThat(AnswerType.NUMBER.presentIn("La torre tiene una veintena de plantas.", "es", asked)).isFalse();
    assertThat(AnswerType.NUMBER.presentIn("Half of them are offices.", "en", asked)).isTrue();
  }
}
