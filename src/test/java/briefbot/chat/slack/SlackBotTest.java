package briefbot.chat.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import briefbot.answer.Answer;
import briefbot.answer.Citation;
import briefbot.config.Config;
import briefbot.config.ConfigException;
import briefbot.corpus.Paragraph;
import briefbot.state.BotState;
import briefbot.state.sqlite.SqliteState;
import briefbot.testing.Eventually;
import briefbot.testing.LogCapture;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Slack bot against a fake Slack Web API: real Bolt behind Javalin with signed requests (here), the /brief
 * command and buttons ({@link SlackInteractionChecks}) and Socket Mode ({@link SlackSocketModeChecks}); one
 * Briefbot and bot state for all of them, since indexing the corpus is the slow part.
 */
class SlackBotTest {

  static final String QUESTION = "What is Moscow giving Tehran in return for Iran's support?";
  private static final Pattern LINK = Pattern.compile("<(https?://[^|>]+)\\|");

  @TempDir
  static Path dir;
  static SlackHarness h;

  @BeforeAll
  static void start() throws Exception {
    h = new SlackHarness(dir, Map.of("SLACK_SIGNING_SECRET", SlackRequests.SECRET, "BRIEFBOT_SLACK_RATE_LIMIT", "3",
        "BRIEFBOT_SLACK_ADMINS", "UADMIN, UADMIN2", "BRIEFBOT_DIGEST_SLACK_CHANNELS", "CDIGEST1")).start();
  }

  @AfterAll
  static void stop() {
    h.close();
  }

  @Nested
  class Interactions extends SlackInteractionChecks {}

  @Nested
  class SocketMode extends SlackSocketModeChecks {}

  @Test
  void aBotTokenSlackRefusesStopsStartUpNamingTheToken() {
    h.fake.failNext("auth.test", null, "invalid_auth");
    assertThatThrownBy(() -> h.startSlack(h.state)).isInstanceOf(ConfigException.class)
        .hasMessage("Slack refused SLACK_BOT_TOKEN (invalid_auth): use the app's Bot User OAuth Token (xoxb-…) from"
            + " its OAuth & Permissions page");
  }

  @Test
  void aSlackNeverReachedIsSaidAsThatNotAsAnInvalidToken() throws Exception {
    int closed;
    try (ServerSocket socket = new ServerSocket(0)) {
      closed = socket.getLocalPort();
    }
    Map<String, String> env = new HashMap<>(h.env);
    env.put("SLACK_API_URL", "http://127.0.0.1:" + closed + "/api");
    SlackBot unreached = SlackBot.fromConfig(Config.fromEnv(env), h.bot.answerer(), h.state, h.meters,
        Clock.systemUTC(), null, null);
    assertThatThrownBy(unreached::start).isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("cannot reach Slack at http://127.0.0.1:" + closed + "/api/ to check SLACK_BOT_TOKEN (")
        .hasMessageEndingWith("): check the network, or SLACK_API_URL")
        .hasMessageNotContaining("invalid");
  }

  @Test
  void aMentionIsAnsweredInItsThreadWithLinksThatOpenTheCitedParagraphs() throws Exception {
    String ts = SlackRequests.ts();
    HttpResponse<String> ack = h.requests.postJson(SlackRequests.mention("CMAIN", "UMAIN", QUESTION, ts, null).toString());
    assertThat(ack.statusCode()).isEqualTo(200);

    FakeSlack.Call searching = h.fake.awaitOne("chat.postMessage", in("CMAIN"));
    assertThat(searching.param("thread_ts")).isEqualTo(ts);
    assertThat(searching.param("text")).contains("Searching");
    assertThat(searching.authorization()).isEqualTo("Bearer xoxb-test-bot");
    FakeSlack.Call answer = h.fake.awaitOne("chat.update", in("CMAIN"));
    assertThat(answer.param("ts")).isEqualTo(searching.replyTs());

    Answer.Grounded expected = grounded(QUESTION);
    List<String> readerLinks = links(answer.blocks()).stream().filter(l -> l.startsWith(TestBot.BASE_URL)).toList();
    assertThat(readerLinks).isNotEmpty().containsExactlyElementsOf(expected.citations().stream().map(Citation::url).toList());
    for (Citation c : expected.citations()) {
      Matcher m = Pattern.compile("/articles/([^#]+)#p(\\d+)$").matcher(c.url());
      assertThat(m.find()).isTrue();
      List<Paragraph> paragraphs = h.bot.index().article(m.group(1)).orElseThrow().article().paragraphs();
      assertThat(paragraphs.get(Integer.parseInt(m.group(2)) - 1).text()).isEqualTo(c.text());
    }
    assertThat(answer.blocks().get(0).path("text").path("text").asText()).contains("[1]");
    assertThat(answer.param("text")).contains("[1]");
    settle();
    assertThat(h.fake.calls("chat.postMessage", in("CMAIN"))).hasSize(1);
    assertThat(h.fake.calls("chat.update", in("CMAIN"))).hasSize(1);
  }

