package briefbot.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import briefbot.answer.Answer;
import briefbot.answer.Citation;
import briefbot.answer.Question;
import briefbot.app.Briefbot;
import briefbot.config.Config;
import briefbot.index.IndexedArticle;
import briefbot.state.BotState;
import briefbot.state.sqlite.SqliteState;
import briefbot.testing.TestClock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * A feed served from 127.0.0.1 over real HTTP, polled into a real corpus, index and bot state: the tests run in
 * order, as one story of a feed over a few polls.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FeedsPollTest {

  private static final String BASE_URL = "http://briefbot.test";
  private static final String LAST_MODIFIED = "Tue, 04 Mar 2025 10:00:00 GMT";

  @TempDir
  static Path dir;
  static TestSite site;
  static TestClock clock;
  static Briefbot bot;
  static BotState state;
  static Feeds feeds;
  static Path corpus;
  static Instant firstPoll;

  @BeforeAll
  static void open() throws IOException {
    site = new TestSite();
    site.page("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\n");
    site.feed("/feed.xml", "\"v1\"", LAST_MODIFIED,
        Stories.rss(site.url(""), List.of(Stories.STATUES, Stories.STRIKE, Stories.SOLAR)));
    for (Stories.Story s : List.of(Stories.SOLAR, Stories.STRIKE, Stories.STATUES, Stories.GLACIER)) {
      site.page(s.path(), "text/html; charset=utf-8", Stories.html(s));
    }
    corpus = Files.createDirectories(dir.resolve("corpus"));
    clock = new TestClock(Instant.parse("2025-03-14T06:00:00Z"));
    Config config = Config.fromEnv(Map.of("BRIEFBOT_CORPUS_DIR", corpus.toString(),
        "BRIEFBOT_DATA_DIR", dir.resolve("data").toString(), "BRIEFBOT_BASE_URL", BASE_URL,
        "BRIEFBOT_FEEDS", site.url("/feed.xml")));
    bot = Briefbot.open(config, clock);
    state = SqliteState.open(config.dataDir(), clock);
    Feeds.Options options = Feeds.Options.from(config).allowingLoopback().withHostDelay(Duration.ZERO);
    feeds = Feeds.open(config, state, bot::sync, options, clock);
  }

  @AfterAll
  static void close() {
    feeds.close();
    state.close();
    bot.close();
    site.close();
  }

  @Test
  @Order(1)
  void aFeedOfThreeItemsBecomesThreeArticlesAnsweredWithLinksToTheOriginalParagraph() throws IOException {
    firstPoll = clock.instant();
    Feeds.Poll poll = feeds.pollOnce();

    assertThat(poll.problems()).isEmpty();
    assertThat(poll.saved()).extracting(Feeds.Result.Saved::url)
        .containsExactly(site.url(Stories.SOLAR.path()), site.url(Stories.STRIKE.path()), site.url(Stories.STATUES.path()));
    assertThat(corpusFiles()).hasSize(3);
    assertThat(site.requests()).allSatisfy(r -> assertThat(r.userAgent()).isEqualTo("Briefbot/0.1 (+" + BASE_URL + ")"));
    assertThat(bot.index().articleCount()).isEqualTo(3);

    String solarId = idOf(poll, Stories.SOLAR);
    String file = Files.readString(corpus.resolve(solarId + ".md"));
    assertThat(file).startsWith("---\n").contains("title: \"" + Stories.SOLAR.title() + "\"", "source: \"Example News\"",
        "url: \"" + site.url(Stories.SOLAR.path()) + "\"", "published: 2025-03-04", "language: \"en\"",
        "\n## Why build on water\n");
    assertThat(file).doesNotContain("Share on Facebook", "Photo: Agency", "Most read", "Leave a comment", "Copyright",
        "Subscribe now", "World", "By Jane Reporter", "Tags:");
    assertThat(Files.readString(corpus.resolve(idOf(poll, Stories.STATUES) + ".md"))).contains("language: \"nl\"");

    assertCitedFrom("How many homes will the floating solar farm in Rotterdam power?", Stories.SOLAR, solarId);
    assertCitedFrom("Why are Belgian rail workers on strike?", Stories.STRIKE, idOf(poll, Stories.STRIKE));
    assertCitedFrom("Hoeveel bronzen beelden geeft het Rijksmuseum terug aan Nigeria?", Stories.STATUES,
        idOf(poll, Stories.STATUES));
  }

  @Test
  @Order(2)
  void pollingAgainAsksWithTheValidatorsAndFetchesNothingNew() throws IOException {
    List<String> before = corpusFiles();
    int seen = site.requests().size();
    clock.advance(Duration.ofMinutes(15));

    Feeds.Poll poll = feeds.pollOnce();

    assertThat(poll.notModified()).isEqualTo(1);
    assertThat(poll.saved()).isEmpty();
    List<TestSite.Request> requests = site.requestsSince(seen);
    assertThat(requests).singleElement().satisfies(r -> {
      assertThat(r.path()).isEqualTo("/feed.xml");
      assertThat(r.ifNoneMatch()).isEqualTo("\"v1\"");
      assertThat(r.ifModifiedSince()).isEqualTo(LAST_MODIFIED);
      assertThat(r.status()).isEqualTo(304);
    });
    assertThat(corpusFiles()).isEqualTo(before);
  }

  @Test
  @Order(3)
  void aFourthItemIsStoredAtTheNextPollAndIsTheOnlyArticleSeenSince() throws IOException {
    site.feed("/feed.xml", "\"v2\"", "Fri, 14 Mar 2025 09:00:00 GMT",
        Stories.rss(site.url(""), List.of(Stories.GLACIER, Stories.STATUES, Stories.STRIKE, Stories.SOLAR)));
    clock.advance(Duration.ofMinutes(15));
    Instant secondBatch = clock.instant();
    int seen = site.requests().size();

    Feeds.Poll poll = feeds.pollOnce();

    assertThat(poll.saved()).extracting(Feeds.Result.Saved::url).containsExactly(site.url(Stories.GLACIER.path()));
    assertThat(site.requestsSince(seen)).extracting(TestSite.Request::path)
        .containsExactly("/feed.xml", Stories.GLACIER.path());
    assertThat(corpusFiles()).hasSize(4);
    List<IndexedArticle> fresh = bot.index().articlesSeenSince(secondBatch);
    assertThat(fresh).extracting(a -> a.article().id()).containsExactly(idOf(poll, Stories.GLACIER));
    assertThat(fresh.get(0).firstSeen()).isAfter(firstPoll);
    assertThat(bot.index().articlesSeenSince(firstPoll)).hasSize(4);
    assertCitedFrom("How much of their volume did Swiss glaciers lose?", Stories.GLACIER, idOf(poll, Stories.GLACIER));
  }

  @Test
  @Order(4)
  void theSameArticleUnderAnotherUrlIsStoredOnce() throws IOException {
    List<String> before = corpusFiles();
    site.page("/mirror/solar", "text/html", Stories.html(Stories.SOLAR));
    site.page("/amp/solar", "text/html", Stories.html(Stories.SOLAR,
        "<link rel=\"canonical\" href=\"" + site.url(Stories.SOLAR.path()) + "\">").replace("Tuesday", "Tuesday morning"));
    int seen = site.requests().size();

    Feeds.Result tracking = feeds.add(site.url(Stories.SOLAR.path() + "?utm_source=newsletter#top"));
    Feeds.Result mirror = feeds.add(site.url("/mirror/solar"));
    Feeds.Result amp = feeds.add(site.url("/amp/solar"));

    assertThat(List.of(tracking, mirror, amp)).allSatisfy(r -> assertThat(r).isInstanceOf(Feeds.Result.Known.class));
    assertThat(site.requestsSince(seen)).extracting(TestSite.Request::path)
        .containsExactly("/mirror/solar", "/amp/solar");
    assertThat(corpusFiles()).isEqualTo(before);
  }

  @Test
  @Order(5)
  void theChatReplyCannotPingOrLinkWhateverThePageTitleSays() {
    Stories.Story loud = new Stories.Story("/news/loud", "Big news &lt;!channel&gt; &lt;@U123&gt; &lt;https://evil.example|click&gt;",
        "en", Stories.SOLAR.pubDate(), Stories.STRIKE.body().stream().map(p -> p.replace("Belgian", "Dutch")).toList());
    site.page(loud.path(), "text/html", Stories.html(loud));

    String reply = feeds.adder().apply("<" + site.url(loud.path()) + "|" + site.url(loud.path()) + ">");

    assertThat(reply).startsWith("added \"Big news ").doesNotContain("<", ">");
  }

  @Test
  @Order(6)
  void anArticleWhoseFileWasDeletedComesBackOnlyWhenAPersonAddsIt() throws IOException {
    String id = bot.index().articlesSeenSince(firstPoll).stream().map(a -> a.article().id())
        .filter(i -> i.contains("glacier")).findFirst().orElseThrow();
    Files.delete(corpus.resolve(id + ".md"));
    bot.sync(line -> { }); // what serve's corpus watcher or 'briefbot index' does
    site.feed("/feed.xml", "\"v3\"", "Sat, 15 Mar 2025 09:00:00 GMT",
        Stories.rss(site.url(""), List.of(Stories.GLACIER, Stories.STATUES)));
    clock.advance(Duration.ofMinutes(15));

    assertThat(feeds.pollOnce().saved()).isEmpty();
    assertThat(corpus.resolve(id + ".md")).doesNotExist();
    assertThat(bot.index().article(id)).isEmpty();

    Feeds.Result again = feeds.add(site.url(Stories.GLACIER.path()));
    assertThat(again).isInstanceOfSatisfying(Feeds.Result.Saved.class, s -> assertThat(s.id()).isEqualTo(id));
    assertThat(bot.index().article(id)).isPresent();
  }

  private static String idOf(Feeds.Poll poll, Stories.Story story) {
    return poll.saved().stream().filter(s -> s.url().equals(site.url(story.path()))).findFirst().orElseThrow().id();
  }

  private static void assertCitedFrom(String question, Stories.Story story, String id) {
    Answer answer = bot.answerer().ask(Question.of(question));
    assertThat(answer).as(question).isInstanceOf(Answer.Grounded.class);
    List<Citation> citations = ((Answer.Grounded) answer).citations();
    assertThat(citations).as(question).anySatisfy(c -> {
      assertThat(c.articleId()).isEqualTo(id);
      assertThat(c.source()).isEqualTo("Example News");
      assertThat(c.originalUrl()).startsWith(site.url(story.path()) + "#:~:text=");
      assertThat(c.url()).isEqualTo(BASE_URL + "/articles/" + id + "#p" + c.paragraph());
    });
  }

  private static List<String> corpusFiles() throws IOException {
    try (Stream<Path> files = Files.list(corpus)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
