package briefbot.chat.web;

import static org.assertj.core.api.Assertions.assertThat;

import briefbot.app.Service;
import briefbot.testing.LogCapture;
import briefbot.testing.RawHttp;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.LoggerFactory;

/** The real server over the seed articles: answers, the links they carry, the pages those open, bad input. */
class WebServerTest {

  /** An article that tries to inject markup and script through its text and its front matter. */
  private static final String HOSTILE = """
      ---
      title: "Tricky <b>title</b>"
      source: Test "Wire"
      url: https://example.org/x?a=1&b="><script>alert(1)</script>
      language: en
      ---
      The harbour authority of Quellmark said on Monday <script>alert('p1')</script> that ferries will run again.

      Inspectors found <img src=x onerror=alert(2)> nothing wrong with the <b>Quellmark</b> ferry pier.
      """;

  /** Routes whose handler fails, under /api/ and outside it: what a bug in any handler looks like to a client. */
  private static final Service.ExtensionFactory FAILING = (bot, registry) -> new Service.Extension() {
    @Override
    public void routes(io.javalin.Javalin app) {
      app.get("/api/test/fails", ctx -> {
        throw new IllegalStateException("a handler's bug");
      });
      app.get("/test/fails", ctx -> {
        throw new IllegalStateException("a handler's bug");
      });
    }
  };

  @TempDir
  static Path dir;
  static TestServer server;
  static List<String> startLog;

  @BeforeAll
  static void start() throws Exception {
    Files.createDirectories(dir.resolve("corpus"));
    Files.writeString(dir.resolve("corpus").resolve("zz-hostile.txt"), HOSTILE);
    Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    Level before = root.getLevel();
    root.setLevel(Level.INFO); // what serve logs at
    try (LogCapture log = LogCapture.start()) {
      server = TestServer.start(dir, List.of(FAILING));
      startLog = log.lines();
    } finally {
      root.setLevel(before);
    }
  }

  @Test
  void startingLogsNoAdviceForTheWebLibrarysDevelopers() {
    assertThat(startLog).isNotEmpty().noneMatch(line -> line.contains("Javalin"));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void firstCitationLinkOpensThatParagraphUnderItsAnchor() {
    JsonNode answer = server.askAnswerable();
    JsonNode first = answer.get("citations").get(0);
    URI link = URI.create(first.get("url").asText());
    assertThat(link.toString()).startsWith(server.base + "/articles/" + first.get("articleId").asText() + "#p");
    assertThat(link.getFragment()).isEqualTo("p" + first.get("paragraph").asInt());

    HttpResponse<String> page = server.get(link.toString());
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("text/html"));
    Element paragraph = Jsoup.parse(page.body()).getElementById(link.getFragment());
    assertThat(paragraph).as("element with id %s", link.getFragment()).isNotNull();
    assertThat(paragraph.selectFirst(".text").text()).isEqualTo(first.get("text").asText());
    assertThat(paragraph.selectFirst(".num").text()).isEqualTo(Integer.toString(first.get("paragraph").asInt()));
  }

  /**
   * A small body whose bytes arrive half a second apart (a phone's network) is read, not refused as a trickle: a
   * minimum data rate counted from the body's first byte would make it a 408, as it would a small body that a busy
   * server comes to late (the chat page got one under load). The body's deadline bounds a real trickle.
   */
  @Test
  void aSmallBodyWhoseBytesArriveApartIsAnswered() throws Exception {
    String body = "{\"question\":\"What did Rutte say about Trump?\"}";
    int port = URI.create(server.base).getPort();
    try (RawHttp client = RawHttp.connect("127.0.0.1", port, Duration.ofSeconds(30))) {
      client.send("POST /api/ask HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: "
          + body.getBytes(StandardCharsets.UTF_8).length + "\r\nConnection: close\r\n\r\n" + body.charAt(0));
      Thread.sleep(500);
      assertThat(client.send(body.substring(1)).status()).isEqualTo(200);
    }
  }

  @Test
  void questionsWithOneConversationIdAreOneConversationWhoseFollowUpsFollow() {
    String id = "test-" + UUID.randomUUID();
    JsonNode first = server.ask("What did Rutte say about Trump?", id);
    JsonNode second = server.ask("and what did he say about China?", id);
    assertThat(first.get("status").asText()).isEqualTo("answered");
    assertThat(second.get("status").asText()).isEqualTo("answered");
    assertThat(second.get("question").asText()).isEqualTo("what did Rutte say about China?");
    assertThat(second.get("answer").asText()).isNotEqualTo(first.get("answer").asText()).contains("China");

    JsonNode elsewhere = server.ask("and what did he say about China?", "test-" + UUID.randomUUID());
    assertThat(elsewhere.get("question").asText()).isEqualTo("and what did he say about China?");
    JsonNode none = server.ask("and what did he say about China?");
    assertThat(none.get("question").asText()).isEqualTo("and what did he say about China?");

    HttpResponse<String> bad = server.post("/api/ask", "{\"question\": \"hi\", \"conversation\": \"../x\"}");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("conversation");
  }

