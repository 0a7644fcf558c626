package briefbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import briefbot.app.Briefbot;
import briefbot.testing.SeedCorpus;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On the seed articles (English and Dutch): a quoted sentence in another language than the question's carries a
 * short tag in the question's language, and a refusal is written in the question's language.
 */
class AnswerLanguageTest {

  @TempDir
  static Path dir;

  static Briefbot bot;

  @BeforeAll
  static void open() {
    bot = SeedCorpus.open(dir);
  }

  @AfterAll
  static void close() {
    bot.close();
  }

  private static Answer ask(String question) {
    return bot.answerer().ask(Question.of(question));
  }

  @Test
  void aDutchSentenceQuotedForAnEnglishQuestionIsTaggedInEnglish() {
    Answer answer = ask("Where did Biden meet Yoon and Ishiba?");
    assertThat(answer).isInstanceOf(Answer.Grounded.class);
    assertThat(answer.text()).contains("Peru").containsPattern("\\[\\d] \\(in Dutch\\)");
  }

  @Test
  void anEnglishSentenceQuotedForADutchQuestionIsTaggedInDutch() {
    Answer answer = ask("Wat geeft Moskou aan Teheran in ruil voor de steun van Iran?");
    assertThat(answer).isInstanceOf(Answer.Grounded.class);
    assertThat(answer.text()).containsPattern("\\[\\d] \\(in het Engels\\)").doesNotContain("(in Dutch)");
  }

  @Test
  void aSentenceInTheQuestionsLanguageHasNoTag() {
    Answer answer = ask("What does Putin supply North Korea with?");
    assertThat(answer).isInstanceOf(Answer.Grounded.class);
    assertThat(answer.text()).contains("fuel").doesNotContain("(in ");
  }

  @Test
  void theTagNamesTheLanguageInTheReadersOwn() {
    assertThat(ExtractiveComposer.languageTag("de", "en")).isEqualTo("(auf Englisch)");
    assertThat(ExtractiveComposer.languageTag("es", "de")).isEqualTo("(en alemán)");
    assertThat(ExtractiveComposer.languageTag("fr", "nl")).isEqualTo("(en néerlandais)");
  }

  @Test
  void aRefusalIsInTheQuestionsLanguage() {
    assertThat(ask("Was sagte der Papst über die Abrüstungsverhandlungen in Genf?").text())
        .startsWith("Ich habe in den Artikeln nichts gefunden");
    assertThat(ask("Wat zei de paus over de ontwapeningsgesprekken in Genève?").text())
        .startsWith("Ik vond niets in de artikelen");
  }
}
