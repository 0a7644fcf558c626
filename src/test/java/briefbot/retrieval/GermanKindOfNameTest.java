package briefbot.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import briefbot.answer.Answer;
import briefbot.answer.Question;
import briefbot.app.Briefbot;
import briefbot.index.IndexFields;
import briefbot.testing.HandMadeCorpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A German common noun between an article and a name names the name's kind ("der Fluss Mono"), and so does one the
 * dictionary has as an entry of its own that opens the name ("König Sho Toku"): it is no word of the name, so a
 * sentence that holds the noun alone does not hold the name.
 */
@ExtendWith(HandMadeCorpus.InTempFolder.class)
class GermanKindOfNameTest {

  static Briefbot bot;

  @BeforeAll
  static void open(HandMadeCorpus corpus) throws Exception {
    corpus.article("togo", "de", "Togo",
        "Togo liegt in Westafrika. Der längste Fluss ist der Mono mit rund 400 km Länge.");
    corpus.article("tempel", "de", "Ein Tempel in Kalkutta",
        "Der Tempel wurde 1855 gebaut. Er besteht aus einem Haupttempel und 12 kleinen Schreinen, die an der dem "
            + "Fluss zugewandten Seite liegen.");
    corpus.article("koenig", "de", "Ein König",
        "Der König regierte bis 1996. Tiruvan starb im selben Jahr in seinem Palast.");
    DictdFiles.write(corpus.folderFor("BRIEFBOT_DICTIONARIES"), "deu", "eng", "Fluss <masc>\nriver <n>\n",
        "Tempel <masc>\ntemple <n>\n", "König <masc>\nking <n>\n", "George <masc>\nGeorgian <n>\n");
    bot = corpus.open();
  }

  @Test
  void aNounAfterAnArticleIsNoWordOfTheNameAfterIt() {
    Retrieval retrieval = bot.retriever().retrieve("Wie lang ist der Fluss Mono?");
    assertThat(concept(retrieval, "Fluss").name()).as("the dictionary lists it, an article precedes it").isFalse();
    assertThat(concept(retrieval, "Mono").name()).isTrue();
    assertThat(concept(retrieval, "Mono").stems().get(IndexFields.BODY_NEUTRAL))
        .as("'Fluss' is no short form of the name 'Mono'").doesNotContain("fluss");
  }

  @Test
  void aSentenceWithTheNounAloneDoesNotJoinTheAnswer() {
    Answer answer = bot.answerer().ask(Question.of("Wie lang ist der Fluss Mono?"));
    assertThat(answer).isInstanceOf(Answer.Grounded.class);
    assertThat(answer.text()).contains("400 km").doesNotContain("Schreinen");
  }

  @Test
  void aTitleTheDictionaryHasAsAnEntryNamesTheKindWithoutAnArticle() {
    Retrieval retrieval = bot.retriever().retrieve("Wann starb König Tiruvan?");
    assertThat(concept(retrieval, "König").name()).as("an entry of its own opening the name").isFalse();
    assertThat(concept(retrieval, "Tiruvan").stems().get(IndexFields.BODY_NEUTRAL))
        .as("'König' is no short form of the name 'Tiruvan'")
        .doesNotContainAnyElementsOf(concept(retrieval, "König").stems().get(IndexFields.BODY_NEUTRAL));
  }

  @Test
  void aFirstNameWhoseEntryIsMadeFromItStaysAWordOfTheName() {
    // the dictionary has "George" as a noun, Georgian: made from the name, it says nothing of a kind
    Retrieval retrieval = bot.retriever().retrieve("Wann starb George Tiruvan?");
    assertThat(concept(retrieval, "George").name()).isTrue();
    assertThat(concept(retrieval, "George").stems().get(IndexFields.BODY_NEUTRAL)).as("a word of the name")
        .contains("tiruvan");
  }

  @Test
  void anEntryJoinedToTheNameByAHyphenIsAWordOfIt() {
    Retrieval retrieval = bot.retriever().retrieve("Wo liegt König-Tiruvan-Land?");
    assertThat(concept(retrieval, "König").name()).isTrue();
  }

  private static Retrieval.Concept concept(Retrieval retrieval, String word) {
    return retrieval.concepts().stream().filter(c -> c.word().equals(word)).findFirst().orElseThrow();
  }
}
