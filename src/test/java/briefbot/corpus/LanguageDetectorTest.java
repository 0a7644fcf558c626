package briefbot.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Language detection on questions as short as people type them, and on article text. */
class LanguageDetectorTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "Where did Biden meet Yoon and Ishiba? | en",
      "Waar ontmoette Biden Yoon en Ishiba? | nl",
      "Levert Rusland technologie aan Noord-Korea volgens Rutte? | nl",
      "Wat levert Poetin? | nl",
      "Wie viele Soldaten hat Nordkorea nach Russland geschickt? | de",
      "Combien de soldats la Corée du Nord a-t-elle envoyés en Russie ? | fr",
      "¿Cuántos soldados ha enviado Corea del Norte a Rusia? | es",
      "Biden Yoon Ishiba | en",
  })
  void detects(String text, String language) {
    assertThat(LanguageDetector.detect(text, "en")).isEqualTo(language);
  }

  @ParameterizedTest(name = "question {0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "Wie viele Provinzen gibt es in Afghanistan? | de",
      "In welchem Jahr erhielt sie die Auszeichnung? | de",
      "Was tat Goldman weiterhin, als er in die Staaten zurückkehrte? | de",
      "Wofür steht mtDNA? | de",
      "Kan ik huurtoeslag krijgen? | nl",
      "Mag ik in Nederland sneeuwkettingen gebruiken? | nl",
      "¿Quién escribió el libro? | es",
      "Who wrote the book? | en",
      "Biden Yoon Ishiba | en",
      // an interrogative only one language has settles a short question that shares "in" or "die" with others
      "In welchem Berufszweig startete Fossey? | de",
      "Wer unterteilte die Spiralgalaxien in Unterkategorien? | de",
      "Wann promovierte Kamen in physikalischer Chemie? | de",
      "In which year was Kamen born? | en",
      "Waar ligt Den Haag? | nl",
      "¿Donde nació Kamen? | es",
      // a German preposition English spells too ("an") tells German where "was" is both languages' word
      "Was liefert Russland an den Iran? | de",
      "Was war anders an Tubmans letzter Flucht? | de",
      "Was an agreement reached in Geneva? | en",
      "Was it an accident? | en",
      // Dutch "of" is "or": with "mijn" it outweighs the "is" and "of" English has too
      "Is mijn beschadigde paspoort of identiteitskaart geldig? | nl",
      "Is it one of the oldest? | en",
  })
  void detectsQuestions(String text, String language) {
    assertThat(LanguageDetector.detectQuestion(text, "en")).isEqualTo(language);
  }
}
