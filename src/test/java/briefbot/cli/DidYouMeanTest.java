package briefbot.cli;

import static briefbot.corpus.ArticleFile.anArticle;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A refusal's "Did you mean …?" as a careful spell checker offers it: for a misspelt word of any kind, as the articles
 * write the word (capitals and accents), never for a word spelt right that no article writes.
 */
class DidYouMeanTest {

  /** Where Debian's wordnet-base puts WordNet, the English dictionary asked (BRIEFBOT_THESAURUS's default). */
  private static final Path WORDNET = Path.of("/usr/share/wordnet");

  @TempDir
  static Path dir;

  static Map<String, String> env;

  @BeforeAll
  static void corpus() {
    Path corpus = dir.resolve("corpus");
    anArticle("zurich-budget").language("en").title("Zürich approves its budget")
        .paragraph("The government of Zürich approved the city's budget for next year on Tuesday, after a long debate"
            + " in the council about schools and trams.")
        .paragraph("Zürich will spend more on trams, the government said.")
        .writeTo(corpus);
    anArticle("greene-novels").language("en").title("A Graham Greene novel is filmed again")
        .paragraph("A new film of Graham Greene's novel about Havana was announced in London, where Greene lived for"
            + " many years.")
        .writeTo(corpus);
    anArticle("japan-budget").language("en").title("Japan's parliament passes a budget")
        .paragraph("Japan's parliament passed the largest budget in its history on Friday, with more for defence.")
        .writeTo(corpus);
    anArticle("madrid-presupuesto").language("es").title("Madrid aprueba su presupuesto")
        .paragraph("El gobierno de Madrid aprobó el presupuesto de la ciudad para el año próximo, después de un largo"
            + " debate en el pleno sobre escuelas y tranvías.")
        .writeTo(corpus);
    env = Map.of("BRIEFBOT_CORPUS_DIR", corpus.toString(), "BRIEFBOT_DATA_DIR", dir.resolve("data").toString(),
        "BRIEFBOT_BASE_URL", "https://brief.example.org", "BRIEFBOT_HUNSPELL", spanishDictionary().toString());
  }

  /** A Hunspell dictionary of a few Spanish words, named as Debian's hunspell-es names its files. */
  private static Path spanishDictionary() {
    Path folder = dir.resolve("hunspell");
    try {
      Files.createDirectories(folder);
      Files.writeString(folder.resolve("es_ES.aff"), "SET UTF-8\n");
      Files.writeString(folder.resolve("es_ES.dic"), "3\ngobierno\ndirige\nquién\n");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return folder;
  }

  @Test
  void aFourLetterWordIsOfferedTheWordItLacksALetterOf() throws Exception {
    assertThat(answer("Who governs Japn?")).endsWith(" Did you mean Japan?");
  }

  @Test
  void aSpanishCommonWordIsOfferedWhereASpanishDictionaryIsInstalled() throws Exception {
    // without one a Spanish question's names alone are checked: "gobirno" could be a word the articles lack
    assertThat(answer("¿Quién dirige el gobirno?")).endsWith(" ¿Quiso decir gobierno?");
  }

  @Test
  void aMisspeltNameIsOfferedWithTheArticlesCapitalsAndAccents() throws Exception {
    assertThat(answer("Zurick")).endsWith(" Did you mean Zürich?");
    assertThat(answer("ZURICK")).as("typed in capitals").endsWith(" Did you mean ZÜRICH?");
  }

  @Test
  void aMisspeltCommonWordIsOfferedWhereADictionaryCanTellItIsNoWord() throws Exception {
    assumeThat(Files.isRegularFile(WORDNET.resolve("index.noun"))).as("wordnet-base installed").isTrue();
    assertThat(answer("Who leads the goverment?")).endsWith(" Did you mean government?");
  }

  @Test
  void aWordSpeltRightThatNoArticleWritesIsOfferedNothing() throws Exception {
    assumeThat(Files.isRegularFile(WORDNET.resolve("index.noun"))).as("wordnet-base installed").isTrue();
    assertThat(answer("Greece")).as("a name the corpus lacks, a letter from Greene").doesNotContain("Did you");
    assertThat(answer("Who would debase it?")).as("a common word the corpus lacks, a letter from debate")
        .doesNotContain("Did you");
  }

  /**
   * A refusal reads a dictionary only for a word the articles nearly write: one whose words the articles hold or are
   * far from reads no other language's (French's, the largest, costs about 0.7 s of CPU; here it cannot be read at
   * all, so reading it would fail the question).
   */
  @Test
  void aRefusalWhoseWordsNoArticleNearlyWritesReadsNoOtherLanguagesDictionary() throws Exception {
    Path folder = dir.resolve("hunspell-and-unreadable-french");
    Files.createDirectories(folder.resolve("fr.dic")); // a folder where the word file should be
    Files.writeString(folder.resolve("fr.aff"), "SET UTF-8\n");
    for (String file : new String[] {"es_ES.aff", "es_ES.dic"}) {
      Files.copy(spanishDictionary().resolve(file), folder.resolve(file));
    }
    Map<String, String> withFrench = new HashMap<>(env);
    withFrench.put("BRIEFBOT_HUNSPELL", folder.toString());

    assertThat(answer(withFrench, "¿Quién dirige el metro de Sevilla?")).doesNotContain("Quiso decir");
  }

  private static String answer(String question) throws Exception {
    return answer(env, question);
  }

  private static String answer(Map<String, String> env, String question) throws Exception {
    StringWriter out = new StringWriter();
    int code = Cli.run(new String[] {"ask", "--json", question}, env, new BufferedReader(new StringReader("")),
        new PrintWriter(out), new PrintWriter(new StringWriter()), Clock.systemUTC());
    assertThat(code).isZero();
    JsonNode json = new ObjectMapper().readTree(out.toString());
    assertThat(json.get("status").asText()).as(question).isEqualTo("no_answer");
    return json.get("answer").asText();
  }
}
