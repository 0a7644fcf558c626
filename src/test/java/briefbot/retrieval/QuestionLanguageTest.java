package briefbot.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import briefbot.corpus.LanguageDetector;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A short question whose few function words two languages share is read in the language its other words are. */
class QuestionLanguageTest {

  @TempDir
  static Path dir;
  static QuestionLanguage language;

  @BeforeAll
  static void dictionaries() throws IOException {
    DictdFiles.write(dir.resolve("dictd"), "deu", "eng", "Macht\npower\n", "Russland\nRussia\n", "Syrien\nSyria\n");
    DictdFiles.write(dir.resolve("dictd"), "eng", "deu", "closed\ngeschlossen\n", "power\nMacht\n");
    DictdFiles.write(dir.resolve("dictd"), "nld", "eng", "dicht\nclosed\n", "krijgen\nget\n", "subsidie\nsubsidy\n");
    language = new QuestionLanguage(Translations.load(dir.resolve("dictd"), dir.resolve("cache")));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      // was and in are English and German: the words only a German dictionary knows tell
      "Was macht Russland in Syrien? | de",
      // is is English and Dutch
      "Is Schiphol dicht? | nl",
      "Is Schiphol closed? | en",
      // no function word of any language: the dictionaries alone tell
      "Krijgen boeren subsidie? | nl",
      // nothing a dictionary knows either: English, as before
      "Was Putin in Iran? | en",
      // function words that tell are not overruled by a German word among them
      "Who holds power in Syrien? | en",
  })
  void readsAShortQuestionInTheLanguageItsWordsAre(String question, String expected) {
    assertThat(language.of(question, "en")).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {"Was macht Russland in Syrien?", "Is Schiphol dicht?"})
  void theFunctionWordsAloneTieThere(String question) {
    assertThat(LanguageDetector.questionLanguages(question)).hasSizeGreaterThan(1);
    assertThat(LanguageDetector.detectQuestion(question, "en")).isEqualTo("en");
  }
}
