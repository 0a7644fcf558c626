package briefbot.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import briefbot.app.Briefbot;
import briefbot.testing.HandMadeCorpus;
import java.nio.file.Path;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A word of a name that no article writes is no longer held by a common word of the name ("Onur" of "Onur Air" by
 * another airline's "Air") where the articles read are in the question's language and the index holds no word spelled
 * near it; a German article's "Friedrich" for "Frederick" and an English one's "Shawn" for "Shaun" still hold theirs.
 */
class CommonWordOfANameTest {

  @TempDir
  static Path dir;

  @AutoClose
  static Briefbot english;

  @AutoClose
  static Briefbot german;

  @BeforeAll
  static void open() {
    english = HandMadeCorpus.in(dir.resolve("en"))
        .article("manas", "en", "Air Manas",
            "Air Manas leased an Airbus A320 from a Turkish lessor in 2012 to fly from Bishkek to Moscow.")
        .article("wozniak", "en", "Wozniak",
            "Wozniak signed for the Warsaw club in 2019 after two seasons in the second division.")
        .article("mendes", "en", "Shawn Mendes",
            "Shawn Mendes signed with Island Records in 2014 after his covers drew millions of viewers online.")
        .open();
    german = HandMadeCorpus.in(dir.resolve("de"))
        .article("preussen", "de", "Preußen",
            "König Friedrich Wilhelm IV. starb am 2. Januar 1861 in Potsdam; sein Bruder Wilhelm folgte ihm nach.")
        .open();
  }

  @Test
  void aNameWordNoArticleWritesIsNotHeldByTheNamesCommonWord() {
    assertThat(reason(english, "When did Onur Air lease the Airbus?")).isEqualTo("the articles never mention Onur");
    assertThat(weight(english, "When did Onur Air lease the Airbus?", "Onur")).isZero();
  }

  @Test
  void aNameWordNoArticleWritesIsStillHeldByAnotherWordOfTheName() {
    // "Wozniak" is no common word: as for "Biden" standing for "Joe Biden", the article may write the name in part
    assertThat(reason(english, "Which club did Jarek Wozniak sign for in 2019?")).doesNotContain("never mention");
  }

  @Test
  void aNameWordTheIndexHoldsANearSpellingOfKeepsItsStandIn() {
    // the name is still judged (the passage's "Shawn Mendes" is another's name or the same one's): not unheld
    assertThat(weight(english, "What record label did Shaun Mendes sign with in 2014?", "Shaun")).isPositive();
  }

  @Test
  void aNameWordAnArticleInAnotherLanguageWritesOtherwiseKeepsItsStandIn() {
    assertThat(reason(german, "When did King Frederick William IV die?")).doesNotContain("never mention");
  }

  private static double weight(Briefbot bot, String question, String word) {
    return bot.retriever().retrieve(question).concepts().stream().filter(c -> c.word().equals(word)).findFirst()
        .orElseThrow().weight();
  }

  private static String reason(Briefbot bot, String question) {
    return bot.retriever().retrieve(question).reason();
  }
}
