package briefbot.retrieval;

import static briefbot.corpus.ArticleFile.write;
import static org.assertj.core.api.Assertions.assertThat;

import briefbot.app.Briefbot;
import briefbot.testing.SeedCorpus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A decade or century an English question names is mentioned by a German or Spanish paragraph that writes it in its
 * own way ("1980er", "los años ochenta", "18. Jahrhundert", "siglo XVIII"); one no paragraph names still is not.
 */
class PeriodsAcrossLanguagesTest {

  @TempDir
  static Path dir;

  static Briefbot german;

  /** Spanish articles only, none with an "18" that would give the question's "18th" a weight of its own. */
  static Briefbot spanish;

  @BeforeAll
  static void open() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("de").resolve("corpus"));
    write(corpus, "kraftwerk", "de", "Kraftwerk",
        "In den 1980er Jahren spielte die Band Kraftwerk in Düsseldorf vor vollen Hallen.");
    write(corpus, "kuckucksuhr", "de", "Kuckucksuhren",
        "Im 18. Jahrhundert bauten Uhrmacher in Furtwangen die ersten Kuckucksuhren.");
    german = SeedCorpus.open(dir.resolve("de"), Map.of());
    corpus = Files.createDirectories(dir.resolve("es").resolve("corpus"));
    write(corpus, "futura", "es", "Radio Futura",
        "En los años ochenta, la banda Radio Futura grabó sus discos en Madrid.");
    write(corpus, "ignacio", "es", "San Ignacio Guazú",
        "En el siglo XVIII, los jesuitas de San Ignacio Guazú construyeron una iglesia de piedra.");
    spanish = SeedCorpus.open(dir.resolve("es"), Map.of());
  }

  @AfterAll
  static void close() {
    german.close();
    spanish.close();
  }

  @Test
  void aDecadeWrittenInAnotherLanguageIsMentioned() {
    assertThat(reason(german, "Where did Kraftwerk play in the 1980s?")).doesNotContain("never mention");
    assertThat(reason(spanish, "Where did Radio Futura record in the 1980s?")).doesNotContain("never mention");
    assertThat(reason(german, "Where did Kraftwerk play in the 1990s?")).contains("never mention 1990s");
  }

  @Test
  void aCenturyWrittenInAnotherLanguageOrNumeralIsMentioned() {
    assertThat(reason(spanish, "What did the Jesuits of San Ignacio Guazú build in the 18th century?"))
        .doesNotContain("never mention");
    assertThat(reason(german, "What did clockmakers in Furtwangen build in the 18th century?"))
        .doesNotContain("never mention");
    assertThat(reason(spanish, "What did the Jesuits of San Ignacio Guazú build in the 16th century?"))
        .contains("never mention 16th century");
  }

  private static String reason(Briefbot bot, String question) {
    return bot.retriever().retrieve(question).reason();
  }
}
