package briefbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import briefbot.app.Briefbot;
import briefbot.retrieval.Retriever;
import briefbot.testing.HandMadeCorpus;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** An answer to a "when" question none of whose sentences names a point in time is not given as sure. */
@ExtendWith(HandMadeCorpus.InTempFolder.class)
class AskedTimeTest {

  static Briefbot bot;

  @BeforeAll
  static void open(HandMadeCorpus corpus) {
    bot = corpus
        .article("corvane", "en", "Corvane Mills to shut Dunmore plant",
            "Edda Lindqvist, the chief executive of Corvane Mills, said the company would shut its plant in Dunmore.",
            "Corvane Mills makes paper for printers at the Dunmore plant.")
        .article("pellham", "en", "Pellham Foundry in Arklow",
            "Pellham Foundry opened its plant in Arklow in 1987 and casts bells there.")
        .article("ostrel", "en", "Ostrel and Halden Bank talks continue",
            "Ostrel, the retail bank, said it is still in talks with Halden Bank about a takeover.",
            "In November, Ostrel said it was close to striking a deal with Halden Bank. But Halden Bank is still "
                + "waiting for the approval of the regulators to make a formal offer.")
        .article("varga", "nl", "Minister Varga krijgt meer tijd voor de export van uitkeringen",
            "Minister Varga krijgt extra tijd om het plan voor de export van uitkeringen van tafel te krijgen. Het "
                + "besluit werd woensdag in Brussel onverwacht uitgesteld.")
        .open();
  }

  private static boolean held(String question, String sentences) {
    return AskedTime.of(question).orElseThrow(() -> new AssertionError(question)).heldBy(sentences);
  }

  @Test
  void aQuestionOpeningWithWhenAsksATimeInEachLanguage() {
    assertThat(AskedTime.of("When did Richard Thomas become information commissioner?")).isPresent();
    assertThat(AskedTime.of("Wanneer krijgt Simone Post de Designprijs uitgereikt?")).isPresent();
    assertThat(AskedTime.of("Wann starb Nicholas John Spykman?")).isPresent();
    assertThat(AskedTime.of("¿Cuándo nació Percy Spencer?")).isPresent();
    assertThat(AskedTime.of("Since when has the bridge been closed?")).isPresent();
    assertThat(AskedTime.of("When in May did the strike begin?")).as("the month, not the modal").isPresent();
  }

  @Test
  void aConditionOrAWhenInsideAsksNoTime() {
    assertThat(AskedTime.of("What does Link turn into when he enters the realm?")).as("'when' inside").isEmpty();
    assertThat(AskedTime.of("Wanneer heb ik een verwijsbrief van de huisarts nodig?")).as("the asker's").isEmpty();
    assertThat(AskedTime.of("When can a film be made 3D?")).as("what may be").isEmpty();
    assertThat(AskedTime.of("When may a tenant sublet a flat?")).as("the modal").isEmpty();
    assertThat(AskedTime.of("Who bought the Fender Stratocaster?")).isEmpty();
  }

  @Test
  void aPointInTimeIsADateOrATimeSaidAnotherWay() {
    String q = "When did Edda Lindqvist become chief executive?";
    assertThat(held(q, "Lindqvist became chief executive in 2002.")).isTrue();
    assertThat(held(q, "Lindqvist took over last week.")).isTrue();
    assertThat(held(q, "She took the post at the age of 41.")).isTrue();
    assertThat(held(q, "Lindqvist werd in maart benoemd.")).as("a month, another language").isTrue();
    assertThat(held(q, "Lindqvist, the chief executive, said the plant would shut.")).isFalse();
    assertThat(held("When in 2004 did the merger close?", "The merger closed in 2004.")).as("the question's own")
        .isFalse();
  }

  @Test
  void aWhenAnsweredWithNoTimeIsTheClosestMatch() {
    // Without the rule the verdict gives it as sure: the names and the role are there, the time is not
    Sureness.closestMatch(bot.answerer().ask(Question.of(
        "When did Edda Lindqvist become chief executive of Corvane Mills?")));
  }

  @Test
  void aWhenAnsweredWithATimeStaysSure() {
    Answer.Grounded answer = Sureness.sure(bot.answerer().ask(Question.of(
        "When did Pellham Foundry open its plant in Arklow?")));
    assertThat(answer.text()).contains("1987");
  }

  /** Whether {@code sentences}, cited from passages in {@code cited}, name a time of the event asked. */
  private static boolean ofEvent(String question, String cited, String sentences) {
    Retriever retriever = bot.answerer().retriever();
    return AskedTime.of(question).orElseThrow(() -> new AssertionError(question))
        .heldBy(sentences, retriever.retrieve(question), retriever, Set.of(cited));
  }

  @Test
  void aTimeOfAnotherEventThanTheOneToldIsNone() {
    String offer = "When did Halden Bank make its formal offer for Ostrel?";
    String told = "In November, Ostrel said it was close to striking a deal with Halden Bank. But Halden Bank is "
        + "still waiting for the approval of the regulators to make a formal offer.";
    assertThat(ofEvent(offer, "en", told)).as("November is when Ostrel spoke").isFalse();
    assertThat(ofEvent(offer, "en", "Halden Bank made its formal offer in November.")).isTrue();
    assertThat(ofEvent("When was Ostrel founded?", "en", "Ostrel (1911 - 2011) was a retail bank."))
        .as("no sentence tells the event: the time may be its").isTrue();
    String brief = "Wanneer schreef minister Varga over de export van uitkeringen?";
    assertThat(ofEvent(brief, "nl", "Minister Varga krijgt extra tijd voor de export van uitkeringen. Het besluit "
        + "werd woensdag uitgesteld.")).as("Dutch, another event's Wednesday").isFalse();
    assertThat(ofEvent(brief, "nl", "Minister Varga schreef woensdag over de export van uitkeringen.")).isTrue();
  }

  @Test
  void theTimeAndTheEventStandInOneClause() {
    String account = "When did Ostrel open its offshore account?";
    assertThat(ofEvent(account, "en", "Ostrel collapsed in December 2003 after it emerged that the money it held in "
        + "an offshore account did not exist.")).as("December dates the collapse").isFalse();
    assertThat(ofEvent(account, "en", "Ostrel opened the offshore account in 1998, before the scandal broke."))
        .isTrue();
    assertThat(ofEvent(account, "en", "On May 6, one day before the hearing, Ostrel opened its offshore account."))
        .as("the main clause around the subordinate one").isTrue();
    String brief = "Wanneer schreef minister Varga over de export van uitkeringen?";
    assertThat(ofEvent(brief, "nl", "Het besluit viel woensdag, nadat minister Varga over de export van uitkeringen "
        + "had geschreven.")).as("Dutch, the decision's Wednesday").isFalse();
  }

  @Test
  void aWhenAnsweredWithAnotherEventsTimeIsTheClosestMatch() {
    Sureness.closestMatch(bot.answerer().ask(Question.of("When did Halden Bank make its formal offer for Ostrel?")));
  }
}
