package briefbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import briefbot.app.Briefbot;
import briefbot.retrieval.Retrieval;
import briefbot.testing.HandMadeCorpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Where the embedding model does not read a German question as written and the verdict is not sure, the lead among the
 * near candidates is the one the fitted ranking scores clearly highest, not the one that repeats the question's words
 * and phrase; a sure answer keeps the lead the phrases chose (real index, real retrieval, the real composer).
 */
@ExtendWith(HandMadeCorpus.InTempFolder.class)
class NearRankingTest {

  private static final String QUESTION = "Welche Farbe hat die Flagge von Nordland?";

  static Briefbot bot;

  @BeforeAll
  static void open(HandMadeCorpus corpus) throws Exception {
    // One paragraph: the first sentence holds every key term of the question and its phrase "Flagge von Nordland",
    // and says nothing of the colour; the second holds two of them and the answer.
    corpus.article("nordland", "de", "Nordland",
        "Über die Farbe der Flagge von Nordland stritt das Parlament im Jahr 1920 lange und heftig, bevor es seine "
            + "Entscheidung traf. Die Farbe der Flagge ist Blau.",
        "Nordland hat einen König.");
    corpus.article("suedland", "de", "Südland",
        "Südland liegt am Meer und hat viele Häfen.",
        "Die Hauptstadt von Südland ist Hafenburg.");
    bot = corpus.open();
  }

  private static Answer composed(boolean sure) {
    Retrieval r = bot.retriever().retrieve(QUESTION);
    Retrieval judged = new Retrieval(r.question(), r.language(), r.passages(), true, r.reason(), r.concepts(),
        r.signals(), r.confidence(), r.sentences(), r.type(), r.doubted(), sure);
    return new ExtractiveComposer(bot.retriever(), new Links("https://bot.example.org")).compose(judged);
  }

  @Test
  void theSentenceThatAnswersLeadsAnAnswerTheVerdictIsNotSureOf() {
    Answer answer = composed(false);
    assertThat(answer).isInstanceOf(Answer.Grounded.class);
    assertThat(answer.text()).startsWith("Die Farbe der Flagge ist Blau.");
  }

  @Test
  void aSureAnswerKeepsTheLeadThePhrasesChose() {
    assertThat(composed(true).text()).startsWith("Über die Farbe der Flagge von Nordland");
  }
}
