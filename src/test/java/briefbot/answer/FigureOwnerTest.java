package briefbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import briefbot.app.Briefbot;
import briefbot.retrieval.Retriever;
import briefbot.testing.HandMadeCorpus;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A figure answers a question about a name only where it is that name's: a sentence that lacks one of the question's
 * names and gives the figure beside another name gives another's figure ("Fiat owns a 56% stake in Ferrari" for
 * Fiat's stake in Maserati).
 */
@ExtendWith(HandMadeCorpus.InTempFolder.class)
class FigureOwnerTest {

  static Briefbot bot;

  @BeforeAll
  static void open(HandMadeCorpus corpus) {
    bot = corpus
        .article("corvane", "en", "Corvane to fold Ostrel into Belmora",
            "Corvane may move Ostrel into its Belmora unit to share costs.",
            "Corvane owns a 56% stake in Belmora and paid former partner Haldis $2bn last year.")
        .article("corvane-nl", "nl", "Corvane schuift Ostrel naar Belmora",
            "Corvane wil Ostrel onderbrengen bij Belmora om kosten te delen.",
            "Corvane bezit 56 procent van Belmora en betaalde vorig jaar 2 miljard euro aan partner Haldis.")
        .article("corvane-es", "es", "Corvane llevará Ostrel a Belmora",
            "Corvane quiere integrar Ostrel en Belmora para compartir costes.",
            "Corvane tiene el 56 por ciento de Belmora y pagó a su socio Haldis 2.000 millones de dólares.")
        .article("corvane-de", "de", "Corvane bringt Ostrel zu Belmora",
            "Corvane will Ostrel in Belmora eingliedern, um Kosten zu teilen.",
            "Corvane besitzt 56 Prozent von Belmora und zahlte dem Partner Haldis zwei Milliarden Euro.")
        .article("corvane-troops", "en", "Corvane sends soldiers",
            "Corvane sent soldiers to Belmora on Nov. 7 and 300 more followed.")
        .article("corvane-truppen", "de", "Corvane schickt Soldaten",
            "Corvane schickte Soldaten am 18. Mai und 300 weitere folgten.")
        .open();
  }

  /** Whether sentences cited from passages in {@code cited} hold the figure asked, read as the retrieval reads it. */
  private static boolean held(String question, String language, String cited, String sentences) {
    Optional<AskedFigure> asked = AskedFigure.of(question, language);
    assertThat(asked).as(question).isPresent();
    Retriever retriever = bot.answerer().retriever();
    return asked.get().heldBy(sentences, retriever.retrieve(question), retriever, Set.of(cited));
  }

  @Test
  void anotherNamesStakeIsNoStakeOfTheAskedName() {
    String stake = "Corvane owns a 56% stake in Belmora.";
    assertThat(held("What stake does Corvane own in Ostrel?", "en", "en", stake)).as("Belmora's, not Ostrel's")
        .isFalse();
    assertThat(held("What stake does Corvane own in Belmora?", "en", "en", stake)).as("every name held").isTrue();
    assertThat(held("How many people does Ostrel employ?", "en", "en", "It employs 7,000 people.")).as("no other name")
        .isTrue();
    assertThat(held("How much did Ostrel pay?", "en", "en", "Corvane paid former partner Haldis $2bn last year."))
        .as("the payer and the paid are others").isFalse();
  }

  @Test
  void dutchAndSpanishReadTheNamesBesideTheFigure() {
    assertThat(held("Hoeveel procent van Ostrel bezit Corvane?", "nl", "nl", "Corvane bezit 56 procent van Belmora."))
        .isFalse();
    assertThat(held("Hoeveel procent van Belmora bezit Corvane?", "nl", "nl", "Corvane bezit 56 procent van Belmora."))
        .isTrue();
    assertThat(held("¿Qué porcentaje de Ostrel tiene Corvane?", "es", "es",
        "Corvane tiene el 56 por ciento de Belmora.")).isFalse();
    assertThat(held("¿Qué porcentaje de Belmora tiene Corvane?", "es", "es",
        "Corvane tiene el 56 por ciento de Belmora.")).isTrue();
  }

  @Test
  void germanCapitalsAreNounsSoGermanIsReadAsBefore() {
    assertThat(held("Wie viel Prozent von Ostrel besitzt Corvane?", "de", "de",
        "Corvane besitzt 56 Prozent von Belmora.")).isTrue();
  }

  @Test
  void modelNumbersCountNothing() {
    String cars = "How many cars does Belmora sell?";
    assertThat(held(cars, "en", "en", "All Belmora cars come as the 147, 156, 156 Sportwagon, 166, GTV and Spider."))
        .as("a list of models").isFalse();
    assertThat(held("Wie viele Autos verkauft Belmora?", "de", "en",
        "All Belmora models come as the 147, 156, 156 Sportwagon, 166, GTV and Spider.")).as("across languages")
        .isFalse();
    assertThat(held(cars, "en", "en", "Belmora sold 4,000 cars, 3,000 of them in Italy.")).as("still a count")
        .isTrue();
  }

  @Test
  void aStakeAPriceAfterAnAdjectiveAndADutchParticipleAreAsked() {
    assertThat(AskedFigure.of("What stake does Corvane own in Ostrel?", "en").map(AskedFigure::kind))
        .contains(AskedFigure.Kind.PERCENTAGE);
    assertThat(AskedFigure.of("What is the average house price in London?", "en").map(AskedFigure::kind))
        .contains(AskedFigure.Kind.MONEY);
    assertThat(AskedFigure.of("Hoeveel heeft het beeld van Corvane gekost?", "nl").map(AskedFigure::kind))
        .contains(AskedFigure.Kind.MONEY);
    assertThat(AskedFigure.of("Wie viel hat das Bild gekostet?", "de").map(AskedFigure::kind))
        .contains(AskedFigure.Kind.MONEY);
  }

  @Test
  void aSentenceIsReadWholePastADateAndAnAbbreviation() {
    // a splitter that cut at "Nov." or "18." read "7 and 300 more followed" apart from the soldiers it counts
    assertThat(held("How many soldiers did Corvane send?", "en", "en",
        "Corvane sent soldiers to Belmora on Nov. 7 and 300 more followed.")).isTrue();
    assertThat(held("Wie viele Soldaten schickte Corvane?", "de", "de",
        "Corvane schickte Soldaten am 18. Mai und 300 weitere folgten.")).isTrue();
  }

  @Test
  void aNumberWordInLowerCaseIsNoPartOfTheNameBeforeIt() {
    assertThat(held("How many soldiers did Belmora send?", "en", "en", "Belmora sent Corvane three soldiers."))
        .as("\"Corvane three\" is no name like \"Channel 4\"").isTrue();
    assertThat(held("Wie viele Soldaten schickte Corvane?", "de", "de",
        "Nach dem Tod Pauls fünf Soldaten, die Corvane schickte.")).isTrue();
    assertThat(held("How many soldiers did Belmora send?", "en", "en", "Belmora sent Channel 4 soldiers."))
        .as("a name goes on with digits").isFalse();
  }
}
