package briefbot.digest;

import static org.assertj.core.api.Assertions.assertThat;

import briefbot.answer.Citation;
import briefbot.app.Briefbot;
import briefbot.chat.slack.FakeSlack;
import briefbot.chat.slack.SlackBot;
import briefbot.config.Config;
import briefbot.corpus.Paragraph;
import briefbot.digest.Digests.Outcome;
import briefbot.state.BotState;
import briefbot.state.sqlite.SqliteState;
import briefbot.testing.LogCapture;
import briefbot.testing.SeedCorpus;
import briefbot.testing.TestClock;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The digest delivered over real HTTP to a fake Teams Workflows webhook and a fake Slack Web API on 127.0.0.1,
 * through the real sinks: one digest each, every link opening a paragraph the digest cites, a 500 retried and the
 * digest posted once.
 */
class DigestDeliveryTest {

  private static final Instant INDEXED = Instant.parse("2026-03-28T05:00:00Z");
  private static final String BASE = "http://briefbot.test";
  private static final Pattern CARD_LINK = Pattern.compile("\\]\\((https?://[^)\\s]+)\\)");
  private static final Pattern SLACK_LINK = Pattern.compile("<(https?://[^|>\\s]+)\\|");
  private static final Pattern MARKER = Pattern.compile("\\[(\\d+)]");

  @TempDir
  static Path shared;
  static Briefbot bot;

  @TempDir
  Path dir;
  private final TestClock clock = new TestClock(INDEXED);
  private final List<AutoCloseable> open = new ArrayList<>();

  @BeforeAll
  static void index() {
    SeedCorpus.copyTo(shared);
    bot = Briefbot.open(SeedCorpus.config(shared, Map.of("BRIEFBOT_BASE_URL", BASE)), new TestClock(INDEXED));
    bot.sync(line -> {});
  }

  @AfterAll
  static void closeIndex() {
    bot.close();
  }

  @AfterEach
  void closeAll() throws Exception {
    for (AutoCloseable c : open.reversed()) {
      c.close();
    }
  }

  private Digests digests(Map<String, String> settings, DigestSink... recorders) {
    Map<String, String> env = new HashMap<>(settings);
    env.put("BRIEFBOT_DATA_DIR", dir.toString());
    env.put("BRIEFBOT_BASE_URL", BASE);
    Config config = Config.fromEnv(env);
    BotState state = SqliteState.open(dir, clock);
    List<DigestSink> sinks = new ArrayList<>(Digests.ownSinks(config));
    DigestSink slack = SlackBot.digestSink(config, state);
    if (slack != null) {
      sinks.add(slack);
    }
    sinks.addAll(List.of(recorders));
    Digests digests = Digests.create(config, bot.index(), bot.links(), state, sinks, clock);
    open.add(state);
    open.add(digests);
    return digests;
  }

  private static Map<String, String> slackTo(String apiUrl) {
    return Map.of("SLACK_BOT_TOKEN", "xoxb-fake1", "SLACK_API_URL", apiUrl,
        "BRIEFBOT_DIGEST_SLACK_CHANNELS", "C0DIGEST1");
  }

