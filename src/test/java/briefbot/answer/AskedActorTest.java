package briefbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import briefbot.app.Briefbot;
import briefbot.retrieval.Retriever;
import briefbot.testing.HandMadeCorpus;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** An answer to a "who" question whose sentences tell the asked deed with no one in it is not given as sure. */
@ExtendWith(HandMadeCorpus.InTempFolder.class)
class AskedActorTest {

  static Briefbot bot;

  @BeforeAll
  static void open(HandMadeCorpus corpus) {
    bot = corpus
        .article("gala", "en", "Varnham film awards: who counts the ballots",
            "An accountancy firm counts the Varnham ballots every year, and its auditors keep the winners secret "
                + "until the gala.",
            "The gala is held in the old opera house of Varnham every spring.")
        .article("tunnel", "en", "Dunmore tunnel opens",
            "The Dunmore tunnel was opened by Edda Lindqvist, the transport minister, on a wet morning.",
            "The tunnel took six years to build and cost more than planned.")
        .article("raad", "nl", "Nieuwe voorzitter voor de raad van Breskens",
            "De raad van Breskens wordt voortaan voorgezeten door een burger die loot.",
            "De gemeente houdt de loting in het stadhuis.")
        .open();
  }

  /** Whether {@code sentences}, cited from passages in {@code cited}, name someone of the asked deed. */
  private static boolean held(String question, String cited, String sentences) {
    Retriever retriever = bot.answerer().retriever();
    return AskedActor.of(question, cited).orElseThrow(() -> new AssertionError(question))
        .heldBy(sentences, retriever.retrieve(question), retriever, Set.of(cited));
  }

  @Test
  void aQuestionOpeningWithWhoOrWhichFirmAsksAnActor() {
    assertThat(AskedActor.of("Who opened the Dunmore tunnel?", "en")).isPresent();
    assertThat(AskedActor.of("Which accountancy firm counts the Varnham ballots?", "en")).isPresent();
    assertThat(AskedActor.of("Wie zit de raad van Breskens voor?", "nl")).isPresent();
    assertThat(AskedActor.of("Which musical instrument did Edward play?", "en")).as("a thing").isEmpty();
    assertThat(AskedActor.of("Wer eröffnete den Tunnel?", "de")).as("German: every noun a capital").isEmpty();
    assertThat(AskedActor.of("What does the person who opened the tunnel do?", "en")).as("'who' inside").isEmpty();
    assertThat(AskedActor.of("What is the firm's name?", "en")).isEmpty();
  }

  @Test
  void theDeedToldWithNoOneBesideItNamesNoActor() {
    String ballots = "Which accountancy firm counts the Varnham ballots?";
    assertThat(held(ballots, "en", "The only people who will know the Varnham award winners before the gala will be "
        + "the auditors who look after the ballot count.")).as("the auditors, unnamed").isFalse();
    assertThat(held(ballots, "en", "Pricewell Partners looks after the ballot count.")).isTrue();
    assertThat(held(ballots, "en", "The ballot count is done by Pricewell Partners in March.")).isTrue();
    assertThat(held(ballots, "en", "The ballot count is kept secret until March.")).as("a month is no one")
        .isFalse();
    assertThat(held(ballots, "en", "The gala is held in the opera house.")).as("the deed not told: as before")
        .isTrue();
  }

  @Test
  void theActorStandsInASentenceThatTellsTheDeed() {
    String opened = "Who opened the Dunmore tunnel?";
    assertThat(held(opened, "en", "The Dunmore tunnel was opened on a wet morning. Edda Lindqvist was abroad."))
        .as("Lindqvist is in another sentence").isFalse();
    assertThat(held(opened, "en", "The Dunmore tunnel was opened by Edda Lindqvist on a wet morning.")).isTrue();
    assertThat(held(opened, "en", "Lindqvist's tunnel in Dunmore was opened on a wet morning.")).as("a possessive")
        .isTrue();
    assertThat(held("Which accountancy firm counts the Varnham ballots?", "en", "Varnham itself looks after the "
        + "ballot count.")).as("a name of the question that did it itself").isTrue();
  }

  @Test
  void aDutchDeedToldWithNoOneIsNoActor() {
    String chair = "Wie zit de raad van Breskens voor?";
    assertThat(held(chair, "nl", "De raad van Breskens wordt voortaan voorgezeten door een burger die loot."))
        .isFalse();
    assertThat(held(chair, "nl", "De raad van Breskens wordt voortaan voorgezeten door Anke Verhulst.")).isTrue();
  }

  @Test
  void aWhoAnsweredWithNoOneInTheDeedIsTheClosestMatch() {
    // Without the rule the verdict gives it as sure: the firm, the ballots and their count are there, no name
    Sureness.closestMatch(bot.answerer().ask(Question.of("Which accountancy firm counts the Varnham ballots?")));
  }

  @Test
  void aWhoAnsweredWithTheActorStaysSure() {
    Answer.Grounded answer = Sureness.sure(bot.answerer().ask(Question.of("Who opened the Dunmore tunnel?")));
    assertThat(answer.text()).contains("Edda Lindqvist");
  }
}
