package briefbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import briefbot.app.Briefbot;
import briefbot.app.Service;
import briefbot.config.Config;
import briefbot.feeds.Feeds;
import briefbot.feeds.Stories;
import briefbot.feeds.TestSite;
import briefbot.testing.LogCapture;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code briefbot add URL} end to end: real HTTP from 127.0.0.1, real corpus, index and CLI. */
class AddCommandTest {

  @TempDir
  Path dir;

  private record Run(int code, String out, String err) {}

  private Run run(UnaryOperator<Feeds.Options> fetching, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Cli.run(args, new Cli.Context(env(), new BufferedReader(new StringReader("")), new PrintWriter(out),
        new PrintWriter(err), Clock.systemUTC(), Service.Options.defaults().withFeeds(fetching)));
    return new Run(code, out.toString(), err.toString());
  }

  private Map<String, String> env() {
    return Map.of("BRIEFBOT_CORPUS_DIR", dir.resolve("corpus").toString(), "BRIEFBOT_DATA_DIR", dir.resolve("data").toString(),
        "BRIEFBOT_BASE_URL", "http://briefbot.test");
  }

  @Test
  void addsOneArticlePrintsItAndItIsAnswerable() throws IOException {
    Files.createDirectories(dir.resolve("corpus"));
    try (TestSite site = new TestSite()) {
      site.page(Stories.SOLAR.path(), "text/html; charset=utf-8", Stories.html(Stories.SOLAR));
      String url = site.url(Stories.SOLAR.path());
      UnaryOperator<Feeds.Options> add = options -> options.allowingLoopback().withHostDelay(Duration.ZERO);

      Run added = run(add, "add", url);

      assertThat(added.code()).as(added.err()).isZero();
      assertThat(added.out()).startsWith("added \"" + Stories.SOLAR.title() + "\" as 2025-03-01-rotterdam-switches-on-")
          .contains("(4 paragraphs, en, from Example News)", "  [1] The port of Rotterdam switched on",
              "  [4] Environmental groups welcomed");
      assertThat(files()).singleElement().asString().endsWith(".md");

      Run again = run(Feeds.Options::allowingLoopback, "add", url);
      assertThat(again.out()).startsWith("already in the corpus as 2025-03-01-rotterdam");

      Run asked = run(add, "ask", "--json", "How many homes will the floating solar farm power?");
      JsonNode json = new ObjectMapper().readTree(asked.out());
      assertThat(json.path("status").asText()).isEqualTo("answered");
      assertThat(json.path("citations").get(0).path("originalUrl").asText()).startsWith(url + "#:~:text=");
    }
  }

  @Test
  void aSavedPageIsStoredThroughTheSameExtractionAndSaysWhereItWent() throws IOException {
    Files.createDirectories(dir.resolve("corpus"));
    Path page = Files.writeString(dir.resolve("saved page.html"), Stories.html(Stories.SOLAR));

    Run added = run(UnaryOperator.identity(), "add", page.toString());

    assertThat(added.code()).as(added.err()).isZero();
    assertThat(added.out()).startsWith("added \"" + Stories.SOLAR.title() + "\" as 2025-03-01-rotterdam-switches-on-")
        .contains("  [1] The port of Rotterdam switched on", "  [4] Environmental groups welcomed");
    Path stored = files().findFirst().orElseThrow();
    assertThat(added.out()).contains("stored as " + stored);
    assertThat(Files.readString(stored)).startsWith("---\ntitle: \"" + Stories.SOLAR.title() + "\"\nsource: ");

    Run asked = run(UnaryOperator.identity(), "ask", "--json", "How many homes will the floating solar farm power?");
    assertThat(new ObjectMapper().readTree(asked.out()).path("status").asText()).isEqualTo("answered");

    Run missing = run(UnaryOperator.identity(), "add", dir.resolve("nowhere.html").toString());
    assertThat(missing.code()).isEqualTo(1);
    assertThat(missing.err()).contains("is neither an http(s) URL nor a saved page (no such file)");
  }

  @Test
  void aSavedPageAddedBesideAServeSaysOnceThatTheServeIndexesIt() throws IOException {
    Files.createDirectories(dir.resolve("corpus"));
    Path page = Files.writeString(dir.resolve("page.html"), Stories.html(Stories.SOLAR));
    try (Briefbot serving = Briefbot.open(Config.fromEnv(env()), Clock.systemUTC());
        LogCapture log = LogCapture.start()) {
      Run added = run(UnaryOperator.identity(), "add", page.toString());

      assertThat(added.code()).as(added.err()).isZero();
      assertThat(added.out()).contains("note: another briefbot process (serve) holds the index; it indexes this article");
      assertThat(log.lines()).as("the same said again in log format, twice")
          .noneMatch(line -> line.contains("level=WARN") && line.contains("another briefbot process"));
    }
  }

  @Test
  void refusesALoopbackUrlWithOneClearLine() throws IOException {
    Files.createDirectories(dir.resolve("corpus"));
    try (TestSite site = new TestSite()) {
      Run refused = run(UnaryOperator.identity(), "add", site.url("/news/anything"));

      assertThat(refused.code()).isEqualTo(1);
      assertThat(refused.err()).isEqualTo(
          "briefbot: not added: 127.0.0.1 is a loopback address: only public addresses are fetched" + System.lineSeparator());
      assertThat(refused.out()).isEmpty();
      assertThat(site.requests()).isEmpty();
      assertThat(files()).isEmpty();
    }
  }

  private Stream<Path> files() throws IOException {
    return Files.list(dir.resolve("corpus")).toList().stream();
  }
}
