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
 * A decade or century an English question names is mentioned by a German or Spanish paragraph that writes it in its
 * own way ("1980er", "los años ochenta", "18. Jahrhundert", "siglo XVIII"); one no paragraph names still is not.
 */
class PeriodsAcrossLanguagesTest {

  @TempDir
  static Path dir;

  @AutoClose
  static Briefbot german;

  /** Spanish articles only, none with an "18" that would give the question's "18th" a weight of its own. */
  @AutoClose
  static Briefbot spanish;

  @BeforeAll
  static void open() throws Exception {
    HandMadeCorpus corpus = HandMadeCorpus.in(dir.resolve("de"));
    corpus.article("kraftwerk", "de", "Kraftwerk",
        "In den 1980er Jahren spielte die Band Kraftwerk in Düsseldorf vor vollen Hallen.");
    corpus.article("kuckucksuhr", "de", "Kuckucksuhren",
        "Im 18. Jahrhundert bauten Uhrmacher in Furtwangen die ersten Kuckucksuhren.");
    german = corpus.open();
    corpus = HandMadeCorpus.in(dir.resolve("es"));
    corpus.article("futura", "es", "Radio Futura",
        "En los años ochenta, la banda Radio Futura grabó sus discos en Madrid.");
    corpus.article("ignacio", "es", "San Ignacio Guazú",
        "En el siglo XVIII, los jesuitas de San Ignacio Guazú construyeron una iglesia de piedra.");
    spanish = corpus.open();
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