  @Test
  void teamsAndSlackEachGetExactlyOneDigestWhoseEveryLinkOpensACitedParagraph() throws Exception {
    try (FakeWebhook teams = FakeWebhook.teams(); FakeSlack slack = new FakeSlack()) {
      RecordingSink archive = new RecordingSink("archive", "all"); // sees the same digest the others got
      Map<String, String> env = new HashMap<>(slackTo(slack.apiUrl()));
      env.put("TEAMS_DIGEST_WEBHOOK_URL", teams.url());
      Digests digests = digests(env, archive);
      List<Digests.Run> runs = digests.runDue(clock.set("2026-03-28T08:00:00Z"));
      assertThat(runs).extracting(Digests.Run::destination)
          .containsExactlyInAnyOrder("teams-webhook:default", "slack:C0DIGEST1", "archive:all");
      assertThat(runs).extracting(Digests.Run::outcome).containsOnly(Outcome.POSTED);
      assertThat(digests.runDue(clock.set("2026-03-28T08:00:30Z"))).isEmpty();
      assertThat(digests.runDue(clock.set("2026-03-28T12:00:00Z"))).isEmpty();

      assertThat(archive.posts).hasSize(1);
      Digest digest = archive.posts.get(0).digest();
      assertEveryMarkerIsACitationAndEveryCitationAParagraph(digest);
      Set<String> cited = new HashSet<>();
      digest.citations().forEach(c -> cited.add(c.url()));

      List<FakeSlack.Call> posts = slack.calls("chat.postMessage", c -> true);
      assertThat(posts).singleElement().satisfies(c -> assertThat(c.param("channel")).isEqualTo("C0DIGEST1"));
      Set<String> slackLinks = links(posts.get(0).blocks().toString(), SLACK_LINK);
      assertThat(slackLinks).isNotEmpty().isEqualTo(cited);
      assertThat(posts.get(0).blocks().toString()).contains("2 sources");

      assertThat(teams.accepted).hasSize(1);
      assertThat(teams.contentTypes.get(0)).startsWith("application/json");
      JsonNode message = teams.acceptedJson().get(0);
      assertThat(message.get("type").asText()).isEqualTo("message");
      JsonNode attachment = message.get("attachments").get(0);
      assertThat(attachment.get("contentType").asText()).isEqualTo("application/vnd.microsoft.card.adaptive");
      JsonNode card = attachment.get("content");
      assertThat(card.get("type").asText()).isEqualTo("AdaptiveCard");
      List<String> texts = new ArrayList<>();
      card.get("body").forEach(block -> texts.add(block.get("text").asText()));
      assertThat(String.join("\n", texts)).contains(digest.headline()).contains("reported by 2 sources");
      assertThat(links(String.join("\n", texts), CARD_LINK)).isEqualTo(cited);

      cited.forEach(DigestDeliveryTest::assertOpensAnIndexedParagraph);
    }
  }

  @Test
  void aChannelWithLanguageNlGetsADutchFrameOnSlackAndTheTeamsCardWhileAnotherGetsEnglish() throws Exception {
    java.nio.file.Files.writeString(dir.resolve("digest.yaml"), """
        channels:
          "slack:C0DUTCH": {language: nl}
          "teams-webhook:default": {language: nl}
        """);
    try (FakeWebhook teams = FakeWebhook.teams(); FakeSlack slack = new FakeSlack()) {
      Map<String, String> env = new HashMap<>(slackTo(slack.apiUrl()));
      env.put("BRIEFBOT_DIGEST_SLACK_CHANNELS", "C0DUTCH,C0ENGLISH");
      env.put("TEAMS_DIGEST_WEBHOOK_URL", teams.url());
      assertThat(digests(env).runDue(clock.set("2026-03-28T08:00:00Z"))).extracting(Digests.Run::outcome)
          .containsOnly(Outcome.POSTED).hasSize(3);

      String dutch = slack.calls("chat.postMessage", c -> "C0DUTCH".equals(c.param("channel"))).get(0).blocks()
          .toString();
      assertThat(dutch).contains("Briefbot-overzicht · 2026-03-28", "Overzicht van zaterdag 28 maart 2026: ",
          "nieuwe artikelen.", "gemeld door 2 bronnen", ", alinea ")
          .doesNotContain("Briefing for", "Saturday", "reported by", "paragraph");
      String english = slack.calls("chat.postMessage", c -> "C0ENGLISH".equals(c.param("channel"))).get(0)
          .blocks().toString();
      assertThat(english).contains("Briefbot digest · 2026-03-28", "Briefing for Saturday 28 March 2026: ",
          "new articles.", "reported by 2 sources", ", paragraph ").doesNotContain("bronnen", "alinea");

      JsonNode card = teams.acceptedJson().get(0).get("attachments").get(0).get("content");
      List<String> texts = new ArrayList<>();
      card.get("body").forEach(block -> texts.add(block.get("text").asText()));
      assertThat(String.join("\n", texts)).startsWith("Overzicht van zaterdag 28 maart 2026: ")
          .contains("gemeld door 2 bronnen", ", alinea ").doesNotContain("reported by", "paragraph");
      assertThat(card.get("lang").asText()).isEqualTo("nl");
    }
  }

