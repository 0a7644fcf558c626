package briefbot.retrieval;

import static briefbot.corpus.ArticleFile.write;
import static org.assertj.core.api.Assertions.assertThat;

import briefbot.app.Briefbot;
import briefbot.testing.SeedCorpus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A name an English question writes is mentioned by a German paragraph that writes its dictionary translation with
 * another ending or a letter off ("Antarctica": the dictionary's "Antarktika", the paragraph's "Antarktis";
 * "Soviets": "Sowjets", "sowjetischen"); a name whose spelling and translations share only a short start with a
 * paragraph's word still is not ("Austria" beside "Australien").
 */
class TranslatedNamesTest {

  @TempDir
  static Path dir;

  static Briefbot german;

  @BeforeAll
  static void open() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    write(corpus, "grillen", "de", "Maulwurfsgrillen",
        "Maulwurfsgrillen leben auf allen Kontinenten außer der Antarktis, denn sie brauchen feuchten Boden.");
    write(corpus, "zerel", "de", "Zerel",
        "Im Oktober 1917 griffen deutsche Truppen die sowjetischen Batterien bei Zerel auf der Insel Ösel an.");
    write(corpus, "koalas", "de", "Koalas",
        "Koalas leben in den Eukalyptuswäldern im Osten von Australien und fressen fast nur deren Blätter.");
    german = SeedCorpus.open(dir, Map.of());
  }

  @AfterAll
  static void close() {
    german.close();
  }

  @Test
  void aTranslatedNameWrittenWithAnotherEndingIsMentioned() {
    assertThat(reason("Why can't mole crickets live in Antarctica?")).doesNotContain("never mention");
    assertThat(reason("When did German troops attack the Soviets at Zerel?")).doesNotContain("never mention");
  }

  @Test
  void theAnsweringPassageMustHoldANameFoundOnlyByANearSpellingOfItsTranslation() {
    // the koala paragraph answers the rest of the question; only the Zerel paragraph writes "sowjetischen"
    assertThat(reason("Which leaves did the Soviets feed koalas in eastern Australia?"))
        .isEqualTo("the passage never mentions Soviets");
  }

  @Test
  void aNameSharingOnlyAShortStartIsStillNeverMentioned() {
    assertThat(reason("Where do koalas live in Austria?")).contains("never mention Austria");
  }

  @Test
  void anotherEndingIsTheShorterWordLessItsLastLetterAtTheStartOfTheOther() {
    assertThat(NameSpellings.otherEnding("Sowjets", List.of("Truppen", "sowjetischen"))).isEqualTo("sowjetischen");
    assertThat(NameSpellings.otherEnding("Macedon", List.of("Macedonia"))).isEqualTo("Macedonia");
    assertThat(NameSpellings.otherEnding("Antarktika", List.of("Antarktis"))).isEqualTo("Antarktis");
    assertThat(NameSpellings.otherEnding("Austria", List.of("Australien"))).isNull();
    assertThat(NameSpellings.otherEnding("Paulus", List.of("Paul"))).isNull(); // a shared start under five letters
    assertThat(NameSpellings.otherEnding("Sowjets", List.of("Sowjet"))).isEqualTo("Sowjet");
    assertThat(NameSpellings.otherEnding("Anandibai", List.of("Anandis"))).as("the passage says less than the name").isNull();
  }

  private static String reason(String question) {
    return german.retriever().retrieve(question).reason();
  }
}
