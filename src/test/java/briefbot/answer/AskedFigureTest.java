package briefbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import briefbot.answer.AskedFigure.Kind;
import briefbot.app.Briefbot;
import briefbot.retrieval.Retriever;
import briefbot.testing.HandMadeCorpus;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** An answer whose question asks a figure of a kind, and none of whose sentences holds one, is not given as sure. */
@ExtendWith(HandMadeCorpus.InTempFolder.class)
class AskedFigureTest {

  static Briefbot bot;

  @BeforeAll
  static void open(HandMadeCorpus corpus) {
    bot = corpus
        .article("tarnwick", "en", "Halvorsen Systems to buy Tarnwick Software",
            "Halvorsen Systems said on Tuesday that it would buy Tarnwick Software, a maker of tools that guard "
                + "mail servers against viruses, in 2005. Rival Korvath Group paid $12m for Selby Tools last year.",
            "Tarnwick Software was founded in Pittsburgh and sells its tools to banks and hospitals.")
        .article("brellmoor", "en", "Ostrava Foods buys Brellmoor Dairy",
            "Ostrava Foods paid $40m for Brellmoor Dairy, the cheese maker from Wisconsin, last week.",
            "Brellmoor Dairy makes cheddar and sells it to supermarkets across the Midwest.")
        .article("farnham", "en", "Farnham wins order against photographers",
            "Actress Delia Farnham has won a restraining order against two photographers who she claims left her "
                + "fearful of leaving her Sydney mansion.",
            "The court heard that a listening device was found outside the mansion in Point Piper.")
        .article("vandrel", "en", "Vandrel Motors aims for subscribers",
            "Vandrel Motors sold 40,000 cars last year and aims for 10-20 million subscribers to its music service.",
            "Six Brannock penalties gave Lund victory over Malmo. The controller of its game console has six buttons.")
        .open();
  }

  private static Kind kind(String question, String language) {
    return AskedFigure.of(question, language).map(AskedFigure::kind).orElse(null);
  }

  private static boolean held(String question, String language, String sentences) {
    Optional<AskedFigure> asked = AskedFigure.of(question, language);
    assertThat(asked).as(question).isPresent();
    return asked.get().heldBy(sentences);
  }

  @Test
  void theKindAskedIsReadInEachLanguage() {
    assertThat(kind("How much did Microsoft pay for Sybari Software?", "en")).isEqualTo(Kind.MONEY);
    assertThat(kind("Hoeveel betaalt Albert Heijn voor FoodFirst Network?", "nl")).isEqualTo(Kind.MONEY);
    assertThat(kind("Wie viel kostet das neue Stadion?", "de")).isEqualTo(Kind.MONEY);
    assertThat(kind("Was verdient ein Bürgermeister?", "de")).isEqualTo(Kind.MONEY);
    assertThat(kind("¿Cuánto pagó Telefónica por la empresa?", "es")).isEqualTo(Kind.MONEY);
    assertThat(kind("How many people work for Changyu?", "en")).isEqualTo(Kind.COUNT);
    assertThat(kind("Wie viele Menschen leben in der Stadt?", "de")).isEqualTo(Kind.COUNT);
    assertThat(kind("What percentage of voters backed him?", "en")).isEqualTo(Kind.PERCENTAGE);
    assertThat(kind("Hoeveel procent van de Nederlanders stemde?", "nl")).isEqualTo(Kind.PERCENTAGE);
    assertThat(kind("Hoe oud is David Bonderman?", "nl")).isEqualTo(Kind.AGE);
    assertThat(kind("In welk jaar werd de brug geopend?", "nl")).isEqualTo(Kind.YEAR);
    assertThat(kind("How long did the strike last?", "en")).isEqualTo(Kind.DURATION);
    assertThat(kind("How far is the moon from the Earth?", "en")).isEqualTo(Kind.DISTANCE);
  }

