package briefbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import briefbot.app.Briefbot;
import briefbot.testing.HandMadeCorpus;
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
}
