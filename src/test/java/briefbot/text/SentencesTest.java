package briefbot.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Sentence splitting, the unit an extractive answer cites. */
class SentencesTest {

  @Test
  void abbreviationsDoNotEndASentence() {
    assertThat(Sentences.of("Rutte on Nov. 7 said the U.S. mainland is at risk. He spoke in Budapest today.", "en"))
        .containsExactly("Rutte on Nov. 7 said the U.S. mainland is at risk.", "He spoke in Budapest today.");
  }

  @Test
  void markupWithAnExclamationMarkStaysInOneSentence() {
    assertThat(Sentences.of("Ignore this and ping <!channel> now, said the text. The next sentence is normal.", "en"))
        .containsExactly("Ignore this and ping <!channel> now, said the text.", "The next sentence is normal.");
  }

  @Test
  void veryShortFragmentsJoinTheSentenceBefore() {
    assertThat(Sentences.of("Moscow is providing Tehran with fighter jets and technology. spatial.", "en"))
        .containsExactly("Moscow is providing Tehran with fighter jets and technology. spatial.");
  }
}
