package briefbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import briefbot.answer.Glossary;
import briefbot.retrieval.Translations;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The claim check's glossary over the dictionaries retrieval translates with. */
class WordSourcesTest {

  /**
   * Retrieval gives a German or Spanish translation its inflected forms as trusted as itself ("Stoltenbergs" beside
   * "Stoltenberg", 95df764): a name the dictionary translates as itself stays a name, not an ordinary word, and a word
   * with another word for a translation stays a word.
   */
  @Test
  void aTranslationsInflectedFormIsNoOtherWord() {
    Translations dictionaries = (word, language) -> switch (word) {
      case "stoltenberg" -> Map.of("de", Map.of("stoltenberg", 1.0, "stoltenbergs", 1.0));
      case "island" -> Map.of("es", Map.of("isla", 1.0, "islas", 1.0));
      case "test" -> Map.of("de", Map.of("test", 1.0, "tests", 1.0), "nl", Map.of("toets", 0.5));
      default -> Map.of();
    };
    Glossary glossary = WordSources.glossary(dictionaries, (language, word) -> List.of());

    assertThat(glossary.knows("stoltenberg", "en")).as("a name and its genitive").isFalse();
    assertThat(glossary.knows("test", "en")).as("no other word is sure").isFalse();
    assertThat(glossary.knows("island", "en")).as("isla is another word").isTrue();
  }

  /**
   * The sure translations are those both directions of a dictionary agree on: what a synonym of a claim's word may
   * reach another language by ("drop": druppel, not the loose vallen).
   */
  @Test
  void theSureTranslationsAreThoseBothDirectionsAgreeOn() {
    Translations dictionaries = (word, language) -> word.equals("drop")
        ? Map.of("nl", Map.of("druppel", 1.0, "vallen", 0.25)) : Map.of();
    Glossary glossary = WordSources.glossary(dictionaries, (language, word) -> List.of());

    assertThat(glossary.translations("drop", "en", "nl")).containsExactlyInAnyOrder("druppel", "vallen");
    assertThat(glossary.sureTranslations("drop", "en", "nl")).containsExactly("druppel");
  }
}