  @Test
  void aBadOrStaleSignatureIsRejectedAndNothingIsPosted() {
    String body = SlackRequests.mention("CBADSIG", "UBADSIG", QUESTION, SlackRequests.ts(), null).toString();
    long now = Instant.now().getEpochSecond();
    try (LogCapture log = LogCapture.start()) {
      assertThat(h.requests.postJson(body, now, "not-the-secret", null).statusCode()).isEqualTo(401);
      assertThat(log.text()).as("the log names the setting a wrong secret comes from")
          .contains("reason=bad_signature hint=").contains("set it to this app's Signing Secret");
    }
    assertThat(h.requests.postJson(body, now - 600, SlackRequests.SECRET, null).statusCode()).isEqualTo(401);
    String tampered = body.replace(QUESTION, "What is Iran giving Russia?");
    String signature = SlackRequests.sign(SlackRequests.SECRET, now, body);
    assertThat(signature).isNotEqualTo(SlackRequests.sign(SlackRequests.SECRET, now, tampered));

    h.requests.postJson(SlackRequests.mention("CAFTERSIG", "UBADSIG", QUESTION, SlackRequests.ts(), null).toString());
    h.fake.awaitOne("chat.update", in("CAFTERSIG"));
    assertThat(h.fake.calls().stream().filter(in("CBADSIG"))).isEmpty();
  }

  /**
   * An app installed without chat:write: the log names the scope to add, in one line without a stack trace, and the
   * question is not kept pending (every sweep would be refused the same way, one more line each, until given up).
   */
  @Test
  void aMissingScopeIsLoggedAsTheScopeToAddOnceAndTheQuestionIsNotTriedAgain() {
    h.fake.failNext("chat.postMessage", "CSCOPE", "missing_scope");
    h.fake.failNext("chat.postMessage", "CSCOPE", "missing_scope"); // what a second try would meet too
    try (LogCapture log = LogCapture.start()) {
      h.requests.postJson(SlackRequests.mention("CSCOPE", "USCOPE", QUESTION, SlackRequests.ts(), null).toString());
      Eventually.within(Duration.ofSeconds(30)).until(() -> log.text().contains("channel=CSCOPE"));
      String line = log.lines().stream().filter(l -> l.contains("channel=CSCOPE")).findFirst().orElseThrow();
      assertThat(line).contains("chat.postMessage failed: missing_scope (the app lacks the scope chat:write: add it")
          .endsWith("; not tried again\"");
      assertThat(log.text()).doesNotContain("SlackCallFailed");
      Eventually.within(Duration.ofSeconds(10)).until(() -> h.state.list(SlackBot.PENDING).values().stream()
          .noneMatch(asked -> asked.contains("CSCOPE")));
    }
  }

  /**
   * Slack sends nothing for a direct message to an app without im:history, so start-up says in one line which of the
   * manifest's scopes the token lacks (from auth.test's x-oauth-scopes header), and nothing when it lacks none.
   */
  @Test
  void startUpNamesTheScopesTheTokenLacksInOneLine() throws Exception {
    try (LogCapture log = LogCapture.start();
        BotState reopened = SqliteState.open(h.bot.config().dataDir(), Clock.systemUTC())) {
      h.startSlack(reopened).close();
      assertThat(log.text()).doesNotContain("lacks the scopes");
      try {
        h.fake.grant("app_mentions:read, chat:write, chat:write.public, commands, users:read");
        h.startSlack(reopened).close();
      } finally {
        h.fake.grant(String.join(",", SlackBot.scopes()));
      }
      List<String> lines = log.lines().stream().filter(l -> l.contains("lacks the scopes")).toList();
      assertThat(lines).hasSize(1);
      assertThat(lines.get(0)).contains("the Slack app lacks the scopes im:history that `briefbot slack-manifest`"
          + " asks for").doesNotContain("chat:write").doesNotContain("Exception");
    }
  }