  @Test
  void hiIsAShortReplyWithExamplesAndNoCitations() {
    JsonNode hi = server.ask("hi", "test-" + UUID.randomUUID());
    assertThat(hi.get("status").asText()).isEqualTo("reply");
    assertThat(hi.get("kind").asText()).isEqualTo("greeting");
    assertThat(hi.get("citations")).isEmpty();
    assertThat(hi.get("answer").asText()).contains("for example").doesNotContainPattern("\\[\\d+]");
  }

  @Test
  void aMisspeltNameIsOfferedAsTheCorpusWritesIt() {
    JsonNode typo = server.ask("Moskow", "test-" + UUID.randomUUID());
    assertThat(typo.get("status").asText()).isEqualTo("no_answer");
    assertThat(typo.get("answer").asText()).endsWith(" Did you mean Moscow?");
  }

  @Test
  void answerJsonHasTheShapeOfDesign() {
    JsonNode answer = server.askAnswerable();
    assertThat(answer.get("question").asText()).isNotBlank();
    assertThat(answer.get("answer").asText()).contains("[1]");
    assertThat(answer.get("language").asText()).isEqualTo("en");
    assertThat(answer.has("timingsMs")).isTrue();
    for (JsonNode c : answer.get("citations")) {
      assertThat(answer.get("answer").asText()).contains("[" + c.get("n").asInt() + "]");
      assertThat(c.has("originalUrl")).isTrue();
      for (String field : List.of("articleId", "title", "language", "url", "text")) {
        assertThat(c.get(field).asText()).as(field).isNotBlank();
      }
    }
  }

  @Test
  void readerPageShowsEveryParagraphNumberedAndTheArticleMetadata() {
    Document page = Jsoup.parse(server.get("/articles/000_a17e017304ae15f4").body());
    assertThat(page.select(".para")).hasSizeGreaterThan(5);
    for (int i = 0; i < page.select(".para").size(); i++) {
      Element p = page.select(".para").get(i);
      assertThat(p.id()).isEqualTo("p" + (i + 1));
      assertThat(p.selectFirst("a.num").attr("href")).isEqualTo("#p" + (i + 1));
    }
    assertThat(page.selectFirst(".meta").text()).contains("Reuters").contains("English");
    assertThat(page.selectFirst("link[rel=stylesheet]").attr("href")).isEqualTo("/static/style.css");
    assertThat(page.select("script")).isEmpty();
  }

  @Test
  void readerPageSaysSourceDateAndLanguageAndLeadsBackToTheAnswerItWasOpenedFrom() {
    String today = PageWords.in("en").day(LocalDate.now(ZoneOffset.UTC));
    Document reuters = Jsoup.parse(server.get("/articles/000_a17e017304ae15f4").body());
    assertThat(reuters.selectFirst(".meta").text()).isEqualTo("Reuters · added " + today + " · English");
    assertThat(reuters.select(".back")).as("opened from a chat, not from the chat page").isEmpty();
    Document nameless = Jsoup.parse(server.get("/articles/002_b81ace5b003b2b60").body());
    assertThat(nameless.selectFirst(".meta .source").text()).isEqualTo("source not given");

    Document fromAnswer = Jsoup.parse(server.get("/articles/000_a17e017304ae15f4?answer=3&q=jets").body());
    Element back = fromAnswer.selectFirst(".back a");
    assertThat(back.attr("href")).isEqualTo("/#answer-3");
    assertThat(back.text()).contains("Back to the answer");
    assertThat(Jsoup.parse(server.get("/articles/000_a17e017304ae15f4?answer=%22%3E%3Cscript%3E").body())
        .select(".back")).isEmpty();
  }