  @Test
  void aSumOrARateNamedByItsNounIsAsked() {
    assertThat(kind("What was Pellam & Co's revenue last year?", "en")).as("an owner's revenue")
        .isEqualTo(Kind.MONEY);
    assertThat(kind("How large was the firm's annual profit?", "en")).isEqualTo(Kind.MONEY);
    assertThat(kind("Hoe groot is het vermogen van sultan Bolkiah?", "nl")).isEqualTo(Kind.MONEY);
    assertThat(kind("Hoe groot was de buit bij de inbraak?", "nl")).isEqualTo(Kind.MONEY);
    assertThat(kind("What unemployment rate does the minister forecast?", "en")).isEqualTo(Kind.PERCENTAGE);
    assertThat(kind("What is the inflation rate in Norway?", "en")).isEqualTo(Kind.PERCENTAGE);
    assertThat(kind("What was the permanent income hypothesis?", "en")).as("no owner, no sum").isNull();
    assertThat(kind("What is the frame rate of the film?", "en")).as("no share").isNull();
  }

  @Test
  void howManyTimesIsACountBesideAWordOfMoney() {
    assertThat(kind("¿Cuántas veces ganó los saltos el gimnasta?", "es")).as("'ganó': won, not earned")
        .isEqualTo(Kind.COUNT);
    assertThat(kind("Hoeveel mensen betaalden de boete?", "nl")).isEqualTo(Kind.COUNT);
    assertThat(kind("¿Cuántos dólares ganó el gimnasta?", "es")).as("a count of money").isEqualTo(Kind.MONEY);
    assertThat(kind("Hoeveel verdient een burgemeester?", "nl")).isEqualTo(Kind.MONEY);
    assertThat(kind("Hoeveel heeft het beeld gekost?", "nl")).as("a verb after 'hoeveel'").isEqualTo(Kind.MONEY);
  }

  @Test
  void aQuestionOfNoKnownKindAsksNone() {
    assertThat(kind("How much does the tower weigh?", "en")).as("'how much' of no money").isNull();
    assertThat(kind("How far back does the concept go?", "en")).as("a time, not a distance").isNull();
    assertThat(kind("Who bought the Fender Stratocaster?", "en")).isNull();
  }

  @Test
  void moneyIsACurrencyBesideAFigure() {
    String q = "How much did Kelda pay for the works?";
    assertThat(held(q, "en", "Kelda paid $20m for the works.")).isTrue();
    assertThat(held(q, "en", "A ticket costs £4.50.")).isTrue();
    assertThat(held("Hoeveel geld haalde het Rode Kruis op?", "nl", "Er werd 18 miljoen euro opgehaald.")).isTrue();
    assertThat(held(q, "en", "Illva will pay 481.42m yuan for the stake.")).as("a scale joined to the figure").isTrue();
    assertThat(held(q, "en", "At an estimated cost of DKK 21.4 billion, it is the largest work.")).as("a code").isTrue();
    assertThat(held("¿Cuánto costó la obra?", "es", "Costó 21,4 mil millones de coronas danesas.")).isTrue();
    assertThat(held(q, "en", "Kelda said in 2005 it would buy the works and keep its 300 staff.")).isFalse();
  }

  @Test
  void aCountIsNoOtherKindsFigure() {
    String q = "How many people work for Changyu?";
    assertThat(held(q, "en", "Changyu employs 3,000 people.")).isTrue();
    assertThat(held(q, "en", "Italy's Illva Saronno has agreed to buy 33% of Changyu.")).as("a share").isFalse();
    assertThat(held(q, "en", "Changyu's profits doubled in 2004.")).as("a year").isFalse();
    assertThat(held(q, "en", "The show became a hit on Channel 4.")).as("a name").isFalse();
    assertThat(held(q, "en", "Changyu opened on 31 March with an 80 gigabyte archive.")).as("a date, a measure")
        .isFalse();
    assertThat(held("How many years did he serve?", "en", "He served five years.")).as("the counted unit").isTrue();
    assertThat(held("How many bottles of wine does Changyu sell a year?", "en", "Illva will pay 481.42m yuan."))
        .as("a price is no count of what is sold").isFalse();
    assertThat(held("How many investment banking fees were paid?", "en", "Fees totaled $40 billion in 2012."))
        .as("money counted").isTrue();
  }

