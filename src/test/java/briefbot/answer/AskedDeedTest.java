package briefbot.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import briefbot.app.Briefbot;
import briefbot.retrieval.Retriever;
import briefbot.testing.HandMadeCorpus;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An answer to an English "who" question whose sentences never tell its verb, and name no one doing anything, is not
 * given as sure: sentences about the question's object that tell another deed.
 */
@ExtendWith(HandMadeCorpus.InTempFolder.class)
class AskedDeedTest {

  static Briefbot bot;
  static final Glossary WORDNET = Glossary.NONE.withThesaurus(Path.of("/usr/share/wordnet"));

  @BeforeAll
  static void open(HandMadeCorpus corpus) {
    assumeThat(WordNet.open(Path.of("/usr/share/wordnet"))).as("wordnet-base installed").isPresent();
    bot = corpus
        .article("worm", "en", "Tarvel worm spreads a game",
            "The Tarvel worm installs a playable version of a falling blocks game on PCs that it has infected.",
            "While users play the game, the worm searches the machine for new victims on nearby networks.")
        .article("tunnel", "en", "Dunmore tunnel opens",
            "The Dunmore tunnel was opened by Edda Lindqvist, the transport minister, on a wet morning.",
            "The tunnel took six years to build and cost more than planned.")
        .open();
  }

  private static boolean held(String question, String sentences) {
    Retriever retriever = bot.answerer().retriever();
    return AskedDeed.of(question, "en", WORDNET).orElseThrow(() -> new AssertionError(question))
        .heldBy(sentences, retriever.retrieve(question), retriever, Set.of("en"), WORDNET);
  }

  @Test
  void theVerbIsReadAfterTheOpenerAndItsAuxiliary() {
    assertThat(AskedDeed.of("Who wrote the Tarvel worm?", "en", WORDNET)).isPresent();
    assertThat(AskedDeed.of("Which advertising agency designed the Tarvel poster?", "en", WORDNET)).isPresent();
    assertThat(AskedDeed.of("Who has owned the Tarvel worm?", "en", WORDNET)).isPresent();
    assertThat(AskedDeed.of("Who did Edda Lindqvist write to?", "en", WORDNET)).as("whom, not who").isEmpty();
    assertThat(AskedDeed.of("Who was blamed for the Tarvel worm?", "en", WORDNET)).as("a passive").isEmpty();
    assertThat(AskedDeed.of("Who is the coach of Dunmore?", "en", WORDNET)).as("a role, no deed").isEmpty();
    assertThat(AskedDeed.of("Wie schreef de Tarvel-worm?", "nl", WORDNET)).as("English only").isEmpty();
    assertThat(AskedDeed.of("When was the Tarvel worm written?", "en", WORDNET)).as("no actor asked").isEmpty();
  }

  @Test
  void sentencesThatTellAnotherDeedOfTheObjectNameNoDoer() {
    String wrote = "Who wrote the Tarvel worm?";
    String installs = "The Tarvel worm installs a playable version of a falling blocks game on PCs that it has "
        + "infected.";
    assertThat(held(wrote, installs)).as("the worm's own deed, PCs no doer").isFalse();
    // AskedActor alone reads the object noun "worm" as the deed and "PCs" as someone: it keeps the answer sure
    Retriever retriever = bot.answerer().retriever();
    assertThat(AskedActor.of(wrote, "en").orElseThrow().heldBy(installs, retriever.retrieve(wrote), retriever,
        Set.of("en"))).isTrue();
  }

  @Test
  void theVerbToldInAnyFormOrBySynonymHoldsIt() {
    String wrote = "Who wrote the Tarvel worm?";
    assertThat(held(wrote, "The Tarvel worm was written in a bedroom.")).as("its participle").isTrue();
    assertThat(held(wrote, "The writer of the Tarvel worm is unknown.")).as("a derived word").isTrue();
    assertThat(held(wrote, "A teenager penned the Tarvel worm.")).as("a WordNet synonym").isTrue();
  }

  @Test
  void aDoerWordedOtherwiseHoldsIt() {
    String wrote = "Who wrote the Tarvel worm?";
    assertThat(held(wrote, "Security firm Sophos estimated that the Tarvel worm came from Brazil.")).isTrue();
    assertThat(held(wrote, "The Tarvel worm is a game by Pell Oster.")).as("after by").isTrue();
    assertThat(held(wrote, "The Tarvel worm, which Tarvel himself called a joke, spread.")).as("by itself")
        .isTrue();
    assertThat(held("Who played Edda Lindqvist in Tarvel?", "Mara Quill as Edda Lindqvist / Tarvel: a minister "
        + "who opens a tunnel.")).as("a cast list's entry").isTrue();
    assertThat(held(wrote, "The Tarvel worm reached Dunmore, infected by a game.")).as("a name, a comma, a verb")
        .isFalse();
    assertThat(held(wrote, "The Tarvel worm reached Dunmore on a Monday.")).as("a place and a day, no deed")
        .isFalse();
  }

  @Test
  void aWhoAnsweredBySentencesOfAnotherDeedIsTheClosestMatch() {
    Sureness.closestMatch(bot.answerer().ask(Question.of("Who wrote the Tarvel worm?")));
  }

  @Test
  void aWhoAnsweredWithItsDeedStaysSure() {
    Answer.Grounded answer = Sureness.sure(bot.answerer().ask(Question.of("Who opened the Dunmore tunnel?")));
    assertThat(answer.text()).contains("Edda Lindqvist");
  }
}
