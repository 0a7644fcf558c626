package briefbot.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import briefbot.app.Briefbot;
import briefbot.retrieval.Retrieval.Concept;
import briefbot.testing.HandMadeCorpus;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A name a Spanish or German paragraph writes with a possessive ("McDonald's") or only inside a web address
 * ("meetup.com") is mentioned for a question that writes the name alone; a name no paragraph writes still is not.
 */
class PossessivesAndAddressesTest {

  @TempDir
  static Path dir;

  @AutoClose
  static Briefbot spanish;

  @BeforeAll
  static void open() throws Exception {
    HandMadeCorpus corpus = HandMadeCorpus.in(dir);
    corpus.article("eslogan", "es", "Eslóganes",
        "McDonald's ha tenido veintitrés eslóganes oficiales en los mercados de Estados Unidos.");
    corpus.article("redes", "es", "Redes sociales",
        "Todas las redes sociales, como Facebook o meetup.com, utilizan Internet como medio.");
    spanish = corpus.open();
  }

  @Test
  void aNameWrittenWithAPossessiveIsMentioned() {
    assertThat(reason("¿Cuántos eslóganes oficiales ha tenido McDonald en Estados Unidos?"))
        .doesNotContain("never mention");
    // the index itself holds the name, not only a passage retrieval found for the question's other words
    assertThat(weight("¿Cuándo abrió McDonald su primer restaurante?", "es", "McDonald")).isPositive();
  }

  @Test
  void aNameGivenOnlyByAWebAddressIsMentioned() {
    assertThat(reason("¿Qué medio utilizan redes sociales como Facebook o Meetup?")).doesNotContain("never mention");
    assertThat(reason("What medium do social networks like Facebook or Meetup use?")).doesNotContain("never mention");
    assertThat(weight("Who founded Meetup?", "en", "Meetup")).isPositive();
  }

  @Test
  void aNameNoParagraphWritesIsStillNeverMentioned() {
    assertThat(reason("¿Qué medio utilizan redes sociales como Facebook o Myspace?"))
        .contains("never mention Myspace");
  }

  /** The weight the index alone gives a word of the question, before any passage is read. */
  private static double weight(String question, String language, String word) {
    Concepts concepts = new Concepts(spanish.index(), Translations.load(dir.resolve("none"), dir.resolve("cache")));
    List<Concept> asked = concepts.of(question, language, spanish.index().documentCount());
    return asked.stream().filter(c -> c.word().equals(word)).findFirst().orElseThrow().weight();
  }

  private static String reason(String question) {
    return spanish.retriever().retrieve(question).reason();
  }
}
