package briefbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code briefbot corpus check} on a temp corpus: what cleaning dropped, made headings and cut, and warnings. */
class CorpusCheckCommandTest {

  @TempDir
  Path dir;

  private record Run(int code, String out, String err) {}

  private Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Map<String, String> env = Map.of("BRIEFBOT_CORPUS_DIR", dir.resolve("corpus").toString(),
        "BRIEFBOT_DATA_DIR", dir.resolve("data").toString());
    int code = Cli.run(args, env, new BufferedReader(new StringReader("")), new PrintWriter(out), new PrintWriter(err),
        Clock.systemUTC());
    return new Run(code, out.toString(), err.toString());
  }

  private void file(String name, String text, Charset charset) throws IOException {
    Files.writeString(dir.resolve("corpus").resolve(name), text, charset);
  }

  @BeforeEach
  void corpus() throws IOException {
    Files.createDirectories(dir.resolve("corpus"));
    List<String> sentences = new ArrayList<>();
    for (int i = 1; i <= 30; i++) {
      sentences.add("De gemeente Utrecht meldde op dag " + i + " dat het aantal fietsers opnieuw is gestegen.");
    }
    file("dpg-brieven.txt", """
        ---
        title: "Brieven"
        language: nl
        published: 2024-05-01
        ---
        Stuur uw mening naar brieven@volkskrant.nl Deze krant gebruikt uw persoonsgegevens. Voor meer informatie, zie ons privacystatement. %s
        """.formatted(String.join(" ", sentences)), StandardCharsets.UTF_8);
    file("bbc-beer.txt", """
        ---
        title: "Brewers turn to beer-flavoured drinks"
        language: en
        ---
        Brewers turn to beer-flavoured drinks

        Japanese brewers are increasingly making money from beer-flavoured drinks rather than beer itself

        Sales of so-called happoshu, which contains less malt and is taxed less, rose by 10% last year.

        Outlook for Growth and Prices

        Kirin said it expected the trend to continue as consumers look for cheaper drinks.
        """, StandardCharsets.UTF_8);
    file("latin.txt", """
        ---
        title: "Café"
        language: fr
        published: 2024-05-02
        ---
        Le café de la gare a fermé ses portes après soixante ans, a annoncé la mairie mercredi.

        Les habitués regrettent déjà leur rendez-vous du matin près du quai, et le patron part à la retraite.
        """, StandardCharsets.ISO_8859_1);
    file("brief.txt", """
        ---
        title: "Bridge closed"
        language: en
        published: 2024-05-04
        ---
        The old bridge over the river is closed until Friday.
        """, StandardCharsets.UTF_8);
    file("plain.txt", """
        ---
        title: "Rates held"
        language: en
        published: 2024-05-03
        ---
        The central bank kept its main interest rate at 4.75% on Thursday, as most economists expected.

        Two members voted for a cut of a quarter of a percentage point, citing weak growth.
        """, StandardCharsets.UTF_8);
  }

  @Test
  void listsPerArticleWhatCleaningDidAndSumsItUp() {
    // bbc-beer is listed for its heading, not for the repeated title every BBC file has; plain.txt is not listed.
    Run run = run("corpus", "check");

    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).contains(
        "bbc-beer.txt  \"Brewers turn to beer-flavoured drinks\"  3 paragraphs, en\n"
            + "  dropped (title repeated): Brewers turn to beer-flavoured drinks\n"
            + "  heading: Outlook for Growth and Prices\n",
        "dpg-brieven.txt  \"Brieven\"  ",
        "  dropped (letters page): Stuur uw mening naar brieven@volkskrant.nl\n",
        "  dropped (privacy notice): Deze krant gebruikt uw persoonsgegevens. Voor meer informatie, zie ons privacystatement.\n",
        "  cut: a paragraph of 2,",
        "latin.txt  \"Café\"  2 paragraphs, fr\n  warning: not UTF-8: read as Windows-1252 (Latin-1)\n",
        "brief.txt  \"Bridge closed\"  1 paragraph, en\n  warning: only 10 words of text\n");
    assertThat(run.out()).as("a lead without a full stop is no heading")
        .doesNotContain("heading: Japanese brewers").doesNotContain("plain.txt");
    assertThat(run.out().lines().toList().getLast()).startsWith("5 articles, ")
        .contains("3 lines or sentences dropped as cruft (", "letters page 1", "privacy notice 1", "title repeated 1",
            "1 section title;", "1 paragraph cut into ", "2 warnings", "1 without a date");
  }

  @Test
  void jsonIsOneObjectForEveryArticleAndIdsPickArticles() throws IOException {
    Run run = run("corpus", "check", "--json", "dpg-brieven", "plain");

    assertThat(run.code()).as(run.err()).isZero();
    List<String> lines = run.out().lines().toList();
    assertThat(lines).hasSize(2);
    JsonNode dpg = new ObjectMapper().readTree(lines.get(0));
    assertThat(dpg.path("id").asText()).isEqualTo("dpg-brieven");
    assertThat(dpg.path("dropped")).extracting(d -> d.path("rule").asText())
        .containsExactly("letters page", "privacy notice");
    JsonNode cut = dpg.path("cuts").get(0);
    assertThat(cut.path("first").asInt()).isEqualTo(1);
    assertThat(cut.path("last").asInt()).isEqualTo(dpg.path("paragraphs").asInt()).isGreaterThan(1);
    JsonNode plain = new ObjectMapper().readTree(lines.get(1));
    assertThat(plain.path("dropped")).isEmpty();
    assertThat(plain.path("warnings")).isEmpty();
    assertThat(plain.path("paragraphs").asInt()).isEqualTo(2);
  }

  @Test
  void aFileThatCannotBeReadIsListedAndTheExitCodeSaysSo() throws IOException {
    Files.write(dir.resolve("corpus").resolve("broken.txt"), new byte[] {'a', 0, 'b'});

    Run run = run("corpus", "check", "--all");

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.out()).contains("broken.txt  not read: binary file, not text\n",
        "plain.txt  \"Rates held\"  2 paragraphs, en\n");
    assertThat(run.out().lines().toList().getLast()).endsWith("; 1 file not read");
  }

  @Test
  void anUnknownArticleOrAMissingFolderIsOneClearLine() throws IOException {
    Run unknown = run("corpus", "check", "nope");
    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.err()).isEqualTo("briefbot: no article nope in " + dir.resolve("corpus") + "\n");

    Run missing = run("corpus", "check", "--corpus", dir.resolve("elsewhere").toString());
    assertThat(missing.code()).isEqualTo(1);
    assertThat(missing.err()).startsWith("briefbot: corpus folder not found: " + dir.resolve("elsewhere"));
  }
}
