package briefbot.chat.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import briefbot.testing.BrowserTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A person on the chat page in headless Chromium: asks, sees the cited answer, clicks a citation, reads the paragraph. */
@BrowserTest
class ChatPageBrowserTest {

  private static final Duration PATIENCE = Duration.ofSeconds(30);
  private static final Path SCREENSHOTS = Path.of("target", "browser-test");

  @TempDir
  static Path dir;
  static TestServer server;

  @BeforeAll
  static void start() throws Exception {
    // on a workstation a missing browser skips the test; in CI it fails, so the browser test cannot vanish unseen
    String missing = "no chromium binary on PATH (apt-get install chromium)";
    if ("true".equals(System.getenv("CI"))) {
      assertThat(HeadlessChromium.binary()).as("CI=true: " + missing).isPresent();
    }
    assumeTrue(HeadlessChromium.binary().isPresent(), "browser test skipped: " + missing);
    server = TestServer.start(dir, List.of());
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void askSeeCitedAnswerClickACitationAndLandOnTheHighlightedParagraph(@TempDir Path profile) throws Exception {
    JsonNode expected = server.askAnswerable();
    try (HeadlessChromium browser = HeadlessChromium.launch(HeadlessChromium.binary().orElseThrow(), profile)) {
      browser.navigate(server.base + "/");
      browser.click("#question");
      browser.type(expected.get("question").asText());
      browser.pressEnter();
      browser.waitFor("document.querySelector('#log .exchange.answered a.cite')", PATIENCE);

      assertThat(browser.eval("document.querySelector('#log .exchange .q').textContent").asText())
          .isEqualTo(expected.get("question").asText());
      assertThat(browser.eval("document.querySelector('#log .exchange .a').textContent").asText())
          .isEqualTo(expected.get("answer").asText());
      List<String> urls = new ArrayList<>();
      expected.get("citations").forEach(c -> urls.add(c.get("url").asText()));
      assertThat(texts(browser, "[...document.querySelectorAll('#log .exchange .sources a.source')].map(a => a.href)"))
          .containsExactlyElementsOf(urls);
      List<String> markers = texts(browser, "[...document.querySelectorAll('#log .exchange .a a.cite')].map(a => a.textContent)");
      assertThat(markers).isNotEmpty().allSatisfy(m -> assertThat(expected.get("answer").asText()).contains(m));
      browser.screenshot(SCREENSHOTS.resolve("chat.png"));

      JsonNode cited = citation(expected, markers.get(0));
      browser.click("#log .exchange .a a.cite");
      browser.waitFor("location.pathname.startsWith('/articles/') && document.readyState === 'complete'", PATIENCE);

      assertThat(browser.eval("location.href").asText()).isEqualTo(cited.get("url").asText());
      String anchor = "p" + cited.get("paragraph").asInt();
      assertThat(browser.eval("location.hash").asText()).isEqualTo("#" + anchor);
      assertThat(browser.eval("document.querySelector(':target')?.id").asText()).isEqualTo(anchor);
      assertThat(browser.eval("document.querySelector(':target .text').textContent").asText())
          .isEqualTo(cited.get("text").asText());
      String highlight = browser.eval("getComputedStyle(document.querySelector(':target')).backgroundColor").asText();
      String plain = browser.eval("getComputedStyle(document.querySelector('.para:not(:target)')).backgroundColor").asText();
      assertThat(highlight).as("the target paragraph is highlighted").isNotEqualTo(plain).isNotEqualTo("rgba(0, 0, 0, 0)");
      assertThat(browser.eval("(() => { const r = document.querySelector(':target').getBoundingClientRect();"
          + " return r.top >= 0 && r.top < innerHeight; })()").asBoolean()).as("scrolled into view").isTrue();
      browser.screenshot(SCREENSHOTS.resolve("reader.png"));
    }
  }

  private static List<String> texts(HeadlessChromium browser, String expression) throws Exception {
    List<String> out = new ArrayList<>();
    browser.eval(expression).forEach(n -> out.add(n.asText()));
    return out;
  }

  private static JsonNode citation(JsonNode answer, String marker) {
    int n = Integer.parseInt(marker.replaceAll("\\D", ""));
    for (JsonNode c : answer.get("citations")) {
      if (c.get("n").asInt() == n) {
        return c;
      }
    }
    throw new AssertionError("no citation " + marker);
  }
}