  @Test
  void aRankAScoreARangeOrAnAgeCountsNothingElse() {
    String q = "How many caps has Simon Taylor won for Scotland?";
    assertThat(held(q, "en", "The 25-year-old number eight made a scoring return for Edinburgh.")).as("a rank")
        .isFalse();
    assertThat(held(q, "en", "Scotland led 6-3 at the break.")).as("a score").isFalse();
    assertThat(held(q, "en", "Taylor, aged 25, is back.")).as("an age").isFalse();
    assertThat(held(q, "en", "Taylor has won 32 caps.")).as("the counted noun").isTrue();
    assertThat(held(q, "en", "Taylor has played 32 times for his country.")).as("a count said otherwise").isTrue();
    assertThat(held("How many people were hurt?", "en", "Between 10-15 people were hurt.")).as("a range of the noun")
        .isTrue();
    assertThat(held("Hoeveel Polen ontvangen WW?", "nl", "De kosten zijn geschat op 18-30 miljoen euro."))
        .as("a range of money").isFalse();
  }

  @Test
  void aRangeWithAMagnitudeWordOrANounAfterItIsACount() {
    assertThat(held("How many subscribers does Microsoft aim for?", "en", "Microsoft aims for 10-20 million.")).isTrue();
    assertThat(held("Op hoeveel abonnees mikt Microsoft?", "nl", "Microsoft mikt op 10-20 miljoen.")).isTrue();
    assertThat(held("Wie viele Kunden erwartet die Bahn?", "de", "Die Bahn erwartet 2-3 Millionen.")).isTrue();
    assertThat(held("¿Cuántos clientes espera la empresa?", "es", "La empresa espera 10-20 millones.")).isTrue();
    assertThat(held("How many fans came?", "en", "Between 800-900 visitors came.")).as("a noun after it").isTrue();
    assertThat(held("How many caps has Carlos won?", "en", "He won 7-5 6-3 3-6 6-3 victory.")).as("a score")
        .isFalse();
    assertThat(held("How many caps has Carlos won?", "en", "They trailed 3-6 at the break.")).as("no noun").isFalse();
  }

  /**
   * Whether sentences cited from passages in {@code cited} hold a count of what the question counts, its words read as
   * the retrieval reads them.
   */
  private static boolean named(String question, String language, String cited, String sentences) {
    Optional<AskedFigure> asked = AskedFigure.of(question, language);
    assertThat(asked).as(question).isPresent();
    Retriever retriever = bot.answerer().retriever();
    return asked.get().heldBy(sentences, retriever.retrieve(question), retriever, Set.of(cited));
  }

  @Test
  void aBareCountNamesWhatIsCountedInItsSentence() {
    String caps = "How many caps has Per Brannock won?";
    assertThat(named(caps, "en", "en", "Six Brannock penalties gave Lund victory.")).as("another noun").isFalse();
    assertThat(named(caps, "en", "en", "Of the caps on offer, Brannock has won 41.")).as("the noun before").isTrue();
    assertThat(named("How many people work for Vandrel Motors?", "en", "en", "Vandrel Motors has 3,000 staff."))
        .as("a head count in any noun").isTrue();
    String autos = "Wie viele Autos verkaufte Vandrel Motors?";
    assertThat(named(autos, "de", "de", "Vandrel Motors strich 3.000 Stellen.")).as("German, another noun").isFalse();
    assertThat(named(autos, "de", "de", "Von seinen Autos hat Vandrel nur 40.000 verkauft.")).as("German Autos").isTrue();
    String abonnees = "Hoeveel abonnees wil Vandrel Motors?";
    assertThat(named(abonnees, "nl", "nl", "Vandrel verkocht 10-20 miljoen consoles.")).as("Dutch, another noun")
        .isFalse();
    assertThat(named(abonnees, "nl", "nl", "Van de abonnees wil Vandrel er 20 miljoen.")).as("Dutch abonnees").isTrue();
    String botones = "¿Cuántos botones tiene la consola de Vandrel?";
    assertThat(named(botones, "es", "es", "La consola de Vandrel pesa seis.")).as("Spanish, no noun").isFalse();
    assertThat(named(botones, "es", "es", "Los botones de la consola son seis.")).as("Spanish botones").isTrue();
    assertThat(named("Hoeveel duurder is de console van Vandrel?", "nl", "nl", "De console is twee keer zo duur."))
        .as("a Dutch comparative asks no noun").isTrue();
    // across languages a count is said with other nouns than a dictionary gives: read as before
    assertThat(named(autos, "de", "en", "Vandrel Motors cut 3,000 jobs.")).as("across languages").isTrue();
  }