  @Test
  void slacksUrlVerificationChallengeIsAnswered() {
    HttpResponse<String> r = h.requests.postJson("{\"token\":\"legacy\",\"challenge\":\"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P\",\"type\":\"url_verification\"}");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P");
  }

  @Test
  void anEventDeliveredThreeTimesIsAnsweredOnceAlsoAfterARestart() throws Exception {
    String body = SlackRequests.mention("CRETRY", "URETRY", QUESTION, SlackRequests.ts(), null).toString();
    long now = Instant.now().getEpochSecond();
    assertThat(h.requests.postJson(body, now, SlackRequests.SECRET, null).statusCode()).isEqualTo(200);
    assertThat(h.requests.postJson(body, now, SlackRequests.SECRET, "1").statusCode()).isEqualTo(200);
    assertThat(h.requests.postJson(body, now, SlackRequests.SECRET, "2").statusCode()).isEqualTo(200);
    h.fake.awaitOne("chat.update", in("CRETRY"));

    try (BotState reopened = SqliteState.open(h.bot.config().dataDir(), Clock.systemUTC());
        SlackBot restarted = h.startSlack(reopened)) {
      Javalin server = SlackHarness.serve(restarted);
      try {
        SlackRequests again = new SlackRequests("http://127.0.0.1:" + server.port());
        assertThat(again.postJson(body, now, SlackRequests.SECRET, "3").statusCode()).isEqualTo(200);
        again.postJson(SlackRequests.mention("CRESTART", "URETRY2", QUESTION, SlackRequests.ts(), null).toString());
        h.fake.awaitOne("chat.update", in("CRESTART"));
      } finally {
        server.stop();
      }
    }
    settle();
    assertThat(h.fake.calls("chat.postMessage", in("CRETRY"))).hasSize(1);
    assertThat(h.fake.calls("chat.update", in("CRETRY"))).hasSize(1);
  }

  @Test
  void fiftyMentionsAtOnceGetFiftyAnswersEachInItsOwnThread() {
    List<String> questions = List.of(QUESTION, "What does North Korea get from Russia?", TestBot.HARBOUR_QUESTION,
        "Where does Russia patrol with China?", "Who won the cycling race in Limburg?");
    Set<String> threads = new HashSet<>();
    List<CompletableFuture<HttpResponse<String>>> acks = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      String ts = SlackRequests.ts();
      threads.add(ts);
      acks.add(h.requests.postJsonAsync(SlackRequests.mention("CFIFTY", "UFIFTY" + i, questions.get(i % 5), ts, null)
          .toString()));
    }
    acks.forEach(a -> assertThat(a.join().statusCode()).isEqualTo(200));

