package briefbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import briefbot.app.Briefbot;
import briefbot.retrieval.Passage;
import briefbot.testing.HandMadeCorpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** An article up to a passage, its earlier paragraphs read once for all the passages an answer asks about. */
@ExtendWith(HandMadeCorpus.InTempFolder.class)
class EarlierParagraphsTest {

  static Briefbot bot;

  @BeforeAll
  static void open(HandMadeCorpus corpus) {
    bot = corpus
        .article("tait", "en", "Tait leads the sevens",
            "Mathew Tait was named captain of the sevens squad on Monday.",
            "The squad travels to Dubai next week.",
            "Coaches praised the young players.",
            "\"We are ready,\" said Tait.")
        .article("jones", "en", "Alice Jones on tour",
            "Alice Jones opens her tour in Leeds.",
            "Jones writes that the tour ends in May.")
        .open();
  }

  private static Passage passage(String articleId, String title, int paragraph, String text) {
    return new Passage(articleId, title, "test", null, null, "en", paragraph, null, text, null, 0);
  }

  @Test
  void eachPassageGetsItsArticleUpToItselfInWhateverOrderTheyAreAsked() {
    EarlierParagraphs earlier = new EarlierParagraphs(bot.retriever());
    Passage third = passage("tait", "Tait leads the sevens", 3, "Coaches praised the young players.");
    Passage fourth = passage("tait", "Tait leads the sevens", 4, "\"We are ready,\" said Tait.");
    Passage second = passage("tait", "Tait leads the sevens", 2, "The squad travels to Dubai next week.");
    Passage first = passage("tait", "Tait leads the sevens", 1,
        "Mathew Tait was named captain of the sevens squad on Monday.");

    assertThat(earlier.articleUpTo(third)).isEqualTo("Tait leads the sevens\n"
        + "Mathew Tait was named captain of the sevens squad on Monday.\n"
        + "The squad travels to Dubai next week.\nCoaches praised the young players.");
    assertThat(earlier.articleUpTo(first)).isEqualTo("Tait leads the sevens\n"
        + "Mathew Tait was named captain of the sevens squad on Monday.");
    assertThat(earlier.articleUpTo(fourth)).isEqualTo("Tait leads the sevens\n"
        + "Mathew Tait was named captain of the sevens squad on Monday.\n"
        + "The squad travels to Dubai next week.\nCoaches praised the young players.\n\"We are ready,\" said Tait.");
    assertThat(earlier.articleUpTo(second)).isEqualTo("Tait leads the sevens\n"
        + "Mathew Tait was named captain of the sevens squad on Monday.\nThe squad travels to Dubai next week.");
    Passage jones = passage("jones", "Alice Jones on tour", 2, "Jones writes that the tour ends in May.");
    assertThat(earlier.articleUpTo(jones))
        .isEqualTo("Alice Jones on tour\nAlice Jones opens her tour in Leeds.\n"
            + "Jones writes that the tour ends in May.");
  }
}
