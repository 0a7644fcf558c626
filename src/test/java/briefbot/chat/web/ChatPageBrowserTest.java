package briefbot.chat.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import briefbot.testing.BrowserTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A person on the chat page in headless Chromium, on a desktop and on a phone: asks, sees that Briefbot is searching,
 * sees the cited answer, clicks a citation, reads the highlighted paragraph with its source, date and language, and
 * goes back to the answer. Screenshots of each step land in target/browser-test.
 */
@BrowserTest
class ChatPageBrowserTest {

  private static final Duration PATIENCE = Duration.ofSeconds(30);
  private static final Path SCREENSHOTS = Path.of("target", "browser-test");
  /** Apple's and WCAG's smallest comfortable tap target, in CSS pixels. */
  private static final int TAP = 44;

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
  void onADesktopAskSeeItSearchSeeTheCitedAnswerReadTheParagraphAndComeBack(@TempDir Path profile)
      throws Exception {
    JsonNode expected = server.askAnswerable();
    try (HeadlessChromium browser = HeadlessChromium.launch(HeadlessChromium.binary().orElseThrow(), profile)) {
      browser.navigate(server.base + "/");
      assertThat(browser.eval("document.querySelector('link[rel=icon]').href").asText())
          .endsWith("/static/favicon.svg");
      browser.slowNetwork(Duration.ofMillis(1500));
      ask(browser, expected.get("question").asText());
      browser.waitFor("document.querySelector('#log .exchange.pending .searching')", PATIENCE);
      assertThat(browser.eval("document.querySelector('#log .searching').textContent").asText())
          .startsWith("Searching");
      assertThat(browser.eval("document.getElementById('send').disabled").asBoolean()).isTrue();
      browser.screenshot(SCREENSHOTS.resolve("chat-searching-desktop.png"));
      browser.waitFor("document.querySelector('#log .exchange.answered a.cite')", PATIENCE);
      browser.slowNetwork(Duration.ZERO);
      assertThat(browser.eval("document.querySelector('#log .searching')").isNull()).isTrue();

      assertAnswerShown(browser, expected);
      browser.screenshot(SCREENSHOTS.resolve("chat-desktop.png"));

      JsonNode cited = openFirstCitation(browser, expected);
      browser.screenshot(SCREENSHOTS.resolve("reader-desktop.png"));
      browser.eval("scrollTo(0, 0)");
      browser.screenshot(SCREENSHOTS.resolve("reader-top-desktop.png"));

      browser.click(".back a");
      browser.waitFor("location.pathname === '/' && document.querySelector('#answer-1.focus .a')", PATIENCE);
      assertThat(browser.eval("location.hash").asText()).isEqualTo("#answer-1");
      assertThat(browser.eval("document.querySelector('#answer-1 .a').textContent").asText())
          .as("the answer is still there after the round trip").isEqualTo(expected.get("answer").asText());
      assertThat(cited).isNotNull();
    }
  }

  @Test
  void onAPhoneEveryLinkAndButtonIsABigEnoughTapTarget(@TempDir Path profile) throws Exception {
    JsonNode expected = server.askAnswerable();
    try (HeadlessChromium browser = HeadlessChromium.launch(HeadlessChromium.binary().orElseThrow(), profile)) {
      browser.phone();
      browser.navigate(server.base + "/");
      ask(browser, expected.get("question").asText());
      browser.waitFor("document.querySelector('#log .exchange.answered a.cite')", PATIENCE);
      assertAnswerShown(browser, expected);
      assertTapTargets(browser, "form.ask input, form.ask button, #log a.cite, #log a.source, .bar a");
      assertThat(browser.eval("document.documentElement.scrollWidth <= innerWidth").asBoolean())
          .as("nothing sticks out sideways").isTrue();
      browser.screenshot(SCREENSHOTS.resolve("chat-phone.png"));

      openFirstCitation(browser, expected);
      assertTapTargets(browser, ".back a, .para a.num, .bar a");
      browser.screenshot(SCREENSHOTS.resolve("reader-phone.png"));
      browser.eval("scrollTo(0, 0)");
      browser.screenshot(SCREENSHOTS.resolve("reader-top-phone.png"));
    }
  }

