package briefbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import briefbot.app.Service;
import briefbot.feeds.Feeds;
import briefbot.feeds.Stories;
import briefbot.feeds.TestSite;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code briefbot extract}: what would be stored from saved pages and from pages served on 127.0.0.1; nothing stored. */
class ExtractCommandTest {

  private static final UnaryOperator<Feeds.Options> LOOPBACK =
      options -> options.allowingLoopback().withHostDelay(Duration.ZERO);

  @TempDir
  Path dir;

  private record Run(int code, String out, String err) {}

  private Run run(UnaryOperator<Feeds.Options> fetching, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Map<String, String> env = Map.of("BRIEFBOT_CORPUS_DIR", dir.resolve("corpus").toString(),
        "BRIEFBOT_DATA_DIR", dir.resolve("data").toString(), "BRIEFBOT_BASE_URL", "http://briefbot.test");
    int code = Cli.run(args, new Cli.Context(env, new BufferedReader(new StringReader("")), new PrintWriter(out),
        new PrintWriter(err), Clock.systemUTC(), Service.Options.defaults().withFeeds(fetching)));
    return new Run(code, out.toString(), err.toString());
  }

  private Path saved(String name, String html) throws IOException {
    return Files.writeString(dir.resolve(name), html, StandardCharsets.UTF_8);
  }

  @Test
  void printsTheArticleOfAServedPageWithoutTheCruftAroundItAndStoresNothing() throws IOException {
    try (TestSite site = new TestSite()) {
      site.page(Stories.SOLAR.path(), "text/html; charset=utf-8", Stories.html(Stories.SOLAR));
      String url = site.url(Stories.SOLAR.path());

      Run run = run(LOOPBACK, "extract", url);

      assertThat(run.code()).as(run.err()).isZero();
      assertThat(run.out()).startsWith(url + "\n")
          .contains("  title:     " + Stories.SOLAR.title() + "\n", "  source:    Example News, " + url + "\n",
              "  language:  en\n", "  published: 2025-03-01\n", "  text:      4 paragraphs, ",
              "  [1] The port of Rotterdam switched on", "  ## Why build on water\n  [3] Engineers chose the water",
              "  [4] Environmental groups welcomed")
          .doesNotContain("Share on Facebook", "Photo: Agency", "Leave a comment", "Ten things", "not stored");
      assertThat(run.err()).isEmpty();
      assertThat(dir.resolve("corpus")).doesNotExist();
      assertThat(site.paths()).contains(Stories.SOLAR.path());
    }
  }

  @Test
  void jsonIsOneObjectALineForFilesAndUrlsInTheOrderGiven() throws IOException {
    Path dutch = saved("beelden.html", Stories.html(Stories.STATUES));
    Path short_ = saved("short.html", "<html><head><title>Menu</title></head><body><p>Home. About us. "
        + "Contact the editors of this small site today.</p><p>Subscribe.</p></body></html>");
    try (TestSite site = new TestSite()) {
      site.page(Stories.STRIKE.path(), "text/html; charset=utf-8", Stories.html(Stories.STRIKE));

      Run run = run(LOOPBACK, "extract", "--json", dutch.toString(), site.url(Stories.STRIKE.path()), short_.toString());

      assertThat(run.code()).as(run.err()).isZero();
      List<String> lines = run.out().lines().toList();
      assertThat(lines).hasSize(3);
      ObjectMapper mapper = new ObjectMapper();
      JsonNode file = mapper.readTree(lines.get(0));
      assertThat(file.path("input").asText()).isEqualTo(dutch.toString());
      assertThat(file.path("title").asText()).isEqualTo(Stories.STATUES.title());
      assertThat(file.path("language").asText()).isEqualTo("nl");
      assertThat(file.path("published").asText()).isEqualTo("2025-03-01");
      assertThat(file.path("stored").asBoolean()).isTrue();
      assertThat(file.path("url").isNull()).as("a saved file has no web address").isTrue();
      JsonNode paragraphs = file.path("paragraphs");
      assertThat(paragraphs).hasSize(4);
      assertThat(paragraphs.get(2).path("section").asText()).isEqualTo("Onderzoek naar herkomst");
      assertThat(paragraphs.get(0).path("text").asText()).startsWith("Het Rijksmuseum in Amsterdam geeft");
      assertThat(paragraphs.get(0).path("number").asInt()).isEqualTo(1);

      JsonNode page = mapper.readTree(lines.get(1));
      assertThat(page.path("url").asText()).isEqualTo(site.url(Stories.STRIKE.path()));
      assertThat(page.path("paragraphs").get(0).path("text").asText()).startsWith("Belgian rail workers began");

      JsonNode menu = mapper.readTree(lines.get(2));
      assertThat(menu.path("stored").asBoolean()).isFalse();
      assertThat(menu.path("reason").asText()).startsWith("not an article: only ").endsWith(" words of text on the page");
    }
  }

  @Test
  void eachBadInputGetsOneClearLineAndTheOthersAreStillShown() throws IOException {
    Path good = saved("good.html", Stories.html(Stories.GLACIER));
    try (TestSite site = new TestSite()) {
      Run run = run(UnaryOperator.identity(), "extract", dir.resolve("missing.html").toString(), good.toString(),
          site.url("/news/anything"), "ftp://example.org/a", dir.toString());

      assertThat(run.code()).isEqualTo(1);
      assertThat(run.err().lines().toList()).containsExactly(
          "briefbot: " + dir.resolve("missing.html") + ": no such file",
          "briefbot: " + site.url("/news/anything") + ": 127.0.0.1 is a loopback address: only public addresses are fetched",
          "briefbot: ftp://example.org/a: only http:// and https:// URLs can be fetched",
          "briefbot: " + dir + ": a folder, not a page");
      assertThat(run.out()).startsWith(good + "\n").contains("  [1] Swiss glaciers lost four percent");
      assertThat(site.requests()).isEmpty();
    }
  }

  @Test
  void aPageTheSiteRefusesIsReportedWithItsStatus() throws IOException {
    try (TestSite site = new TestSite()) {
      site.route("/gone", ex -> TestSite.send(ex, 404, "text/html", "<p>not here</p>"));

      Run run = run(LOOPBACK, "extract", "--json", site.url("/gone"));

      assertThat(run.code()).isEqualTo(1);
      assertThat(run.err()).isEqualTo("briefbot: " + site.url("/gone") + ": the page answered HTTP 404\n");
      assertThat(new ObjectMapper().readTree(run.out()).path("error").asText()).isEqualTo("the page answered HTTP 404");
    }
  }

  @Test
  void withoutAPageItSaysWhatItNeeds() {
    Run run = run(UnaryOperator.identity(), "extract");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).startsWith("Missing required parameter: 'FILE|URL'");
  }
}
