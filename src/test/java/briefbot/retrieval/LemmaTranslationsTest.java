package briefbot.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import briefbot.app.Briefbot;
import briefbot.testing.HandMadeCorpus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A German or Dutch question's inflected word that no dictionary entry lists (a genitive, a Latin plural) is translated as the lemma the Hunspell dictionary reads it as, and finds the English paragraph that
 * word translates to; a root the dictionaries do not hold as a headword, or a capitalised Dutch word (a name), is not;
 * without the Hunspell dictionaries, nothing changes.
 */
class LemmaTranslationsTest {

  @TempDir
  Path dir;

  /**
   * Hunspell dictionaries: German "Feuer" with its genitive; Dutch "criticus" with its Latin plural.
   */
  private Path hunspell() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("hunspell"));
    Files.write(folder.resolve("de_DE.aff"), List.of("SET UTF-8", "SFX S Y 1", "SFX S 0 s ."));
    Files.write(folder.resolve("de_DE.dic"), List.of("1", "Feuer/S"));
    Files.write(folder.resolve("nl.aff"), List.of("SET UTF-8", "SFX U Y 1", "SFX U us i us"));
    Files.write(folder.resolve("nl.dic"), List.of("1", "criticus/U"));
    return folder;
  }

  /**
   * English articles of one city, the shortest naming it twice: only the lemma's translation tells them apart. Dictionaries in dictd format, German-English, Dutch-English and back, that list only lemmas.
   */
  private Briefbot open(Path hunspell) throws Exception {
    HandMadeCorpus corpus = HandMadeCorpus.in(dir);
    corpus.article("fire", "en", "Lagos", "The fire in the city of Lagos burned for three days.");
    corpus.article("critics", "en", "Lagos", "Critics of the city of Lagos praised its new harbour.");
    corpus.article("city", "en", "Lagos", "The city of Lagos is a city.");
    Path folder = corpus.folderFor("BRIEFBOT_DICTIONARIES");
    DictdFiles.write(folder, "deu", "eng", "Feuer <n>\nfire <n>\n", "Stadt <n>\ncity <n>\n");
    DictdFiles.write(folder, "eng", "deu", "fire <n>\nFeuer <n>\n", "city <n>\nStadt <n>\n");
    DictdFiles.write(folder, "nld", "eng", "criticus\ncritic <n>\n",
        "stad\ncity <n>\n", "productie\nproduction <n>\n", "haven\nharbour <n>\n");
    DictdFiles.write(folder, "eng", "nld", "critic <n>\ncriticus\n",
        "city <n>\nstad\n", "production <n>\nproductie\n", "harbour <n>\nhaven\n");
    return corpus.setting("BRIEFBOT_HUNSPELL", hunspell.toString())
        .setting("BRIEFBOT_CACHE", dir.resolve("cache").toString())
        .setting("BRIEFBOT_WORD_LISTS", dir.resolve("no-lists").toString())
        .setting("BRIEFBOT_ISO_CODES", dir.resolve("no-iso-codes").toString()).open();
  }

  private static final String FIRE = "Wer sah den Rauch des Feuers in der Stadt Lagos?";
  private static final String CRITICS = "Wat vonden de critici van de stad Lagos?";

  @Test
  void anInflectedWordFindsTheParagraphItsLemmaTranslatesTo() throws Exception {
    try (Briefbot bot = open(hunspell())) {
      SoftAssertions.assertSoftly(soft -> {
        soft.assertThat(first(bot, FIRE)).as("Feuers: Feuer, fire").isEqualTo("fire");
        soft.assertThat(first(bot, CRITICS)).as("critici: criticus, critic").isEqualTo("critics");
      });
    }
  }

  @Test
  void withoutTheHunspellDictionariesTheInflectedWordIsUntranslated() throws Exception {
    try (Briefbot bot = open(Files.createDirectories(dir.resolve("empty")))) {
      SoftAssertions.assertSoftly(soft -> {
        soft.assertThat(first(bot, FIRE)).isNotEqualTo("fire");
        soft.assertThat(first(bot, CRITICS)).isNotEqualTo("critics");
      });
    }
  }

  @Test
  void onlyAWordsRootsThatAreHeadwordsTranslateIt() throws Exception {
    open(hunspell()).close(); // writes the dictionaries
    Translations dictionaries = Translations.load(dir.resolve("briefbot_dictionaries"), dir.resolve("cache"));
    Translations lemmas = new LemmaTranslations(dictionaries, (language, word) -> switch (word) {
      case "critici", "Critici" -> List.of("criticus");
      case "kritici" -> List.of("kriticus");
      case "Feuers" -> List.of("Feuer");
      default -> List.of();
    });
    assertThat(dictionaries.weighted("critici", "nl", "en")).as("the dictionaries alone").isEmpty();
    assertThat(dictionaries.weighted("Feuers", "de", "en")).as("the dictionaries alone").isEmpty();
    assertThat(lemmas.weighted("critici", "nl", "en")).containsOnlyKeys("critic");
    assertThat(lemmas.weighted("critici", "nl")).containsKey("en");
    assertThat(lemmas.weighted("Feuers", "de", "en")).as("a German noun is capitalised").containsOnlyKeys("fire");
    assertThat(lemmas.weighted("Critici", "nl", "en")).as("a capitalised Dutch word is a name's").isEmpty();
    assertThat(lemmas.weighted("kritici", "nl", "en")).as("kriticus is no headword").isEmpty();
    assertThat(lemmas.weighted("stad", "nl", "en")).as("a word with its own entry").containsOnlyKeys("city");
  }

  /**
   * The article of the passage BM25 alone ranked best (the verdict orders the passages it answers from): the test
   * embeddings read "critici" near "critics" by its letters.
   */
  private static String first(Briefbot bot, String question) {
    Retrieval found = bot.retriever().lexical().retrieve(question);
    assertThat(found.passages()).as(question).isNotEmpty();
    return found.passages().stream().max(Comparator.comparingDouble(Passage::score)).orElseThrow().articleId();
  }
}