  @Test
  void aRefusalThatCameNearShowsTheClosestParagraphsAsLinksToRead(@TempDir Path profile) throws Exception {
    // the seeds name Ishiba and prices, never what he said of rice: refused, the closest paragraphs offered
    JsonNode expected = server.ask("What did Ishiba say about the price of rice?");
    assertThat(expected.path("status").asText()).isEqualTo("no_answer");
    assertThat(expected.path("closest")).isNotEmpty();
    try (HeadlessChromium browser = HeadlessChromium.launch(HeadlessChromium.binary().orElseThrow(), profile)) {
      browser.navigate(server.base + "/");
      ask(browser, expected.get("question").asText());
      browser.waitFor("document.querySelector('#log .exchange.no_answer .sources a.source')", PATIENCE);

      assertThat(browser.eval("document.querySelector('#log .exchange .a').textContent").asText())
          .isEqualTo(expected.get("answer").asText());
      List<String> expectedLinks = new ArrayList<>();
      expected.get("closest").forEach(c -> expectedLinks.add(pathAndAnchor(c.get("url").asText())));
      assertThat(texts(browser, "[...document.querySelectorAll('#log .exchange .sources a.source')].map(a => a.href)")
          .stream().map(ChatPageBrowserTest::pathAndAnchor).toList()).containsExactlyElementsOf(expectedLinks);
      assertThat(browser.eval("document.querySelectorAll('#log a.cite').length").asInt())
          .as("no sentence cites them").isZero();
      assertThat(texts(browser, "[...document.querySelectorAll('#log .exchange .sources .where')]"
          + ".map(w => w.textContent)")).allSatisfy(where -> assertThat(where).contains("paragraph "));
      browser.screenshot(SCREENSHOTS.resolve("chat-refusal-closest-desktop.png"));

      // on the same English page, a German question's answer is framed in German, as its text is
      JsonNode german = server.ask("Wer patrouilliert gemeinsam mit China in der Arktis?");
      assertThat(german.path("status").asText()).as(german.toString()).isEqualTo("answered");
      assertThat(german.path("language").asText()).isEqualTo("de");
      ask(browser, german.get("question").asText());
      browser.waitFor("document.querySelector('#log .exchange.answered .sources a.source')", PATIENCE);
      assertThat(browser.eval("document.querySelector('#log .exchange .a').textContent").asText())
          .isEqualTo(german.get("answer").asText());
      assertThat(texts(browser, "[...document.querySelectorAll('#log .exchange.answered .sources .where')]"
          + ".map(w => w.textContent)")).isNotEmpty().allSatisfy(where -> assertThat(where).contains("Absatz "));
      assertThat(browser.eval("document.querySelector('#log .exchange.answered a.cite').title").asText())
          .contains(", Absatz ");
      assertThat(browser.eval("document.querySelector('#send').textContent").asText()).isEqualTo("Ask");
    }
  }

  private static void ask(HeadlessChromium browser, String question) throws Exception {
    browser.click("#question");
    browser.type(question);
    browser.pressEnter();
  }

  /** The answer as the API gave it, its markers linking this server's reader pages (relative links). */
  private static void assertAnswerShown(HeadlessChromium browser, JsonNode expected) throws Exception {
    assertThat(browser.eval("document.querySelector('#log .exchange .q').textContent").asText())
        .isEqualTo(expected.get("question").asText());
    assertThat(browser.eval("document.querySelector('#log .exchange .a').textContent").asText())
        .isEqualTo(expected.get("answer").asText());
    List<String> expectedLinks = new ArrayList<>();
    expected.get("citations").forEach(c -> expectedLinks.add(pathAndAnchor(c.get("url").asText())));
    List<String> shown = new ArrayList<>();
    texts(browser, "[...document.querySelectorAll('#log .exchange .sources a.source')].map(a => a.href)")
        .forEach(href -> {
          assertThat(href).startsWith(server.base + "/articles/").contains("answer=1");
          shown.add(pathAndAnchor(href));
        });
    assertThat(shown).containsExactlyElementsOf(expectedLinks);
    assertThat(browser.eval("[...document.querySelectorAll('#log a.cite, #log a.source')]"
        + ".every(a => a.getAttribute('href').startsWith('/articles/'))").asBoolean())
        .as("links are relative: they open on whatever address the page was opened at").isTrue();
    List<String> markers = texts(browser, "[...document.querySelectorAll('#log .exchange .a a.cite')].map(a => a.textContent)");
    assertThat(markers).isNotEmpty().allSatisfy(m -> assertThat(expected.get("answer").asText()).contains(m));
  }

  /** Clicks the answer's first marker and checks the reader page: highlighted paragraph, metadata, a way back. */
  private static JsonNode openFirstCitation(HeadlessChromium browser, JsonNode expected) throws Exception {
    String marker = browser.eval("document.querySelector('#log .exchange .a a.cite').textContent").asText();
    JsonNode cited = citation(expected, marker);
    browser.click("#log .exchange .a a.cite");
    browser.waitFor("location.pathname.startsWith('/articles/') && document.readyState === 'complete'", PATIENCE);

    assertThat(pathAndAnchor(browser.eval("location.href").asText())).isEqualTo(pathAndAnchor(cited.get("url").asText()));
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
    String meta = browser.eval("document.querySelector('.meta').textContent").asText();
    assertThat(meta).contains(" · ").containsPattern("\\d{1,2} [A-Z][a-z]+ \\d{4}").contains("English");
    assertThat(browser.eval("document.querySelector('h1').textContent").asText()).isEqualTo(cited.get("title").asText());
    assertThat(browser.eval("document.querySelector('.back a').getAttribute('href')").asText())
        .isEqualTo("/#answer-1");
    return cited;
  }

  private static void assertTapTargets(HeadlessChromium browser, String selector) throws Exception {
    JsonNode small = browser.eval("[...document.querySelectorAll(" + TestServer.JSON.writeValueAsString(selector)
        + ")].map(e => { const r = e.getBoundingClientRect(); return {what: e.outerHTML.slice(0, 80),"
        + " w: r.width, h: r.height}; }).filter(b => b.w < " + TAP + " || b.h < " + TAP + ")");
    JsonNode all = browser.eval("document.querySelectorAll(" + TestServer.JSON.writeValueAsString(selector)
        + ").length");
    assertThat(all.asInt()).as("elements matching %s", selector).isPositive();
    assertThat(small).as("tap targets under %dx%d px", TAP, TAP).isEmpty();
  }

  private static String pathAndAnchor(String url) {
    URI uri = URI.create(url);
    return uri.getPath() + "#" + uri.getFragment();
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