    List<FakeSlack.Call> updates = h.fake.await("chat.update", in("CFIFTY"), 50);
    List<FakeSlack.Call> posts = h.fake.calls("chat.postMessage", in("CFIFTY"));
    assertThat(posts).hasSize(50);
    assertThat(posts.stream().map(p -> p.param("thread_ts")).toList()).doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(threads);
    assertThat(updates.stream().map(u -> u.param("ts")).toList()).doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(posts.stream().map(FakeSlack.Call::replyTs).toList());
    // Every thread got its real reply: sources for an answer, or the plain "nothing found".
    assertThat(updates).allSatisfy(u -> assertThat(!links(u.blocks()).isEmpty()
        || u.param("text").startsWith("I found nothing")).isTrue());
    assertThat(updates.stream().filter(u -> !links(u.blocks()).isEmpty())).hasSizeGreaterThanOrEqualTo(30);
  }

  @Test
  void articleTextThatTriesToPingIsCitedWithoutPingingAnyone() {
    String ts = SlackRequests.ts();
    h.requests.postJson(SlackRequests.mention("CPING", "UPING", TestBot.HARBOUR_QUESTION, ts, null).toString());
    FakeSlack.Call answer = h.fake.awaitOne("chat.update", in("CPING"));

    Paragraph cited = h.bot.index().article(TestBot.HARBOUR_ID).orElseThrow().article().paragraphs().get(0);
    assertThat(cited.text()).contains("<!channel>", "@here");
    assertThat(links(answer.blocks())).contains(TestBot.BASE_URL + "/articles/" + TestBot.HARBOUR_ID + "#p1");
    String seen = answer.visibleText();
    assertThat(seen).contains("Rotterdam harbour", "&lt;!", "&lt;@U0BOSS&gt;")
        .doesNotContain("<!", "<@", "@here", "@channel", "@everyone");
    // Slack has no escape for its bold and italic marks: the article's own show as look-alikes, never as formatting
    assertThat(cited.text()).contains("hour*,", "*wait*", "_drop_");
    String shown = seen.replaceAll("<https?://[^|>]*\\|", "<"); // a link's address is no text Slack formats
    assertThat(shown).contains("hour\u2217,", "\u2217wait\u2217", "\u02cddrop\u02cd").doesNotContain("*wait*", "_drop_");
    assertThat(answer.blocks().findParents("type").stream().filter(n -> "mrkdwn".equals(n.path("type").asText())))
        .isNotEmpty().allSatisfy(n -> assertThat(n.path("verbatim").asBoolean()).isTrue());
  }

  @Test
  void aDirectMessageIsAnsweredInTheDmAndBotsAreIgnored() {
    h.requests.postJson(SlackRequests.directMessage("DSELF", FakeSlack.BOT_USER, "B0BRIEF", QUESTION,
        SlackRequests.ts()).toString());
    h.requests.postJson(SlackRequests.directMessage("DOTHERBOT", "UOTHERBOT", "B0OTHER", QUESTION,
        SlackRequests.ts()).toString());
    h.requests.postJson(SlackRequests.directMessage("DPERSON", "UPERSON", null, QUESTION, SlackRequests.ts()).toString());

    FakeSlack.Call searching = h.fake.awaitOne("chat.postMessage", in("DPERSON"));
    assertThat(searching.param("thread_ts")).isNull();
    FakeSlack.Call answer = h.fake.awaitOne("chat.update", in("DPERSON"));
    assertThat(links(answer.blocks())).isNotEmpty();
    settle();
    assertThat(h.fake.calls().stream().filter(in("DSELF").or(in("DOTHERBOT")))).isEmpty();
  }

  @Test
  void aFollowUpInAThreadIsAboutWhatItAsksWithItsPronounResolvedAgainstTheThread() {
    String first = SlackRequests.ts();
    h.requests.postJson(SlackRequests.mention("CTHREAD", "UTHREAD", "What did Rutte say about Trump?", first, null)
        .toString());
    h.fake.awaitOne("chat.update", in("CTHREAD"));
    h.requests.postJson(SlackRequests.mention("CTHREAD", "UTHREAD", "and what did he say about China?",
        SlackRequests.ts(), first).toString());

    List<FakeSlack.Call> posts = h.fake.await("chat.postMessage", in("CTHREAD"), 2);
    assertThat(posts).allSatisfy(p -> assertThat(p.param("thread_ts")).isEqualTo(first));
    List<FakeSlack.Call> answers = h.fake.await("chat.update", in("CTHREAD"), 2);
    String before = answers.get(0).param("text");
    String after = answers.get(1).param("text");
    assertThat(after).isNotEqualTo(before).contains("China");
    assertThat(answers.get(1).blocks().toString()).contains("Understood as: what did Rutte say about China?");
    Answer.Grounded expected = grounded("what did Rutte say about China?");
    assertThat(links(answers.get(1).blocks()).stream().filter(l -> l.startsWith(TestBot.BASE_URL)).toList())
        .as("the sources of the follow-up asked on its own").containsExactlyElementsOf(
            expected.citations().stream().map(Citation::url).toList());
    assertThat(expected.citations()).anySatisfy(c -> assertThat(c.text()).contains("Rutte"));
    assertThat(h.state.get(SlackBot.THREADS, "CTHREAD:" + first)).hasValueSatisfying(
        turns -> assertThat(turns).contains("What did Rutte say about Trump?", "what did Rutte say about China?"));
  }

  @Test
  void hiGetsAShortReplyWithExamplesAndNoCitationsOrButtons() {
    h.requests.postJson(SlackRequests.mention("CHI", "UHI", "hi", SlackRequests.ts(), null).toString());
    FakeSlack.Call reply = h.fake.awaitOne("chat.update", in("CHI"));
    assertThat(reply.param("text")).contains("Hello!").contains("for example").doesNotContainPattern("\\[\\d+]");
    assertThat(links(reply.blocks())).isEmpty();
    assertThat(reply.blocks().toString()).doesNotContain("briefbot_vote");
  }

  @Test
  void aGermanQuestionIsToldInGermanThatItIsBeingSearched() {
    String ts = SlackRequests.ts();
    h.requests.postJson(SlackRequests.mention("CGERMAN", "UGERMAN", "Wer patrouilliert gemeinsam mit China in der Arktis?",
        ts, null).toString());
    FakeSlack.Call searching = h.fake.awaitOne("chat.postMessage", in("CGERMAN"));
    assertThat(searching.param("text")).contains("Ich durchsuche die Artikel").doesNotContain("Searching");
    h.fake.awaitOne("chat.update", in("CGERMAN"));
  }

  @Test
  void someoneAskingTooFastGetsAPoliteMessage() {
    for (int i = 0; i < 4; i++) {
      h.requests.postJson(SlackRequests.mention("CRATE", "URATE", QUESTION, SlackRequests.ts(), null).toString());
    }
    List<FakeSlack.Call> posts = h.fake.await("chat.postMessage", in("CRATE"), 4);
    assertThat(posts.stream().filter(p -> p.param("text").contains("Searching"))).hasSize(3);
    assertThat(posts.stream().filter(p -> p.param("text").contains("faster than I can read"))).hasSize(1);
  }

  @Test
  void slacksRateLimitIsWaitedOutAndTheAnswerStillArrives() {
    h.fake.failNext("chat.update", "CSLOW", "429");
    h.requests.postJson(SlackRequests.mention("CSLOW", "USLOW", QUESTION, SlackRequests.ts(), null).toString());
    List<FakeSlack.Call> updates = h.fake.await("chat.update", in("CSLOW"), 2);
    assertThat(updates.get(1).atMillis() - updates.get(0).atMillis()).isGreaterThanOrEqualTo(900);
    assertThat(links(updates.get(1).blocks())).isNotEmpty();
  }

  @Test
  void aFailureBecomesAShortApologyInTheThread() {
    String ts = SlackRequests.ts();
    h.fake.failNext("chat.update", "CSORRY", "msg_too_long");
    h.requests.postJson(SlackRequests.mention("CSORRY", "USORRY", QUESTION, ts, null).toString());
    List<FakeSlack.Call> updates = h.fake.await("chat.update", in("CSORRY"), 2);
    String apology = updates.get(1).visibleText();
    assertThat(apology).contains("Sorry").doesNotContain("Exception", "at briefbot", "msg_too_long");
  }

  @Test
  void aMentionWithoutAQuestionGetsAShortHint() {
    String ts = SlackRequests.ts();
    h.requests.postJson(SlackRequests.mention("CEMPTY", "UEMPTY", "   ", ts, null).toString());
    FakeSlack.Call reply = h.fake.awaitOne("chat.postMessage", in("CEMPTY"));
    assertThat(reply.param("thread_ts")).isEqualTo(ts);
    assertThat(reply.param("text")).contains("Please ask a question");
    settle();
    assertThat(h.fake.calls("chat.update", in("CEMPTY"))).isEmpty();
  }

  /** The answer the core gives; the tests that check citations need one with sources. */
  static Answer.Grounded grounded(String question) {
    Answer answer = h.ask(question);
    assertThat(answer).as("the core should answer '%s' from the test corpus", question)
        .isInstanceOf(Answer.Grounded.class);
    return (Answer.Grounded) answer;
  }

  static Predicate<FakeSlack.Call> in(String channel) {
    return c -> channel.equals(c.param("channel"));
  }

  static List<String> links(JsonNode blocks) {
    List<String> out = new ArrayList<>();
    for (JsonNode block : blocks) {
      if ("context".equals(block.path("type").asText())) {
        for (JsonNode e : block.path("elements")) {
          Matcher m = LINK.matcher(e.path("text").asText());
          while (m.find()) {
            out.add(m.group(1));
          }
        }
      }
    }
    return out;
  }

  /** Gives a wrongly repeated answer time to show up before counting. */
  static void settle() {
    try {
      Thread.sleep(500);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