  @Test
  void theArticlesPageListsEveryArticleWithSourceDateAndLanguage() {
    HttpResponse<String> response = server.get("/articles/");
    assertThat(response.statusCode()).isEqualTo(200);
    Document list = Jsoup.parse(response.body());
    List<Element> items = list.select("ol.articles li");
    assertThat(items).hasSize(server.articleFiles());
    for (Element item : items) {
      String href = item.selectFirst("a.title").attr("href");
      assertThat(href).startsWith("/articles/");
      assertThat(server.get(href).statusCode()).isEqualTo(200);
      assertThat(item.selectFirst(".meta").text()).matches(".+ · (added )?\\d{1,2} \\w+ \\d{4} · \\w+");
    }
    assertThat(list.text()).contains("Reuters");
    assertThat(server.get("/articles").body()).isEqualTo(response.body());
    assertThat(server.get("/articles/?page=abc").statusCode()).isEqualTo(200);
  }

  @Test
  void everyPageHasAFavicon() {
    HttpResponse<String> icon = server.get("/static/favicon.svg");
    assertThat(icon.statusCode()).isEqualTo(200);
    assertThat(icon.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("svg"));
    assertThat(icon.body()).startsWith("<svg");
    assertThat(server.get("/favicon.ico").headers().firstValue("Location")).hasValue("/static/favicon.svg");
    for (String path : List.of("/", "/articles/", "/articles/000_a17e017304ae15f4", "/no-such-page")) {
      assertThat(Jsoup.parse(server.get(path).body()).selectFirst("link[rel=icon]").attr("href"))
          .isEqualTo("/static/favicon.svg");
    }
  }