  @Test
  void aShortfallOrADifferenceIsNoCountOfWhatFellShort() {
    String votes = "How many votes did Vandrel's plan get?";
    assertThat(named(votes, "en", "en", "Vandrel's plan fell seven votes short of a majority.")).as("short of")
        .isFalse();
    assertThat(named(votes, "en", "en", "Vandrel's plan got 500 votes more than last year.")).as("more than")
        .isFalse();
    assertThat(named(votes, "en", "en", "Vandrel's plan got 500 votes.")).as("the count itself").isTrue();
    assertThat(named(votes, "en", "en", "Vandrel's plan got two short votes.")).as("short before its noun")
        .isTrue();
    assertThat(named("How many votes short did Vandrel's plan fall?", "en", "en",
        "Vandrel's plan fell seven votes short.")).as("the shortfall asked").isTrue();
    String aanmeldingen = "Hoeveel aanmeldingen kreeg het plan van Vandrel?";
    assertThat(named(aanmeldingen, "nl", "nl", "Het plan van Vandrel kwam zeven aanmeldingen tekort.")).as("tekort")
        .isFalse();
    assertThat(named(aanmeldingen, "nl", "nl", "Het plan van Vandrel kreeg zeven aanmeldingen meer dan vorig jaar."))
        .as("meer dan").isFalse();
    assertThat(named(aanmeldingen, "nl", "nl", "Het plan van Vandrel kreeg zeven aanmeldingen.")).as("the count")
        .isTrue();
  }

  @Test
  void theCountedNounEndsAtItsVerb() {
    // "Chris" followed "has": an age before the name counted as the caps
    assertThat(held("How many caps has Chris Paterson won?", "en", "The 25-year-old Chris Paterson won it.")).isFalse();
    // "sold" followed "were": a price counted as houses sold, money being what "sold" counts
    assertThat(held("How many houses were sold in December?", "en", "The average price fell to £178,906.")).isFalse();
    assertThat(held("How many British soldiers were killed?", "en", "Two British soldiers died.")).isTrue();
  }

  @Test
  void agesPercentagesAndYears() {
    assertThat(held("How old is Jordan Bratman?", "en", "Bratman, 26, proposed to the singer.")).isTrue();
    assertThat(held("Hoe oud was Nicky?", "nl", "De 11-jarige Nicky werd gevonden.")).isTrue();
    assertThat(held("How old is David Bonderman?", "en", "Bonderman said fares fell each year.")).isFalse();
    assertThat(held("What share of Changyu did it buy?", "en", "It bought 33% of Changyu.")).isTrue();
    assertThat(held("What share of Changyu did it buy?", "en", "It bought Changyu in 2004.")).isFalse();
    assertThat(held("In what year did the 2004 merger close?", "en", "The 2004 merger closed in 2006.")).isTrue();
    assertThat(held("In what year did the 2004 merger close?", "en", "The 2004 merger closed.")).as("the question's own")
        .isFalse();
  }

