package briefbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import briefbot.app.Briefbot;
import briefbot.retrieval.Retrieval;
import briefbot.testing.HandMadeCorpus;
import java.time.Clock;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A follow-up that names someone new keeps that name apart from the earlier question's names it carries along. */
@ExtendWith(HandMadeCorpus.InTempFolder.class)
class FollowUpNamesTest {

  static Briefbot bot;

  @BeforeAll
  static void open(HandMadeCorpus corpus) {
    bot = corpus
        .article("ban", "en", "London hope over Chepkemei",
            "Chepkemei was suspended from all competition until the end of the year by Athletics Kenya after failing "
                + "to report to a national training camp. \"We are watching it closely,\" said London race director "
                + "David Bedford.")
        .article("edinburgh", "en", "Chepkemei joins Edinburgh line-up",
            "Susan Chepkemei has decided she is fit enough to run in next month's Great Edinburgh International "
                + "Cross Country.")
        .open();
  }

  @Test
  void aDutchFollowUpAboutBedfordDoesNotTakeChepkemeisSentencesForBedfords() {
    Conversation conversation = new Conversation(bot.answerer(), new ConversationTest.Turns(), Clock.systemUTC());
    conversation.ask("t", Question.of("Why was Susan Chepkemei suspended?"));
    Answer followUp = conversation.ask("t", Question.of("En wat zei Bedford?"));

    assertThat(followUp.question()).isEqualTo("wat zei Bedford (Susan Chepkemei)?");
    Retrieval searched = bot.retriever().retrieve(followUp.question());
    List<String> words = searched.concepts().stream().map(Retrieval.Concept::word).toList();
    assertThat(words).contains("Bedford", "Chepkemei");
    // the bracket ends the name "Bedford": a sentence on Chepkemei alone does not hold it (it did when "Bedford
    // (Susan Chepkemei)" was read as one person's name, and the answer was Chepkemei's sentences, sure)
    BitSet held = bot.retriever().matches(searched, "Susan Chepkemei has decided she is fit enough to run.", "en");
    assertThat(held.get(words.indexOf("Bedford"))).isFalse();
    assertThat(held.get(words.indexOf("Chepkemei"))).isTrue();
  }

  @Test
  void aBracketedAbbreviationStillStandsForTheNameBeforeIt() {
    Retrieval searched = bot.retriever().retrieve("What did Athletics Kenya (AK) decide about Chepkemei?");
    List<String> words = searched.concepts().stream().map(Retrieval.Concept::word).toList();
    BitSet held = bot.retriever().matches(searched, "Chepkemei was suspended by Athletics Kenya.", "en");
    assertThat(held.get(words.indexOf("AK"))).as("AK stands for Athletics Kenya").isTrue();
  }

  @Test
  void aFollowUpLeadsWithASentenceThatNamesWhomItAsksAbout() {
    Conversation conversation = new Conversation(bot.answerer(), new ConversationTest.Turns(), Clock.systemUTC());
    conversation.ask("t", Question.of("Why was Susan Chepkemei suspended?"));
    Answer followUp = conversation.ask("t", Question.of("En wat zei Bedford?"));

    // composed whatever the verdict says (on two articles it is unsure): Chepkemei's two names outweighed Bedford's
    // one, and the answer led with a sentence on her alone
    ExtractiveComposer composer = new ExtractiveComposer(bot.retriever(), new Links("https://bot.example.org"));
    String text = composer.compose(bot.retriever().retrieve(followUp.question())).text();
    assertThat(text).startsWith("(Engels) \"We are watching it closely,\" said London race director David Bedford.");
  }

  /** The bracket a follow-up writes is read back as names, whatever joins them: "al" in a name, a comma between. */
  @Test
  void aFollowUpReadsBackTheNamesItCarriedAlong() {
    for (String earlier : List.of("Why was Susan Chepkemei suspended?", "What did Omar al Bashir say?",
        "Where did Rutte and Macron meet?")) {
      String searched = FollowUp.resolve(earlier, "En wat zei Bedford?", "en").text();
      assertThat(searched).startsWith("wat zei Bedford (");
      assertThat(FollowUp.beforeCarriedNames(searched)).as(searched).contains("wat zei Bedford");
    }
  }

  @Test
  void onlyTheNamesOutsideACarriedBracketAreTheQuestionsOwn() {
    Retrieval followUp = bot.retriever().retrieve("wat zei Bedford (Susan Chepkemei)?");
    List<String> words = followUp.concepts().stream().map(Retrieval.Concept::word).toList();
    assertThat(OwnNames.of(followUp.question(), followUp.concepts()).stream().mapToObj(words::get))
        .containsExactly("Bedford");
    Retrieval abbreviated = bot.retriever().retrieve("What did Athletics Kenya (AK) decide?");
    assertThat(OwnNames.of(abbreviated.question(), abbreviated.concepts()).isEmpty()).isTrue();
    Retrieval glossed = bot.retriever().retrieve("How did Chepkemei fail her training (a national camp)?");
    assertThat(OwnNames.of(glossed.question(), glossed.concepts()).isEmpty()).isTrue();
    Retrieval plain = bot.retriever().retrieve("What did Bedford say about Chepkemei?");
    assertThat(OwnNames.of(plain.question(), plain.concepts()).isEmpty()).isTrue();
  }
}
