package briefbot.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which numbers of a question the answer's passage must write. */
class QuestionNumbersTest {

  @Test
  void aPlainNumberOfTwoToFourDigitsMustStandInThePassage() {
    assertThat(QuestionNumbers.unsaid("What began at Pinewood on 8 December 2004?", "Filming began on 8 December 2014."))
        .isEqualTo("2004");
    assertThat(QuestionNumbers.unsaid("Who shot the film on Kodak 45 mm stock?", "It was shot on Kodak 35 mm stock."))
        .isEqualTo("45");
    assertThat(QuestionNumbers.unsaid("What happened on 8 December 2014?", "On 8 December 2014 it began.")).isNull();
    // a part of a larger number is no number of its own, and neither are separated or decimal numbers or one digit
    assertThat(QuestionNumbers.unsaid("Who won 20 seats?", "They won 120 seats.")).isEqualTo("20");
    assertThat(QuestionNumbers.unsaid("Who paid 10,000 euros or 14.6 million?", "Nobody paid.")).isNull();
    assertThat(QuestionNumbers.unsaid("Who came 5th?", "Nobody came.")).isNull();
  }

  @Test
  void aYearThatOnlySetsTheQuestionsTimeNeedNotStandThere() {
    String passage = "Mendes signed with Island Records after a video of his went viral.";
    assertThat(QuestionNumbers.unsaid("What record label did Shawn Mendes sign with in 2014?", passage)).isNull();
    assertThat(QuestionNumbers.unsaid("¿Con qué sello discográfico firmó Mendes en 2014?", passage)).isNull();
    assertThat(QuestionNumbers.unsaid("Who was the Dowager Electress in the late 1600s?", passage)).isNull();
    assertThat(QuestionNumbers.unsaid("In mid-2010, which Apple device sold more?", passage)).isNull();
    assertThat(QuestionNumbers.unsaid("How have rents in Berlin changed since 2010?", passage)).isNull();
    assertThat(QuestionNumbers.unsaid("Wie haben sich die Mieten seit 2010 verändert?", passage)).isNull();
    // a year after a month or day, or naming a thing, is the fact itself
    assertThat(QuestionNumbers.unsaid("Which company was targeted by hackers in November 2004?", passage))
        .isEqualTo("2004");
    assertThat(QuestionNumbers.unsaid("Sam Mendes wrote what 2015 film?", passage)).isEqualTo("2015");
    assertThat(QuestionNumbers.unsaid("What was released in 2016 on 15 September?", passage)).isEqualTo("15");
  }

  @Test
  void aNumberCountsAsTheIndexReadsNumbersWrittenOtherwise() {
    assertThat(QuestionNumbers.unsaid("Who built 1500 homes?", "The council built 1.500 homes.")).isNull();
    assertThat(QuestionNumbers.unsaid("Who built 1500 homes?", "The council built 1,500 homes.")).isNull();
    assertThat(QuestionNumbers.unsaid("What ended the 18 day strike?", "An offer ended the eighteen-day strike.")).isNull();
    assertThat(QuestionNumbers.unsaid("What ended the 18 day strike?", "An offer ended the nineteen-day strike."))
        .isEqualTo("18");
    assertThat(QuestionNumbers.unsaid("Who built 1500 homes?", "The council built 1.600 homes.")).isEqualTo("1500");
    // a decimal is no other way to write the number
    assertThat(QuestionNumbers.unsaid("Who ran 15 km?", "She ran 1.5 km.")).isEqualTo("15");
  }

  @Test
  void aDecadeOrCenturyIsWrittenByAYearOfIt() {
    String revolutions = "Die amerikanische Unabhängigkeitserklärung 1776 und die französische Erklärung 1789.";
    assertThat(QuestionNumbers.unsaid("In welchen beiden Ländern gab es im 18. Jahrhundert eine Revolution?",
        revolutions)).isNull();
    assertThat(QuestionNumbers.unsaid("Which two countries had a revolution in the 18th century?", revolutions))
        .isNull();
    assertThat(QuestionNumbers.unsaid("Welche Revolution gab es im 19. Jahrhundert?", revolutions)).isEqualTo("19");
    String arpanet = "Das Internet entwickelte sich aus dem ARPANET, welches auf das Jahr 1969 zurückgeht.";
    assertThat(QuestionNumbers.unsaid("Auf welche Entwicklung in den späten 1960er Jahren geht das Web zurück?",
        arpanet)).isNull();
    assertThat(QuestionNumbers.unsaid("What did the network of the 1960s grow from?", arpanet)).isNull();
    assertThat(QuestionNumbers.unsaid("What did the network of the 1970s grow from?", arpanet)).isEqualTo("1970");
    // a year that ends in 0 is no decade by itself
    assertThat(QuestionNumbers.unsaid("What did the network of 1960 grow from?", arpanet)).isEqualTo("1960");
  }
}
