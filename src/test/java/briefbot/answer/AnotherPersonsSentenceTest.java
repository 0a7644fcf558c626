package briefbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import briefbot.app.Briefbot;
import briefbot.retrieval.Passage;
import briefbot.retrieval.Retrieval;
import briefbot.testing.HandMadeCorpus;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** An answer about a person does not quote a sentence about another person who shares the name's last word. */
@ExtendWith(HandMadeCorpus.InTempFolder.class)
class AnotherPersonsSentenceTest {

  static Briefbot bot;

  @BeforeAll
  static void open(HandMadeCorpus corpus) {
    bot = corpus
        .article("hansen", "en", "Hansen delays return until 2006",
            "British triple jumper Ashia Hansen has ruled out a comeback this year after a setback in her recovery "
                + "from a bad knee injury.",
            "Hansen, the Commonwealth and European champion, has been sidelined since June. Her coach Aston Moore "
                + "told the Times: \"We're not looking at any sooner than 2006.\"")
        .article("wales", "en", "Yapp earns Wales call",
            "Ruddock hopes the selection of lock Ian Gough, out of the reckoning since falling out with former coach "
                + "Steve Hansen, will send a message to other players in Wales.")
        .article("king", "en", "The King's ministers",
            "George settled on Lord Rockingham to form a ministry. Rockingham died within months. The King then "
                + "appointed Lord Shelburne to replace him.")
        .open();
  }

  @Test
  void aSentenceOnSteveHansenDoesNotHoldAshiaHansen() {
    // "Hansen" alone stands for "Ashia Hansen", but here it stands beside "Steve": another person's name
    assertThat(held("Who coaches Ashia Hansen?", "wales", "Ruddock hopes")).doesNotContain("Hansen", "Ashia");

    Answer answer = bot.answerer().ask(Question.of("Who coaches Ashia Hansen?"));
    assertThat(answer.text()).contains("Aston Moore").doesNotContain("Steve Hansen");
  }

  @Test
  void aSentenceOnTheSurnameAloneStillHoldsTheName() {
    assertThat(held("Who coaches Ashia Hansen?", "hansen", "Hansen, the Commonwealth")).contains("Hansen");
  }

  @Test
  void aTitleBeforeAnotherNameIsNoOtherPersonsFirstName() {
    // "Lord Shelburne" may be whom the question asks for: only a first name before the name's last word is read
    assertThat(held("Who did the King appoint to replace Lord Rockingham?", "king", "The King then appointed"))
        .contains("Lord");
  }

  /** The question's words an answer may take the sentence of {@code article} opening with {@code opening} to hold. */
  private static List<String> held(String question, String article, String opening) {
    Retrieval searched = bot.retriever().retrieve(question);
    List<String> words = searched.concepts().stream().map(Retrieval.Concept::word).toList();
    for (Passage p : searched.passages().stream().filter(x -> x.articleId().equals(article)).toList()) {
      for (Retrieval.Sentence s : bot.retriever().sentences(searched, p)) {
        if (s.text().startsWith(opening)) {
          return s.matched().stream().mapToObj(words::get).toList();
        }
      }
    }
    throw new AssertionError("no sentence of " + article + " opens with " + opening);
  }
}
