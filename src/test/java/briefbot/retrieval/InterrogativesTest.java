package briefbot.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import briefbot.answer.Answer;
import briefbot.answer.Question;
import briefbot.app.Briefbot;
import briefbot.testing.HandMadeCorpus;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Question words of every language frame a question and are no key terms: no passage need hold "wofür", "waarmee"
 * or "qué tipo de", so they never count as missing and never stop an answer.
 */
class InterrogativesTest {

  @TempDir
  static Path dir;

  @AutoClose
  static Briefbot bot;

  @BeforeAll
  static void open() throws Exception {
    HandMadeCorpus corpus = HandMadeCorpus.in(dir);
    corpus.article("bruecke", "de", "Neue Brücke in Lund",
        "Die Stadt Lund erhielt im Frühjahr 40 Millionen Euro vom Land. Mit dem Geld baut sie eine neue Brücke über "
            + "den Hafen, die 2027 fertig werden soll.");
    corpus.article("konzert", "de", "Konzertsaal in Malmö",
        "Der alte Konzertsaal von Malmö bietet 1.200 Plätze und öffnet im Mai wieder. Die Sanierung dauerte drei "
            + "Jahre.");
    corpus.article("veerboot", "nl", "Veerboot naar Zweden",
        "De veerboot van Gdansk naar Zweden vaart twee keer per dag. De rederij betaalt de nieuwe terminal met een "
            + "lening van de Europese Investeringsbank.");
    corpus.article("vino", "es", "Vino de Rioja",
        "Las bodegas de La Rioja producen sobre todo vino tinto de la uva tempranillo, envejecido en barricas de roble.");
    // no installed dictionaries: same-language questions need none
    bot = corpus.setting("BRIEFBOT_DICTIONARIES", dir.resolve("none").toString()).open();
  }

  @Test
  void aGermanQuestionWithWofuerIsAnsweredFromItsGermanPassage() {
    String question = "Wofür erhielt die Stadt Lund 40 Millionen Euro?";
    Retrieval retrieval = bot.retriever().retrieve(question);
    assertThat(retrieval.concepts()).extracting(Retrieval.Concept::word)
        .contains("Stadt", "Lund", "erhielt").doesNotContain("Wofür");
    assertThat(retrieval.signals().missing()).isZero();
    Answer answer = bot.answerer().ask(Question.of(question));
    assertThat(answer).isInstanceOf(Answer.Grounded.class);
    assertThat(answer.text()).contains("Brücke");
  }

  @Test
  void pronominalAndMultiwordQuestionWordsAreNoKeyTerms() {
    assertThat(words("Womit bezahlt die Rederij den neuen Terminal in Gdansk?")).doesNotContain("Womit");
    assertThat(words("Waarmee betaalt de rederij de nieuwe terminal?")).containsExactly("betaalt", "rederij",
        "nieuwe", "terminal");
    assertThat(words("¿Qué tipo de vino producen las bodegas de La Rioja?")).doesNotContain("Qué", "tipo")
        .contains("vino", "bodegas");
    assertThat(words("Aus welchem Grund öffnet der Konzertsaal in Malmö erst im Mai?"))
        .doesNotContain("Grund").contains("Konzertsaal", "Malmö");
    assertThat(words("Inwiefern dauerte die Sanierung des Konzertsaals drei Jahre?")).doesNotContain("Inwiefern");
    assertThat(words("What kind of wine do the bodegas of La Rioja make?")).doesNotContain("kind");
  }

  @Test
  void aCapitalisedQuestionWordInsideTheQuestionIsAName() {
    // "Wen" asks whom in German, but "Wen Jiabao" is a name; lower case it asks.
    assertThat(words("Wann traf Wen Jiabao den Bürgermeister von Lund?")).contains("Wen", "Jiabao");
    assertThat(words("Wann traf wen der Bürgermeister von Lund?")).doesNotContain("wen");
    // "Art" is a noun on its own ("die Art der Sanierung"), a question word only as "welche Art"
    assertThat(words("Wie lange dauerte die Art der Sanierung?")).contains("Art");
  }

  private static List<String> words(String question) {
    return bot.retriever().retrieve(question).concepts().stream().map(Retrieval.Concept::word).toList();
  }
}
