package briefbot.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import briefbot.answer.Answer;
import briefbot.answer.Citation;
import briefbot.answer.Question;
import briefbot.app.Briefbot;
import briefbot.retrieval.Retrieval.Concept;
import briefbot.testing.HandMadeCorpus;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An English question's verb is held by a sentence that writes it in an irregular form ("choose": "chose") where the
 * question asks about the past; a question about the present is not held by a past form ("does ... mean": "meant").
 */
@ExtendWith(HandMadeCorpus.InTempFolder.class)
class EnglishVerbFormsTest {

  static Briefbot bot;

  @BeforeAll
  static void open(HandMadeCorpus corpus) {
    bot = corpus
        .article("acme", "en", "Acme to open bicycle factory in Lyon",
            "Acme, the French maker of bicycles, said on Monday it would open a new factory in Lyon next year, "
                + "creating 300 jobs.",
            "The company chose Lyon for its rail links and its skilled workforce, chief executive Marie Dubois said.")
        .article("strike", "en", "Rail strike disrupts travel across France",
            "A rail strike disrupted travel across France on Thursday, with half of high-speed trains cancelled.",
            "Unions said the strike would continue until the government withdrew its pension plan.")
        .article("console", "en", "Nintendo shows its new console at the games fair",
            "Nintendo showed its new console, codenamed Revolution, at the games fair in Los Angeles on Tuesday.",
            "The company also said its Zelda game would come to the console, but it was not clear to reporters if "
                + "this meant the new Zelda or an older one.")
        .article("fair", "en", "Wine fair moves to Bordeaux",
            "The organisers began work on a new exhibition hall in Bordeaux in March, they said on Friday.",
            "Talks on moving the fair to Bordeaux had begun a year earlier with a jury of growers.")
        .open();
  }

  @Test
  void theParagraphThatSaysChoseAnswersWhyItWasChosen() {
    Answer answer = bot.answerer().ask(Question.of("Why did Acme choose Lyon?"));

    // led by paragraph 1 without the verb's form: "choose", which no paragraph writes, counted as missing
    assertThat(answer).isInstanceOf(Answer.Grounded.class);
    Answer.Grounded grounded = (Answer.Grounded) answer;
    assertThat(grounded.text()).contains("rail links");
    assertThat(grounded.citations()).extracting(Citation::articleId, Citation::paragraph).first()
        .isEqualTo(Tuple.tuple("acme", 2));
  }

  @Test
  void aPastFormHoldsTheVerbOfAQuestionAskedInThePastOnly() {
    String sentence = "The company also said its Zelda game would come to the console";

    // "meant" holds "did ... mean" (a question about what was meant then), never "does ... mean"
    assertThat(holds("What did the reporters mean by the new Zelda?", sentence, "mean")).isTrue();
    assertThat(holds("What does the new Zelda mean?", sentence, "mean")).isFalse();
  }

  @Test
  void aVerbTheIndexNeverWritesKeepsItsFormsWhenRespelledAsAPassageWritesIt() {
    String question = "When did the organisers begin work in Bordeaux?";

    // no article writes "begin": it is respelled as a passage writes it ("began" or "begun"), which lost the other
    assertThat(holds(question, "The organisers began work", "begin")).isTrue();
    assertThat(holds(question, "Talks on moving the fair", "begin")).isTrue();
  }

  /** Whether the retrieved sentence starting with {@code start} holds the question's concept {@code word}. */
  private static boolean holds(String question, String start, String word) {
    Retrieval r = bot.retriever().retrieve(question);
    List<Concept> concepts = r.concepts();
    int i = concepts.stream().map(Concept::word).toList().indexOf(word);
    assertThat(i).as("a concept %s of %s", word, question).isNotNegative();
    return r.sentences().values().stream().flatMap(List::stream).filter(s -> s.text().startsWith(start))
        .findFirst().orElseThrow(() -> new AssertionError("no sentence " + start + " for " + question))
        .matched().get(i);
  }
}