  @Test
  void articleTextAndFrontMatterAreEscapedNeverMarkup() {
    HttpResponse<String> response = server.get("/articles/zz-hostile");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).doesNotContain("<script").doesNotContain("<img").doesNotContain("<b>");
    Document page = Jsoup.parse(response.body());
    assertThat(page.select("script, img, b")).isEmpty();
    assertThat(page.selectFirst("h1").text()).isEqualTo("Tricky <b>title</b>");
    assertThat(page.selectFirst("#p1 .text").text()).contains("<script>alert('p1')</script>");
    Element original = page.selectFirst("a.original");
    assertThat(original.attr("href")).isEqualTo("https://example.org/x?a=1&b=\"><script>alert(1)</script>");
    assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
        csp -> assertThat(csp).contains("default-src 'none'").doesNotContain("script-src"));
  }

  @Test
  void queryMarksTheMatchingWordsButNotStopWords() {
    Document page = Jsoup.parse(server.get("/articles/000_a17e017304ae15f4?q=the+joint+patrol+in+the+Arctic").body());
    List<String> marked = page.select("mark").eachText();
    assertThat(marked).contains("joint", "patrols", "Arctic");
    assertThat(marked).doesNotContain("the", "in", "The");
    assertThat(page.selectFirst("#p4 .text").text()).isEqualTo(
        Jsoup.parse(server.get("/articles/000_a17e017304ae15f4").body()).selectFirst("#p4 .text").text());
  }

  @Test
  void unknownArticleIsA404Page() {
    HttpResponse<String> response = server.get("/articles/no-such-article");
    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(Jsoup.parse(response.body()).selectFirst("h1").text()).isEqualTo("Not found");
    assertThat(response.body()).doesNotContain("Exception").doesNotContain("at io.javalin");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "/articles/..%2F..%2F..%2Fetc%2Fpasswd",
      "/articles/%2e%2e%2fpom.xml",
      "/articles/..",
      "/articles/...",
      "/articles/%2e%2e",
      "/articles/..%5C..%5Cpom",
      "/articles/%00",
      "/articles/a%0d%0aSet-Cookie:x=1",
      "/articles/../../etc/passwd",
      "/static/..%2F..%2Fbriefbot%2FMain.class",
      "/static/../../pom.xml"})
  void pathTraversalIsAClean4xxAndServingGoesOn(String path) {
    HttpResponse<String> response = server.get(path);
    assertThat(response.statusCode()).as(path).isBetween(400, 499);
    assertThat(response.body()).doesNotContain("root:").doesNotContain("<project").doesNotContain("Exception");
    assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
    assertThat(server.get("/healthz").statusCode()).isEqualTo(200);
  }

  @Test
  void aOneMegabyteBodyIsRefusedAndServingGoesOn() {
    String huge = "{\"question\": \"" + "a".repeat(1024 * 1024) + "\"}";
    HttpResponse<String> response = server.post("/api/ask", huge);
    assertThat(response.statusCode()).isIn(400, 413);
    assertThat(TestServer.json(response).get("error").asText()).contains("too large");
    assertThat(server.askAnswerable().get("status").asText()).isEqualTo("answered");
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"question\":", "not json", "", "[\"What is Russia giving Iran?\"]",
      "{\"q\": \"What is Russia giving Iran?\"}", "{\"question\": 42}", "{\"question\": \"   \"}",
      "{\"question\": \"<b></b>\"}", "null"})
  void malformedOrEmptyQuestionsGetA400WithAShortMessage(String body) {
    HttpResponse<String> response = server.post("/api/ask", body);
    assertThat(response.statusCode()).as(body).isEqualTo(400);
    String error = TestServer.json(response).get("error").asText();
    assertThat(error).isNotBlank().hasSizeLessThan(200).doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(server.get("/healthz").statusCode()).isEqualTo(200);
  }

  @Test
  void aQuestionTooLongGetsA400() {
    HttpResponse<String> response = server.post("/api/ask",
        TestServer.JSON.createObjectNode().put("question", "why ".repeat(5_000)).toString());
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(TestServer.json(response).get("error").asText()).contains("too long");
  }

  @Test
  void unknownApiPathIsJson404AndWrongMethodIsRefused() {
    HttpResponse<String> response = server.get("/api/nothing");
    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(TestServer.json(response).get("error").asText()).isNotBlank();
    assertThat(server.get("/api/ask").statusCode()).isBetween(400, 499);
  }

  @Test
  void healthSaysTheIndexIsSearchable() {
    HttpResponse<String> response = server.get("/healthz");
    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode health = TestServer.json(response);
    assertThat(health.get("status").asText()).isEqualTo("ok");
    assertThat(health.get("articles").asInt()).isEqualTo(server.articleFiles());
    assertThat(health.get("paragraphs").asInt()).isGreaterThan(50);
  }

  @Test
  void metricsCountQuestionsAnswersLatencyIndexAndErrors() {
    server.askAnswerable();
    server.post("/api/ask", "{\"question\":");
    server.get("/articles/no-such-article");
    String metrics = server.get("/metrics").body();
    assertThat(metrics)
        .contains("briefbot_questions_total{channel=\"web\"}")
        .contains("briefbot_answers_total{channel=\"web\",status=\"answered\"}")
        .contains("briefbot_answers_total{channel=\"web\",status=\"bad_question\"}")
        .contains("briefbot_answer_latency_seconds_bucket{channel=\"web\",le=")
        .contains("briefbot_http_requests_seconds_bucket{method=\"GET\",route=\"/articles/{id}\",status=\"404\"")
        .contains("briefbot_index_articles " + server.articleFiles() + ".0")
        .containsPattern("briefbot_index_size_bytes [1-9]")
        .contains("jvm_memory_used_bytes");
    assertThat(value(metrics, "briefbot_answers_total{channel=\"web\",status=\"answered\"}")).isGreaterThanOrEqualTo(1);
  }

  @Test
  void chatPageAndItsAssetsAreServedAndNothingElseUnderStatic() {
    HttpResponse<String> page = server.get("/");
    assertThat(page.statusCode()).isEqualTo(200);
    Document doc = Jsoup.parse(page.body());
    assertThat(doc.selectFirst("form#ask input#question")).isNotNull();
    assertThat(doc.selectFirst("script[src]").attr("src")).isEqualTo("/static/chat.js");
    assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
        csp -> assertThat(csp).contains("script-src 'self'").doesNotContain("unsafe-inline"));
    assertThat(server.get("/static/chat.js").body()).contains("/api/ask");
    assertThat(server.get("/static/style.css").body()).contains(":target");
    assertThat(server.get("/static/index.html").statusCode()).isEqualTo(404);
  }

  @Test
  void theChatPageIsInTheBrowsersFirstLanguageOfOursAndEnglishOtherwise() {
    HttpResponse<String> german = server.get("/", "de-CH,de;q=0.9,en;q=0.8");
    assertThat(german.headers().allValues("Vary")).anySatisfy(v -> assertThat(v).contains("Accept-Language"));
    Document page = Jsoup.parse(german.body());
    assertThat(page.selectFirst("html").attr("lang")).isEqualTo("de");
    assertThat(page.selectFirst("button#send").text()).isEqualTo("Fragen");
    assertThat(page.selectFirst("input#question").attr("aria-label")).isEqualTo("Ihre Frage");
    assertThat(page.selectFirst(".hint").select("code").eachText()).containsExactly("from:Reuters", "lang:nl",
        "since:2024-11-01");
    assertThat(page.selectFirst("header .nav").text()).isEqualTo("Artikel");

    assertThat(Jsoup.parse(server.get("/", "fr;q=0.3, nl;q=0.8").body()).selectFirst("html").attr("lang"))
        .as("the higher q-value wins").isEqualTo("nl");
    for (String other : List.of("ja, *;q=0.1", "de;q=abc", ",,,", "")) {
      HttpResponse<String> english = server.get("/", other);
      assertThat(english.statusCode()).as(other).isEqualTo(200);
      assertThat(Jsoup.parse(english.body()).selectFirst("button#send").text()).as(other).isEqualTo("Ask");
    }
  }

  @Test
  void theChatPagesScriptGetsItsOwnWordsAndEachLanguagesFrameOfAnAnswer() throws Exception {
    Element data = Jsoup.parse(server.get("/", "es").body()).selectFirst("script#words");
    assertThat(data.attr("type")).isEqualTo("application/json");
    JsonNode words = TestServer.JSON.readTree(data.data());
    assertThat(words.at("/page/searching").asText()).isEqualTo("Buscando en los artículos…");
    assertThat(words.at("/page/ask").asText()).isEqualTo("Preguntar");
    assertThat(words.at("/page/failed").asText()).isEqualTo("Lo siento, algo salió mal mientras respondía. Inténtelo de nuevo en un momento.");
    assertThat(words.at("/answers/de/understoodAs").asText()).isEqualTo("Verstanden als");
    assertThat(words.at("/answers/nl/paragraph").asText()).isEqualTo("alinea");
    assertThat(words.at("/answers/en/original").asText()).isEqualTo("original");
    assertThat(words.get("answers").size()).isEqualTo(PageWords.LANGUAGES.size());
  }

  @Test
  void theReaderPagesOwnWordsAreInTheBrowsersLanguageAndTheArticleKeepsItsOwn() {
    String today = PageWords.in("de").day(LocalDate.now(ZoneOffset.UTC));
    Document page = Jsoup.parse(server.get("/articles/000_a17e017304ae15f4?answer=3", "de").body());
    assertThat(page.selectFirst("html").attr("lang")).isEqualTo("de");
    assertThat(page.selectFirst("article").attr("lang")).isEqualTo("en");
    assertThat(page.selectFirst(".meta").text()).isEqualTo("Reuters · hinzugefügt am " + today + " · Englisch");
    assertThat(today).matches("\\d{1,2}\\. \\p{L}+ \\d{4}");
    assertThat(page.selectFirst(".back a").text()).isEqualTo("← Zurück zur Antwort");
    assertThat(page.selectFirst("#p1 a.num").attr("aria-label")).isEqualTo("Absatz 1");

    Document list = Jsoup.parse(server.get("/articles/", "es-ES").body());
    assertThat(list.selectFirst("h1").text()).isEqualTo("Artículos");
    assertThat(list.selectFirst(".hint").text()).startsWith(server.articleFiles() + " artículos,");

    HttpResponse<String> missing = server.get("/articles/no-such-article", "nl-BE");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(Jsoup.parse(missing.body()).selectFirst("h1").text()).isEqualTo("Niet gevonden");
  }

  /**
   * A handler's failure is a 500 whose apology is in the request's language under /api/ as on a page: the JSON
   * message was English whatever the browser asked for, beside a page in German.
   */
  @Test
  void aFailedRequestsApologyIsInTheBrowsersLanguageInJsonAsOnAPage() {
    HttpResponse<String> german = server.get("/api/test/fails", "de-CH,de;q=0.9,en;q=0.8");
    assertThat(german.statusCode()).isEqualTo(500);
    String apology = TestServer.json(german).get("error").asText();
    assertThat(apology).isEqualTo("Bei Briefbot ist etwas schiefgegangen; der Fehler wurde protokolliert. "
        + "Bitte versuchen Sie es noch einmal.").doesNotContain("IllegalStateException", "bug");
    HttpResponse<String> page = server.get("/test/fails", "de-CH,de;q=0.9,en;q=0.8");
    assertThat(page.statusCode()).isEqualTo(500);
    assertThat(Jsoup.parse(page.body()).selectFirst("main p").text()).isEqualTo(apology);

    assertThat(TestServer.json(server.get("/api/test/fails", "nl-BE")).get("error").asText())
        .startsWith("Er ging bij Briefbot iets mis");
    assertThat(TestServer.json(server.get("/api/test/fails")).get("error").asText())
        .as("no Accept-Language: English").startsWith("Something went wrong on Briefbot's side");
  }

  private static double value(String metrics, String series) {
    return metrics.lines().filter(l -> l.startsWith(series + " ")).mapToDouble(l -> Double.parseDouble(
        l.substring(series.length() + 1).trim())).findFirst().orElse(-1);
  }
}
