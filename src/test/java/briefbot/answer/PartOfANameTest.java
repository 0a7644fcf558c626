package briefbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import briefbot.app.Briefbot;
import briefbot.retrieval.Retrieval;
import briefbot.testing.HandMadeCorpus;
import java.util.BitSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Another article's sentence that writes a name of the question by its last word alone joins an answer only where that
 * article writes the name whole: "Kirk Miller of Rolling Stone" is no sentence on Stephen Miller.
 */
@ExtendWith(HandMadeCorpus.InTempFolder.class)
class PartOfANameTest {

  static Briefbot bot;

  @BeforeAll
  static void open(HandMadeCorpus corpus) {
    bot = corpus
        .article("adviser", "en", "Trump names immigration adviser",
            "Stephen Miller is a senior adviser to the president on immigration.")
        .article("review", "en", "Quarry Hounds release Ashen Fields",
            "The band's fourth album Ashen Fields was released in March.",
            "Kirk Miller of Rolling Stone gave the album three out of five stars.")
        .open();
  }

  @Test
  void anotherPersonOfTheSameLastNameIsNotQuoted() {
    Answer answer = bot.answerer().ask(Question.of("Who is Stephen Miller?"));
    assertThat(answer.text()).contains("Stephen Miller is a senior adviser").doesNotContain("Kirk Miller");
  }

  @Test
  void theLastNameAloneIsTheNameWhereItsArticleWritesItWhole() {
    NameHeads heads = heads("What did Mathew Tait say about his England call?");
    String sentence = "\"It's obviously an honour,\" said Tait, who has burst into contention recently.";
    assertThat(heads.partOnlyIn(sentence)).isTrue();
    assertThat(heads.partOnlyIn(sentence, "Newcastle centre Mathew Tait joins the squad.")).isFalse();
    assertThat(heads.partOnlyIn(sentence, "Matt Dawson joins the squad.")).isTrue();
    assertThat(heads.partOnlyIn("Mathew Tait said it was an honour.")).as("the name whole").isFalse();
    assertThat(heads.partOnlyIn("mathew tait said it was an honour.")).as("a text in lower case").isFalse();
    assertThat(heads.partOnlyIn("Mathw Tait said it was an honour.")).as("misspelt by a letter").isFalse();
    assertThat(heads.partOnlyIn("Martin Tait said it was an honour.")).as("another first name").isTrue();
  }

  private static NameHeads heads(String question) {
    Retrieval searched = bot.retriever().retrieve(question);
    BitSet all = new BitSet();
    all.set(0, searched.concepts().size());
    return NameHeads.of(question, searched.concepts(), all);
  }
}
