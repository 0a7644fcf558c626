package briefbot.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import briefbot.answer.Answer;
import briefbot.answer.Question;
import briefbot.app.Briefbot;
import briefbot.testing.HandMadeCorpus;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A question keeps the words of its own language that another language lists as stop words: an English question's
 * "war" (German), "die" (German and Dutch), "son" (Spanish and French); a German question still drops its own.
 */
@ExtendWith(HandMadeCorpus.InTempFolder.class)
class OtherLanguagesStopWordsTest {

  static Briefbot bot;

  @BeforeAll
  static void open(HandMadeCorpus corpus) throws Exception {
    corpus.article("westphalia", "en", "The Peace of Westphalia",
        "The Thirty Years' War ended in 1648 with the Peace of Westphalia, which was signed in the cities of "
            + "Osnabrück and Münster after five years of talks between the envoys of the emperor and his enemies.");
    corpus.article("drought", "en", "Drought", "The drought ended in 1648.");
    corpus.article("painter", "en", "Painters in Arles",
        "Paul Gauguin painted beside Vincent van Gogh in Arles in 1888. Gauguin died in the Marquesas in 1903.");
    corpus.article("pope", "en", "Alexander Pope",
        "Alexander Pope (21 May 1688 – 30 May 1744) is regarded as the greatest English poet of his age.");
    corpus.article("cardinal", "en", "A cardinal",
        "The cardinal Alexander Farnese died in Rome in 1589, when the pope was Sixtus V.");
    corpus.article("organ", "en", "Chopin at the organ",
        "At a funeral in 1839 Chopin played the organ, a transcription of Franz Schubert's lied Die Gestirne.");
    corpus.article("paris", "en", "Chopin in Paris", "Chopin died in Paris in 1849, at the age of 39.");
    corpus.article("summit", "en", "A summit", "The UN called for talks after the summit in 2019.");
    corpus.article("krieg", "de", "Westfälischer Friede",
        "Der Dreißigjährige Krieg war 1648 mit dem Westfälischen Frieden zu Ende.");
    DictdFiles.write(corpus.folderFor("BRIEFBOT_DICTIONARIES"), "eng", "deu", "war /wɔː/\nKrieg <masc>\n",
        "die /daɪ/ <v>\nsterben <v>\n", "van /væn/\nLieferwagen <masc>\n",
        "un /ʌn/\nUNO <f>\n", "son /sʌn/\nSohn <masc>\n", "hard /hɑːd/ <adj>\nhart <adj>\n");
    DictdFiles.write(corpus.folderFor("BRIEFBOT_DICTIONARIES"), "deu", "eng", "Krieg <masc>\nwar <n>\n");
    bot = corpus.open();
  }

  private static List<String> words(String question) {
    return bot.retriever().retrieve(question).concepts().stream().map(Retrieval.Concept::word).toList();
  }

  @Test
  void anEnglishQuestionKeepsAWordAnotherLanguageListsAsAStopWord() {
    assertThat(words("Which war ended in 1648?")).as("a German stop word, an English noun").contains("war");
    assertThat(words("When did Gauguin die?")).as("the event 'when' asks the time of").contains("die");
    assertThat(words("Gauguin painted during what war?")).as("a name that opens the question").contains("war");
    // a capitalised word after it would make it a name's particle ("van Gogh"), but not after a possessive
    assertThat(words("Who painted the ruler whose son Gauguin taught?")).as("after a possessive").contains("son");
    assertThat(words("Who painted the ruler's son Gauguin taught?")).as("after a possessive 's").contains("son");
  }

  @Test
  void theWarIsAnsweredFromTheParagraphAboutTheWar() {
    // with "war" dropped the question read "ended 1648", and the short paragraph on the drought matched it best
    Answer answer = bot.answerer().ask(Question.of("Which war ended in 1648?"));
    assertThat(answer).as(answer.text()).isInstanceOf(Answer.Grounded.class);
    Answer.Grounded grounded = (Answer.Grounded) answer;
    assertThat(grounded.citations()).isNotEmpty();
    assertThat(grounded.citations().get(0).articleId()).isEqualTo("westphalia");
  }

  @Test
  void theQuestionsDieFindsTheTextsDied() {
    // the English stemmer keeps "die" whole and reads "died" as "di"
    Retrieval retrieval = bot.retriever().retrieve("When did Gauguin die?");
    int die = retrieval.concepts().stream().map(Retrieval.Concept::word).toList().indexOf("die");
    assertThat(die).isNotNegative();
    assertThat(bot.retriever().matches(retrieval, "Gauguin died in the Marquesas in 1903.", "en").get(die)).isTrue();
  }

  @Test
  void theQuestionsDieFindsALifeDateBracket() {
    // an English text gives the death only in the bracket beside the name; without reading it the cardinal's "died"
    // held more of the question than the poet's paragraph
    Retrieval retrieval = bot.retriever().retrieve("When did Alexander Pope die?");
    int die = retrieval.concepts().stream().map(Retrieval.Concept::word).toList().indexOf("die");
    assertThat(die).isNotNegative();
    String sentence = "Alexander Pope (21 May 1688 – 30 May 1744) is regarded as the greatest English poet of his age.";
    assertThat(bot.retriever().matches(retrieval, sentence, "en").get(die)).isTrue();
    Answer answer = bot.answerer().ask(Question.of("When did Alexander Pope die?"));
    assertThat(answer).as(answer.text()).isInstanceOf(Answer.Grounded.class);
    assertThat(((Answer.Grounded) answer).citations().get(0).articleId()).isEqualTo("pope");
  }

  @Test
  void aTitlesArticleIsNotTheQuestionsWord() {
    // "Die" before a capitalised word no dictionary lists is a German title's article in an English text; with it read
    // as the verb, the song's sentence held every word of the question
    Retrieval retrieval = bot.retriever().retrieve("What year did Chopin die?");
    int die = retrieval.concepts().stream().map(Retrieval.Concept::word).toList().indexOf("die");
    assertThat(die).isNotNegative();
    assertThat(bot.retriever().matches(retrieval, "Chopin played Schubert's lied Die Gestirne.", "en").get(die))
        .as("a title's article").isFalse();
    assertThat(bot.retriever().matches(retrieval, "Chopin watched Die Hard.", "en").get(die))
        .as("before a common English word").isTrue();
    assertThat(bot.retriever().matches(retrieval, "Chopin did not want to die in Paris.", "en").get(die)).isTrue();
    Answer answer = bot.answerer().ask(Question.of("What year did Chopin die?"));
    assertThat(answer).as(answer.text()).isInstanceOf(Answer.Grounded.class);
    assertThat(((Answer.Grounded) answer).citations().get(0).articleId()).isEqualTo("paris");
  }

  @Test
  void anotherLanguagesStopWordStaysOutWhereTheDictionaryHasNoWordANameFollowsOrNothingIsNamed() {
    assertThat(words("Who painted beside Vincent van Gogh?")).as("a particle of a name").doesNotContain("van");
    assertThat(words("What did Kim Jong-un say at the summit?")).as("a hyphenated name's piece").contains("Kim")
        .doesNotContain("un");
    assertThat(words("Which era ended in 1648?")).as("the dictionary lists no 'era'").doesNotContain("era");
    assertThat(words("When did he die?")).as("a question that names nothing").doesNotContain("die");
  }

  @Test
  void aGermanQuestionStillDropsItsOwnStopWords() {
    assertThat(words("Wann war der Krieg zu Ende?")).contains("Krieg").doesNotContain("war", "der", "zu");
  }
}