  private static Set<String> links(String text, Pattern link) {
    Set<String> out = new HashSet<>();
    Matcher m = link.matcher(text);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  @Test
  void aSlackApiAnswering500IsRetriedAndPostedOnce() {
    try (FakeWebhook slack = FakeWebhook.slack().failingWith(500)) {
      Digests digests = digests(slackTo(slack.apiUrl()));
      assertThat(digests.runDue(clock.set("2026-03-28T08:00:00Z"))).extracting(Digests.Run::outcome)
          .containsExactly(Outcome.FAILED);
      assertThat(digests.runDue(clock.set("2026-03-28T08:00:40Z"))).isEmpty();
      assertThat(digests.runDue(clock.set("2026-03-28T08:01:00Z"))).extracting(Digests.Run::outcome)
          .containsExactly(Outcome.POSTED);
      assertThat(digests.runDue(clock.set("2026-03-28T09:00:00Z"))).isEmpty();
      assertThat(slack.requests).isEqualTo(2);
      assertThat(slack.accepted).hasSize(1);
    }
  }

  @Test
  void aWebhookAnswering500IsRetriedAndPostedOnce() {
    try (FakeWebhook teams = FakeWebhook.teams().failingWith(500)) {
      Digests digests = digests(Map.of("TEAMS_DIGEST_WEBHOOK_URL", teams.url()));
      List<Digests.Run> first = digests.runDue(clock.set("2026-03-28T08:00:00Z"));
      assertThat(first).singleElement().satisfies(r -> {
        assertThat(r.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(r.detail()).contains("HTTP 500").doesNotContain("secret-signature").doesNotContain("127.0.0.1");
      });
      assertThat(digests.runDue(clock.set("2026-03-28T08:00:40Z"))).isEmpty();
      assertThat(digests.runDue(clock.set("2026-03-28T08:01:00Z"))).extracting(Digests.Run::outcome)
          .containsExactly(Outcome.POSTED);
      assertThat(digests.runDue(clock.set("2026-03-28T09:00:00Z"))).isEmpty();
      assertThat(teams.requests).isEqualTo(2);
      assertThat(teams.accepted).hasSize(1);
      try (BotState state = SqliteState.open(dir, clock)) {
        assertThat(state.list(Ledger.NAMESPACE).toString()).doesNotContain("secret-signature");
      }
    }
  }

  @Test
  void aWebhookNobodyListensAtIsSaidInWordsInTheRunAndTheLog() throws Exception {
    int closed;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closed = socket.getLocalPort();
    }
    try (LogCapture log = LogCapture.start()) {
      Digests digests = digests(Map.of("TEAMS_DIGEST_WEBHOOK_URL",
          "http://127.0.0.1:" + closed + "/workflows/digest?sig=secret-signature"));
      List<Digests.Run> runs = digests.runDue(clock.set("2026-03-28T08:00:00Z"));
      assertThat(runs).singleElement().satisfies(r -> {
        assertThat(r.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(r.detail()).isEqualTo("the Teams webhook could not be reached (cannot connect)");
      });
      assertThat(log.text()).contains("the Teams webhook could not be reached (cannot connect)")
          .doesNotContain("Exception", "secret-signature");
    }
  }

  /** Every [n] of every item names a citation, every citation is used, and each is the paragraph it links to. */
  static void assertEveryMarkerIsACitationAndEveryCitationAParagraph(Digest digest) {
    Set<Integer> markers = new HashSet<>();
    for (Digest.Item item : digest.items()) {
      Matcher m = MARKER.matcher(item.text());
      assertThat(m.find()).as("item cites something: %s", item.text()).isTrue();
      do {
        markers.add(Integer.parseInt(m.group(1)));
      } while (m.find());
    }
    Set<Integer> numbers = new HashSet<>();
    for (Citation c : digest.citations()) {
      numbers.add(c.n());
      assertThat(c.url()).isEqualTo(BASE + "/articles/" + c.articleId() + "#p" + c.paragraph());
      assertThat(paragraph(c.articleId(), c.paragraph()).text()).isEqualTo(c.text());
    }
    assertThat(markers).isEqualTo(numbers);
  }

  private static void assertOpensAnIndexedParagraph(String url) {
    assertThat(url).startsWith(BASE + "/articles/");
    String rest = url.substring((BASE + "/articles/").length());
    String id = rest.substring(0, rest.indexOf("#p"));
    int n = Integer.parseInt(rest.substring(rest.indexOf("#p") + 2));
    assertThat(paragraph(id, n)).isNotNull();
  }

  private static Paragraph paragraph(String articleId, int n) {
    return bot.index().article(articleId).orElseThrow().article().paragraphs().stream()
        .filter(p -> p.number() == n).findFirst().orElseThrow();
  }
}