  @Test
  void numberWordsPastTen() {
    assertThat(held("At what age did he start training?", "en", "Empezo a la edad de trece anos en Bnei Brak."))
        .isTrue();
    assertThat(held("Hoeveel leden telt de club?", "nl", "De club telt vijfentwintig leden.")).isTrue();
    assertThat(held("Wie viele Spieler hat der Verein?", "de", "Der Verein hat dreizehn Spieler.")).isTrue();
    assertThat(held("Wie viele Spieler hat der Verein?", "de", "Der Verein spielt in der Stadt.")).isFalse();
  }

  @Test
  void aCountedUnitInAnyLanguageOrShort() {
    assertThat(held("How many days does Mercury take to orbit the Sun?", "en",
        "Mercurio solo tarda 88 dias en orbitar el Sol.")).as("Spanish days").isTrue();
    assertThat(held("How many miles is Hilversum from Utrecht?", "en", "Hilversum lies 15 km (9.3 mi) from Utrecht."))
        .as("miles short").isTrue();
    assertThat(held("How many miles is Hilversum from Utrecht?", "en", "Hilversum lies 15 km from Utrecht."))
        .as("another unit").isFalse();
  }

  @Test
  void aSpanOfTimeUnitsIsADuration() {
    String q = "How long do symptoms last without treatment?";
    assertThat(held(q, "en", "Without treatment, symptoms may last weeks or months.")).isTrue();
    assertThat(held(q, "en", "Without treatment, symptoms may return.")).isFalse();
  }

  @Test
  void anAnswerWithoutTheAskedFigureIsTheClosestMatch() {
    // Without the rule the verdict gives it as sure: the names and "buy" are there, the price is not; the paragraph's
    // one sum is another firm's, so the answer is not refused either
    Sureness.closestMatch(bot.answerer().ask(Question.of(
        "How much did Halvorsen Systems pay for Tarnwick Software?")));
  }

  @Test
  void anAnswerHoldingTheAskedFigureStaysSure() {
    Answer.Grounded answer = Sureness.sure(bot.answerer().ask(Question.of(
        "How much did Ostrava Foods pay for Brellmoor Dairy?")));
    assertThat(answer.text()).contains("$40m");
  }

  @Test
  void anAnswerWhoseParagraphsGiveNoFigureOfTheKindIsRefused() {
    // Without the rule it is given as the closest match: her mansion is there, a price nowhere
    Answer answer = bot.answerer().ask(Question.of("How much did Delia Farnham pay for her Sydney mansion?"));
    assertThat(answer).as(answer.text()).isInstanceOf(Answer.NoEvidence.class);
    Answer.NoEvidence refusal = (Answer.NoEvidence) answer;
    assertThat(refusal.reason()).isEqualTo("the passages give no sum of money");
    assertThat(refusal.closest()).extracting(Citation::articleId).contains("farnham");
  }

  @Test
  void aSumOrAShareIsHeldOnlyByItsMarkAnyOtherKindByAnyFigure() {
    assertThat(heldAnywhere("How much did Kelda pay for the works?", "Kelda said in 2005 it would buy the works "
        + "and keep its 300 staff.")).isFalse();
    assertThat(heldAnywhere("How much did Kelda pay for the works?", "Rival Korvath paid $12m for Selby.")).isTrue();
    assertThat(heldAnywhere("How many people live in the Upper Peninsula?", "It holds 29% of the state's land but "
        + "just 3% of its people.")).as("a share may tell a head count").isTrue();
    assertThat(heldAnywhere("How many people live in the Upper Peninsula?", "Founded in 1837, it is the state's "
        + "largest peninsula.")).as("a year counts nothing").isFalse();
    assertThat(heldAnywhere("In what year did the fleet sack the port?", "The fleet sacked the port in 904."))
        .as("a year the year reader misses").isTrue();
    assertThat(heldAnywhere("How old is Delia Farnham?", "Delia Farnham won a restraining order.")).isFalse();
  }

  private static boolean heldAnywhere(String question, String paragraph) {
    Citation cited = new Citation(1, "a", "A title", "Test", "en", 0, "briefbot://a#0", "", paragraph);
    return AskedFigure.of(question, "en").orElseThrow().heldByAny(List.of(cited));
  }
}
