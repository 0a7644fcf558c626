package briefbot.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EnglishFormsTest {

  @Test
  void aShortVerbsPastOrPresentParticipleReadsAsTheVerbWithItsSilentE() {
    assertThat(EnglishForms.verbBases("used")).contains("use");
    assertThat(EnglishForms.verbBases("using")).contains("use");
    assertThat(EnglishForms.verbBases("died")).contains("die");
    assertThat(EnglishForms.verbBases("aged")).contains("age");
  }

  @Test
  void aWordThatOnlyEndsLikeAShortVerbsFormIsNoFormOfIt() {
    // "seed" is no past of "see", nor "shed" of "she"; "red" and "bed" leave a single letter
    assertThat(EnglishForms.verbBases("seed")).doesNotContain("see", "se");
    assertThat(EnglishForms.verbBases("need")).doesNotContain("nee", "ne");
    assertThat(EnglishForms.verbBases("shed")).doesNotContain("she", "sh");
    assertThat(EnglishForms.verbBases("red")).containsExactly("red");
    assertThat(EnglishForms.verbBases("bed")).containsExactly("bed");
  }
}
