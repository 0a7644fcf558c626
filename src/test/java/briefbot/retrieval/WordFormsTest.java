package briefbot.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import briefbot.app.Briefbot;
import briefbot.index.IndexFields;
import briefbot.index.TextAnalysis;
import briefbot.testing.HandMadeCorpus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A German question's word is also searched in the other forms the installed Hunspell dictionary lists ("verkaufen":
 * verkauft), never in a form that adds or drops a prefix ("kaufen"); Dutch is not looked up; without the dictionary,
 * as before. A word's roots (what {@link LemmaTranslations} translates it by) likewise begin as it does.
 */
class WordFormsTest {

  @TempDir
  Path dir;

  /**
   * Dictionaries in Hunspell's format in the folder the setting names: German "kaufen" with its -t and its prefix
   * ver-, Dutch "verkoop" with its -t (read for its roots only), Spanish "compra" with its plural (never read).
   */
  private Path dictionaries() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("hunspell"));
    Files.write(folder.resolve("de_DE.aff"), List.of("SET UTF-8", "SFX A Y 1", "SFX A en t en",
        "PFX C Y 1", "PFX C 0 ver ."));
    Files.write(folder.resolve("de_DE.dic"), List.of("2", "kaufen/AC", "Frühling"));
    Files.write(folder.resolve("nl.aff"), List.of("SET UTF-8", "SFX A Y 1", "SFX A 0 t ."));
    Files.write(folder.resolve("nl.dic"), List.of("1", "verkoop/A"));
    Files.write(folder.resolve("es_ES.aff"), List.of("SET UTF-8", "SFX S Y 1", "SFX S 0 s ."));
    Files.write(folder.resolve("es_ES.dic"), List.of("1", "compra/S"));
    return folder;
  }

  private Briefbot open(Path dictionaries) {
    HandMadeCorpus corpus = HandMadeCorpus.in(dir);
    corpus.article("auktion", "de", "Auktion", "Die Gemeinde verkauft im Frühling alte Fahrräder.");
    corpus.article("museum", "de", "Museum", "Jeden Frühling zeigt das Museum Gemälde.");
    // "verkaufen" written somewhere: a word no paragraph writes is respelled to a near one ("verkauft") instead
    corpus.article("markt", "de", "Markt",
        "Auf dem Markt verkaufen Bauern jede Woche Gemüse, Obst, Brot und Käse an die Leute aus der Gegend.");
    return corpus.setting("BRIEFBOT_HUNSPELL", dictionaries.toString())
        .setting("BRIEFBOT_WORD_LISTS", dir.resolve("no-lists").toString())
        .setting("BRIEFBOT_DICTIONARIES", dir.resolve("no-dictionaries").toString()).open();
  }

  @Test
  void aQuestionsWordFindsTheParagraphThatWritesItInAnotherForm() throws Exception {
    try (Briefbot bot = open(dictionaries())) {
      Retrieval retrieval = bot.retriever().retrieve("Was verkaufen sie im Frühling?");
      assertThat(best(retrieval)).as("only it matches both words: \"verkauft\" for \"verkaufen\"")
          .isEqualTo("auktion");
    }
  }

  @Test
  void withoutTheDictionaryTheOtherFormIsNotSearched() throws Exception {
    try (Briefbot bot = open(Files.createDirectories(dir.resolve("empty")))) {
      Retrieval retrieval = bot.retriever().retrieve("Was verkaufen sie im Frühling?");
      assertThat(best(retrieval)).as("it matches one word of two, as the others do").isNotEqualTo("auktion");
    }
  }

  /** The article of the passage the retrieval ranked best (the verdict orders the passages it answers from). */
  private static String best(Retrieval retrieval) {
    return retrieval.passages().stream().max(Comparator.comparingDouble(Passage::score)).orElseThrow().articleId();
  }

  @Test
  void theFormsAreTheDictionarysSameStartedOnesStemmedAsTheBodyField() throws Exception {
    TextAnalysis analysis = TextAnalysis.of(dir.resolve("no-lists"), dictionaries());
    String german = IndexFields.body("de");
    assertThat(analysis.forms(german, "verkaufen")).as("verkauft; not kaufen, kauft").containsExactly("verkauft");
    assertThat(analysis.forms(german, "Verkauft")).containsExactly("verkauf");
    assertThat(analysis.forms(german, "kauft")).as("the word's own start only: no verkaufen").containsExactly("kauf");
    assertThat(analysis.forms(german, "Fahrräder")).as("a word the dictionary does not know").isEmpty();
    assertThat(analysis.forms(german, "2012")).as("a number").isEmpty();
    assertThat(analysis.forms(IndexFields.body("nl"), "verkoop")).as("Dutch is not looked up").isEmpty();
    assertThat(analysis.forms(IndexFields.body("en"), "sells")).as("English has no dictionary").isEmpty();
    assertThat(TextAnalysis.of(dir.resolve("no-lists"), null).forms(german, "verkaufen"))
        .as("no dictionary folder").isEmpty();
  }

  @Test
  void theRootsAreTheWordsItIsAFormOfThatBeginAsItDoes() throws Exception {
    TextAnalysis analysis = TextAnalysis.of(dir.resolve("no-lists"), dictionaries());
    assertThat(analysis.roots("de", "kauft")).containsExactly("kaufen");
    assertThat(analysis.roots("de", "verkauft")).as("ver- is a prefix the dictionary strips: another word").isEmpty();
    assertThat(analysis.roots("de", "kaufen")).as("the word itself").isEmpty();
    assertThat(analysis.roots("nl", "verkoopt")).as("Dutch roots are read").containsExactly("verkoop");
    assertThat(analysis.roots("en", "sells")).as("English has no dictionary").isEmpty();
    assertThat(analysis.roots("es", "compras")).as("Spanish is not read").isEmpty();
    assertThat(TextAnalysis.of(dir.resolve("no-lists"), null).roots("de", "kauft")).as("no dictionary folder")
        .isEmpty();
  }

  @Test
  void theDictionariesReadAheadServeTheirWordsWithoutReadingTheFilesAgain() throws Exception {
    Path folder = dictionaries();
    TextAnalysis analysis = TextAnalysis.of(dir.resolve("no-lists"), folder);
    analysis.readDictionariesAhead().join();
    try (var files = Files.list(folder)) {
      for (Path file : files.toList()) {
        Files.delete(file);
      }
    }
    assertThat(analysis.roots("nl", "verkoopt")).as("read before the files went").containsExactly("verkoop");
    assertThat(analysis.forms(IndexFields.body("de"), "verkaufen")).containsExactly("verkauft");
  }
}
