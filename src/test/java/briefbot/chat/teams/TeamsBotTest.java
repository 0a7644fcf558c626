package briefbot.chat.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import briefbot.answer.Answer;
import briefbot.answer.Answerer;
import briefbot.answer.Citation;
import briefbot.answer.Question;
import briefbot.app.Briefbot;
import briefbot.chat.watch.Watches;
import briefbot.config.Config;
import briefbot.corpus.Paragraph;
import briefbot.digest.Digest;
import briefbot.digest.DigestSink;
import briefbot.feeds.Stories;
import briefbot.state.BotState;
import briefbot.state.sqlite.SqliteState;
import briefbot.testing.Eventually;
import briefbot.testing.LogCapture;
import briefbot.testing.SeedCorpus;
import briefbot.testing.TestClock;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import io.javalin.Javalin;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Teams bot end to end: real Javalin, real JWTs, real index; Microsoft's side faked on 127.0.0.1. */
class TeamsBotTest {

  private static final String BASE_URL = "https://briefbot.example.org";
  private static final String BOT_ID = "28:" + FakeBotFramework.APP_ID;
  private static final Pattern READER = Pattern.compile(Pattern.quote(BASE_URL) + "/articles/([^/#]+)#p(\\d+)");
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  static Path dir;

  static FakeBotFramework microsoft;
  static RSAKey key;
  static TestClock clock;
  static Briefbot briefbot;
  static BotState state;
  static SimpleMeterRegistry metrics;
  static TeamsBot teams;
  static Watches watches;
  static Javalin app;
  static HttpClient http;
  /** A question the index answers (the core is being tuned, so the test picks one rather than assuming one). */
  static String question;
  static RSAKey stranger;

  @BeforeAll
  static void start() throws Exception {
    SeedCorpus.copyTo(dir);
    microsoft = new FakeBotFramework();
    key = FakeBotFramework.newKey("key-1");
    microsoft.publish(key);
    Map<String, String> env = new HashMap<>(microsoft.env());
    env.put("BRIEFBOT_BASE_URL", BASE_URL);
    Config config = SeedCorpus.config(dir, env);
    briefbot = Briefbot.open(config, Clock.systemUTC());
    briefbot.sync(line -> { });
    question = Stream.of("What is Moscow giving Tehran in return for Iran's support?",
            "What is Russia giving Iran?", "What does Putin supply to North Korea?",
            "What did Biden urge national security agencies to do?")
        .filter(q -> briefbot.answerer().ask(Question.of(q)) instanceof Answer.Grounded).findFirst().orElseThrow();
    stranger = FakeBotFramework.newKey("stranger");
    clock = new TestClock(Instant.now());
    state = SqliteState.open(config.dataDir(), clock);
    metrics = new SimpleMeterRegistry();
    http = HttpClient.newHttpClient();
    watches = new Watches(state, briefbot.answerer(), briefbot.index(),
        new Watches.Settings(Duration.ofHours(1), 6, null, ZoneOffset.UTC), clock);
    teams = TeamsBot.fromConfig(config, briefbot.answerer(), state, metrics, clock, http, watches);
    app = Javalin.create();
    teams.routes().accept(app);
    app.start("127.0.0.1", 0);
  }

  @AfterAll
  static void stop() {
    app.stop();
    teams.close();
    state.close();
    briefbot.close();
    microsoft.close();
  }

  @Test
  void aSignedQuestionGetsOneReplyWhoseCitationsOpenTheCitedParagraphs() throws Exception {
    String conversation = "a:personal-" + UUID.randomUUID();
    ObjectNode activity = message(conversation, "personal", question);

    HttpResponse<String> response = post(validToken(), activity);

    assertThat(response.statusCode()).isIn(200, 202);
    FakeBotFramework.Sent reply = awaitMessages(conversation, 1).get(0);
    assertThat(reply.replyToId()).isEqualTo(activity.path("id").asText());
    assertThat(microsoft.sentTo(conversation)).first().extracting(FakeBotFramework.Sent::type).isEqualTo("typing");
    JsonNode body = reply.activity();
    assertThat(body.path("from").path("id").asText()).isEqualTo(BOT_ID);
    String text = body.path("text").asText();
    JsonNode entity = body.path("entities").get(0);
    assertThat(entity.path("type").asText()).isEqualTo("https://schema.org/Message");
    assertThat(entity.path("@type").asText()).isEqualTo("Message");
    assertThat(entity.path("additionalType").toString()).contains("AIGeneratedContent");
    assertThat(entity.path("citation")).isNotEmpty();
    for (JsonNode claim : entity.path("citation")) {
      int position = claim.path("position").asInt();
      assertThat(text).contains("[" + position + "]");
      JsonNode doc = claim.path("appearance");
      assertThat(doc.path("@type").asText()).isEqualTo("DigitalDocument");
      assertThat(doc.path("name").asText()).isNotBlank();
      assertThat(doc.path("abstract").asText().length()).isBetween(1, 160);
      Paragraph cited = paragraphAt(doc.path("url").asText());
      String abstractStart = doc.path("abstract").asText().replace("\u2026", "");
      assertThat(TeamsText.inert(cited.text())).startsWith(abstractStart.substring(0, Math.min(40, abstractStart.length())));
    }
    JsonNode card = body.path("attachments").get(0);
    assertThat(card.path("contentType").asText()).isEqualTo("application/vnd.microsoft.card.adaptive");
    assertThat(card.path("content").toString()).contains(BASE_URL + "/articles/");
    assertThat(body.path("channelData").path("feedbackLoopEnabled").asBoolean()).isTrue();
  }

  @Test
  void forgedOrWrongTokensAre401AndNothingIsSent() throws Exception {
    Instant now = clock.instant();
    String serviceUrl = microsoft.serviceUrl();
    RSAKey impostor = new RSAKey.Builder(stranger).keyID(key.getKeyID()).build(); // same kid, other key
    Map<String, String> tokens = new LinkedHashMap<>();
    tokens.put("unsigned", new PlainJWT(claims(FakeBotFramework.APP_ID, serviceUrl, now)).serialize());
    tokens.put("wrong key", FakeBotFramework.token(impostor, FakeBotFramework.APP_ID, serviceUrl, now, Duration.ofHours(1)));
    tokens.put("wrong audience", FakeBotFramework.token(key, UUID.randomUUID().toString(), serviceUrl, now, Duration.ofHours(1)));
    tokens.put("expired", FakeBotFramework.token(key, FakeBotFramework.APP_ID, serviceUrl, now.minus(Duration.ofHours(2)),
        Duration.ofHours(1)));
    tokens.put("other serviceurl", FakeBotFramework.token(key, FakeBotFramework.APP_ID, "https://evil.example/", now,
        Duration.ofHours(1)));
    tokens.put("wrong issuer", FakeBotFramework.sign(key, new JWTClaimsSet.Builder(claims(FakeBotFramework.APP_ID,
        serviceUrl, now)).issuer("https://sts.windows.net/someone/").build()));
    tokens.put("garbage", "not.a.token");
    List<String> conversations = new ArrayList<>();
    for (var t : tokens.entrySet()) {
      String conversation = "a:forged-" + UUID.randomUUID();
      conversations.add(conversation);
      assertThat(post(t.getValue(), message(conversation, "personal", question)).statusCode())
          .as(t.getKey()).isEqualTo(401);
    }
    String missing = "a:no-header-" + UUID.randomUUID();
    conversations.add(missing);
    assertThat(post(null, message(missing, "personal", question)).statusCode()).isEqualTo(401);

    // a genuine request afterwards is answered, and by then the rejected ones have left no trace
    String control = "a:control-" + UUID.randomUUID();
    post(validToken(), message(control, "personal", question));
    awaitMessages(control, 1);
    for (String conversation : conversations) {
      assertThat(microsoft.sentTo(conversation)).isEmpty();
      assertThat(state.list(Endpoint.ACTIVITIES).keySet()).noneMatch(k -> k.startsWith(conversation));
    }
  }

  /** A token for another bot or past its time says, with a hint, which setting (or the clock) to check. */
  @Test
  void aTokenForAnotherBotOrPastItsTimeIsLoggedWithTheSettingOrClockToCheck() throws Exception {
    Instant now = clock.instant();
    String other = UUID.randomUUID().toString();
    try (LogCapture log = LogCapture.start()) {
      assertThat(post(FakeBotFramework.token(key, other, microsoft.serviceUrl(), now, Duration.ofHours(1)),
          message("a:aud-" + UUID.randomUUID(), "personal", question)).statusCode()).isEqualTo(401);
      assertThat(post(FakeBotFramework.token(key, FakeBotFramework.APP_ID, microsoft.serviceUrl(),
          now.minus(Duration.ofHours(2)), Duration.ofHours(1)), message("a:exp-" + UUID.randomUUID(), "personal",
          question)).statusCode()).isEqualTo(401);

      List<String> lines = log.lines().stream().filter(l -> l.contains("rejected a request")).toList();
      assertThat(lines).hasSize(2);
      assertThat(lines.get(0)).contains("reason=", "audience [" + other + "] is not this bot", "hint=",
          "TEAMS_APP_ID is " + FakeBotFramework.APP_ID + ": if Teams' own messages get this, set it to the Microsoft"
              + " App ID of the bot whose messaging endpoint points here");
      assertThat(lines.get(1)).contains("token expired 60 minutes before this machine's clock", "hint=",
          "this machine's clock is off");
    }
  }

  /**
   * Briefbot removed from a chat: the Connector's 403 is said once with Microsoft's code and the activity dropped, not
   * posted again (with a fresh token, after 1, 2 and 4 seconds, and at every sweep until given up).
   */
  @Test
  void aReplyToAChatBriefbotWasRemovedFromIsRefusedOnceAndNotTriedAgain() throws Exception {
    String conversation = FakeBotFramework.REMOVED + UUID.randomUUID();
    int before = microsoft.rosterRefusals.get();
    try (LogCapture log = LogCapture.start()) {
      assertThat(post(validToken(), message(conversation, "personal", question)).statusCode()).isEqualTo(202);

      await(() -> log.text().contains("not tried again"));
      String line = log.lines().stream().filter(l -> l.contains("cannot send the Teams reply")).findFirst()
          .orElseThrow();
      assertThat(line).contains("Bot Connector answered HTTP 403 BotNotInConversationRoster for conversation "
          + conversation + ": Briefbot is not in this conversation").doesNotContain("Exception");
      await(() -> state.list(Endpoint.PENDING).keySet().stream().noneMatch(k -> k.startsWith(conversation)));
      assertThat(microsoft.rosterRefusals.get() - before).as("the typing indicator and the reply, once each")
          .isEqualTo(2);
    }
  }

  @Test
  void aRotatedSigningKeyIsPickedUpWithoutARestart() throws Exception {
    post(validToken(), message("a:warm-" + UUID.randomUUID(), "personal", "hello")); // keys cached
    RSAKey next = FakeBotFramework.newKey("key-2-" + UUID.randomUUID());
    microsoft.publish(next);
    clock.advance(SigningKeys.COOL_DOWN.plusSeconds(1));
    int fetches = microsoft.keyRequests.get();
    String conversation = "a:rotated-" + UUID.randomUUID();

    String token = FakeBotFramework.token(next, FakeBotFramework.APP_ID, microsoft.serviceUrl(), clock.instant(),
        Duration.ofHours(1));
    assertThat(post(token, message(conversation, "personal", question)).statusCode()).isEqualTo(202);

    assertThat(awaitMessages(conversation, 1)).hasSize(1);
    assertThat(microsoft.keyRequests.get()).isEqualTo(fetches + 1);
  }

  @Test
  void unknownKeyIdsFetchTheKeysAtMostOncePerCoolDown() throws Exception {
    post(validToken(), message("a:warm-" + UUID.randomUUID(), "personal", "hello"));
    clock.advance(SigningKeys.COOL_DOWN.plusSeconds(1));
    int fetches = microsoft.keyRequests.get();
    for (int i = 0; i < 5; i++) {
      RSAKey forged = new RSAKey.Builder(stranger).keyID("forged-" + i).build();
      String token = FakeBotFramework.token(forged, FakeBotFramework.APP_ID, microsoft.serviceUrl(), clock.instant(),
          Duration.ofHours(1));
      assertThat(post(token, message("a:f-" + UUID.randomUUID(), "personal", "hi")).statusCode()).isEqualTo(401);
    }
    assertThat(microsoft.keyRequests.get() - fetches).isEqualTo(1);
  }

  /** Issue 20, failure 11: with Microsoft's token endpoint down for a while, the reply is retried and the cause logged. */
  @Test
  void aReplyIsRetriedWhileTheTokenEndpointIsDownAndTheRealCauseIsLogged() throws Exception {
    clock.advance(Duration.ofHours(2)); // the cached token has run out: the next reply needs a new one
    microsoft.failTokens(3);
    String conversation = "a:token-down-" + UUID.randomUUID();
    try (LogCapture log = LogCapture.start()) {
      ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(Dialog.class))
          .setLevel(ch.qos.logback.classic.Level.INFO);
      assertThat(post(validToken(), message(conversation, "personal", question)).statusCode()).isEqualTo(202);

      assertThat(awaitMessages(conversation, 1)).hasSize(1);
      assertThat(log.text()).contains("token endpoint answered HTTP 503").doesNotContain(": null");
    } finally {
      ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(Dialog.class)).setLevel(null);
    }
  }

  @Test
  void theSameActivityTwiceIsAnsweredOnce() throws Exception {
    String conversation = "a:dup-" + UUID.randomUUID();
    ObjectNode activity = message(conversation, "personal", question);
    List<CompletableFuture<HttpResponse<String>>> posts = IntStream.range(0, 3)
        .mapToObj(i -> postAsync(validToken(), activity)).toList();
    posts.forEach(p -> assertThat(p.join().statusCode()).isEqualTo(202));
    awaitMessages(conversation, 1);
    assertThat(post(validToken(), activity).statusCode()).isEqualTo(202); // a retry long after

    String control = "a:dup-control-" + UUID.randomUUID();
    post(validToken(), message(control, "personal", question));
    awaitMessages(control, 1);
    Thread.sleep(300); // let any stray duplicate finish; none may be sent
    assertThat(microsoft.messagesTo(conversation)).hasSize(1);
  }

  @Test
  void fiftyQuestionsAtOnceGetFiftyReplies() {
    int tokensBefore = microsoft.tokenRequests.get();
    String conversation = "a:fifty-" + UUID.randomUUID();
    String[] questions = {question, "What does Putin supply to North Korea?",
        "What did the NATO chief say?", "Where does Russia patrol with China?", "Who is the president-elect?"};
    List<CompletableFuture<HttpResponse<String>>> posts = IntStream.range(0, 50)
        .mapToObj(i -> postAsync(validToken(), message(conversation, "personal", questions[i % questions.length])))
        .toList();
    posts.forEach(p -> assertThat(p.join().statusCode()).isEqualTo(202));

    List<FakeBotFramework.Sent> replies = awaitMessages(conversation, 50);
    assertThat(replies.stream().map(FakeBotFramework.Sent::replyToId).distinct()).hasSize(50);
    assertThat(microsoft.tokenRequests.get() - tokensBefore).isLessThanOrEqualTo(1);
  }

  @Test
  void aChannelMentionIsAnsweredWithTheMentionStripped() throws Exception {
    String conversation = "19:general" + UUID.randomUUID().toString().substring(0, 8) + "@thread.tacv2;messageid=17000";
    ObjectNode activity = message(conversation, "channel", "<at>Briefbot</at> " + question);
    activity.putArray("entities").addObject().put("type", "mention").put("text", "<at>Briefbot</at>")
        .putObject("mentioned").put("id", BOT_ID).put("name", "Briefbot");

    post(validToken(), activity);

    JsonNode reply = awaitMessages(conversation, 1).get(0).activity();
    Answer expected = briefbot.answerer().ask(Question.of(question));
    assertThat(expected).isInstanceOf(Answer.Grounded.class);
    assertThat(reply.path("text").asText()).isEqualTo(TeamsText.inert(expected.text()));
    assertThat(reply.path("attachments").get(0).path("content").path("actions").toString()).contains("Action.Submit");
  }

  @Test
  void aFollowUpInAReplyChainIsAboutWhatItAsksWithItsPronounResolvedAgainstTheChain() throws Exception {
    String conversation = "19:news" + UUID.randomUUID() + "@thread.tacv2;messageid=1731000000000";
    post(validToken(), message(conversation, "channel", "What did Rutte say about Trump?"));
    String first = awaitMessages(conversation, 1).get(0).activity().path("text").asText();
    post(validToken(), message(conversation, "channel", "and what did he say about China?"));
    JsonNode second = awaitMessages(conversation, 2).get(1).activity();

    String text = second.path("text").asText();
    assertThat(text).startsWith("_Understood as: what did Rutte say about China?_").contains("China");
    assertThat(text).isNotEqualTo(first);
    Answer expected = briefbot.answerer().ask(Question.of("what did Rutte say about China?"));
    assertThat(text).endsWith(TeamsText.inert(expected.text()));
    assertThat(second.path("entities").get(0).path("citation")).isNotEmpty();
  }

  @Test
  void hiGetsAShortReplyWithExamplesAndNoCitations() throws Exception {
    String conversation = "a:personal-hi-" + UUID.randomUUID();
    post(validToken(), message(conversation, "personal", "hi"));
    JsonNode reply = awaitMessages(conversation, 1).get(0).activity();
    assertThat(reply.path("text").asText()).contains("Hello!").contains("for example")
        .doesNotContainPattern("\\[\\d+]");
    assertThat(reply.has("entities")).isFalse();
    assertThat(reply.has("attachments")).isFalse();
  }

  @Test
  void aTeamsClientInGermanGetsHelpAndCommandRepliesInGermanAndAnotherLanguageGetsEnglish() throws Exception {
    String conversation = "a:personal-de-" + UUID.randomUUID();
    post(validToken(), message(conversation, "personal", "help").put("locale", "de-DE"));
    String help = awaitMessages(conversation, 1).get(0).activity().path("text").asText();
    assertThat(help).startsWith("Fragen Sie mich etwas über die Nachrichten")
        .contains(TeamsText.inert(Answerer.message("de", "examples")))
        .contains("(help, digest on, digest off, watch, watches, unwatch)").doesNotContain("Ask me");

    post(validToken(), message(conversation, "personal", "digest off").put("locale", "de-DE"));
    assertThat(awaitMessages(conversation, 2).get(1).activity().path("text").asText())
        .isEqualTo("Diese Unterhaltung bekommt den täglichen Überblick nicht mehr. Mit \u201edigest on\u201c kommt er"
            + " wieder.");

    ObjectNode watch = message(conversation, "personal", "watch Sanciones contra Rusia");
    watch.putArray("entities").addObject().put("type", "clientInfo").put("locale", "es-ES");
    post(validToken(), watch);
    assertThat(awaitMessages(conversation, 3).get(2).activity().path("text").asText())
        .startsWith("Siguiendo «Sanciones contra Rusia»:");

    post(validToken(), message(conversation, "personal", "help").put("locale", "pt-BR"));
    assertThat(awaitMessages(conversation, 4).get(3).activity().path("text").asText())
        .startsWith("Ask me a question about the news");
    post(validToken(), message(conversation, "personal", "?!? …").put("locale", "de-DE"));
    assertThat(awaitMessages(conversation, 5).get(4).activity().path("text").asText())
        .isEqualTo("Bitte stellen Sie eine Frage in Worten, zum Beispiel: Was liefert Russland an den Iran?");
  }

  @Test
  void aBareMentionGetsAShortHintNotAnError() throws Exception {
    String conversation = "19:chat" + UUID.randomUUID() + "@thread.v2";
    ObjectNode activity = message(conversation, "groupChat", "<at>Briefbot</at>&nbsp;");
    activity.putArray("entities").addObject().put("type", "mention").put("text", "<at>Briefbot</at>")
        .putObject("mentioned").put("id", BOT_ID).put("name", "Briefbot");
    post(validToken(), activity);

    JsonNode reply = awaitMessages(conversation, 1).get(0).activity();
    assertThat(reply.path("text").asText()).startsWith("Please ask a question").doesNotContain("Exception");
    assertThat(reply.has("entities")).isFalse();
  }

  @Test
  void installStoresTheConversationAndTheDigestReachesItUntilUninstall() throws Exception {
    String conversation = "19:team-general-" + UUID.randomUUID() + "@thread.tacv2";
    ObjectNode install = activity("conversationUpdate", conversation, "channel");
    install.putArray("membersAdded").addObject().put("id", BOT_ID);
    install.putObject("channelData").put("eventType", "teamMemberAdded").putObject("team").put("id", conversation);
    assertThat(post(validToken(), install).statusCode()).isEqualTo(202);
    await(() -> state.get(Conversations.NAMESPACE, conversation).isPresent());
    DigestSink sink = teams.digestSink();
    assertThat(sink.name()).isEqualTo("teams");
    assertThat(sink.destinations()).contains(conversation);

    Digest digest = digest("en");
    sink.post(conversation, digest);

    FakeBotFramework.Sent posted = awaitMessages(conversation, 1).get(0);
    assertThat(posted.replyToId()).isNull();
    assertThat(posted.activity().path("text").asText()).contains(digest.headline()).contains("[1]");
    assertThat(posted.activity().path("attachments").toString()).contains("Sources of today's digest")
        .contains("paragraph ");
    JsonNode claim = posted.activity().path("entities").get(0).path("citation").get(0);
    assertThat(claim.path("appearance").path("url").asText()).isEqualTo(digest.citations().get(0).url());
    paragraphAt(claim.path("appearance").path("url").asText());

    String thread = conversation + ";messageid=1700000000123";
    post(validToken(), mention(message(thread, "channel", "<at>Briefbot</at> digest off")));
    await(() -> !sink.destinations().contains(conversation));
    assertThat(awaitMessages(thread, 1).get(0).activity().path("text").asText()).contains("no longer");
    post(validToken(), mention(message(thread, "channel", "<at>Briefbot</at> digest on")));
    await(() -> sink.destinations().contains(conversation));

    // a channel whose digest is Dutch gets its sources' heading and labels in Dutch
    sink.post(conversation, digest("nl"));
    String dutch = awaitMessages(conversation, 2).get(1).activity().path("attachments").toString();
    assertThat(dutch).contains("Bronnen van het overzicht van vandaag").contains("alinea ")
        .doesNotContain("Sources of today's digest");

    ObjectNode uninstall = activity("installationUpdate", conversation, "channel").put("action", "remove");
    post(validToken(), uninstall);
    await(() -> state.get(Conversations.NAMESPACE, conversation).isEmpty());
    assertThat(sink.destinations()).doesNotContain(conversation);
    assertThatThrownBy(() -> sink.post(conversation, digest)).hasMessageContaining("not installed");
  }

  @Test
  void aWatchMadeInAChannelThreadPostsACitedAlertToTheChannelWhenANewArticleAnswersIt() throws Exception {
    String channel = "19:watch-" + UUID.randomUUID() + "@thread.tacv2";
    String thread = channel + ";messageid=1700000000456";
    post(validToken(), mention(message(thread, "channel", "<at>Briefbot</at> watch floating solar farm")));
    assertThat(awaitMessages(thread, 1).get(0).activity().path("text").asText())
        .contains("Watching \"floating solar farm\"");
    post(validToken(), mention(message(thread, "channel", "<at>Briefbot</at> watches")));
    assertThat(awaitMessages(thread, 2).get(1).activity().path("text").asText()).contains("1. floating solar farm");

    StringBuilder article = new StringBuilder("---\ntitle: " + Stories.SOLAR.title() + "\nsource: Test News\n---\n");
    Stories.SOLAR.body().stream().filter(p -> !p.startsWith("#")).forEach(p -> article.append(p).append("\n\n"));
    Files.writeString(dir.resolve("corpus").resolve("floating-solar.md"), article);
    briefbot.sync(line -> { });
    assertThat(watches.pass()).isEqualTo(1);

    JsonNode alert = awaitMessages(channel, 1).get(0).activity();
    assertThat(alert.path("text").asText()).contains("New on the watch", "Rotterdam switches on", "[1]");
    JsonNode claim = alert.path("entities").get(0).path("citation").get(0);
    assertThat(claim.path("appearance").path("url").asText()).startsWith(BASE_URL + "/articles/floating-solar#p");
    assertThat(watches.pass()).isZero();
    post(validToken(), mention(message(thread, "channel", "<at>Briefbot</at> unwatch 1")));
    assertThat(awaitMessages(thread, 3).get(2).activity().path("text").asText()).contains("Stopped watching");
  }

  @Test
  void aChatThatAddsAndThenRemovesTheBotIsForgotten() throws Exception {
    String conversation = "19:chat-" + UUID.randomUUID() + "@thread.v2";
    post(validToken(), activity("installationUpdate", conversation, "groupChat").put("action", "add"));
    await(() -> teams.digestSink().destinations().contains(conversation));

    ObjectNode removed = activity("conversationUpdate", conversation, "groupChat");
    removed.putArray("membersRemoved").addObject().put("id", BOT_ID);
    post(validToken(), removed);

    await(() -> !teams.digestSink().destinations().contains(conversation));
    assertThat(microsoft.sentTo(conversation)).isEmpty();
  }

  @Test
  void votesAreStoredOncePerPersonAndALaterVoteReplacesTheFirst() throws Exception {
    String conversation = "a:votes-" + UUID.randomUUID();
    ObjectNode like = activity("invoke", conversation, "personal").put("name", "message/submitAction")
        .put("replyToId", "answer-1");
    like.putObject("value").put("actionName", "feedback").putObject("actionValue").put("reaction", "like")
        .put("feedback", "{\"feedbackText\":\"spot on\"}");
    HttpResponse<String> response = post(validToken(), like);
    assertThat(response.statusCode()).isEqualTo(200);

    ObjectNode card = message(conversation, "personal", null).put("replyToId", "answer-1");
    card.remove("text");
    card.putObject("value").put("briefbot", "vote").put("vote", "down");
    post(validToken(), card);

    String key = conversation + "|answer-1|aad-user-1";
    await(() -> state.get(Votes.NAMESPACE, key).filter(v -> v.contains("\"down\"")).isPresent());
    assertThat(state.list(Votes.NAMESPACE).keySet().stream().filter(k -> k.startsWith(conversation))).hasSize(1);
    double up = metrics.get("briefbot.teams.votes").tag("vote", "up").gauge().value();
    double down = metrics.get("briefbot.teams.votes").tag("vote", "down").gauge().value();
    assertThat(state.list(Votes.NAMESPACE).values().stream().filter(v -> v.contains("\"up\"")).count())
        .as("a changed vote moves: counted once").isEqualTo((long) up);
    assertThat(state.list(Votes.NAMESPACE).values().stream().filter(v -> v.contains("\"down\"")).count())
        .isEqualTo((long) down).isPositive();
    assertThat(microsoft.messagesTo(conversation)).isEmpty();
  }

  // --- helpers

  private static Paragraph paragraphAt(String url) {
    Matcher m = READER.matcher(url);
    assertThat(m.matches()).as("reader link %s", url).isTrue();
    var article = briefbot.index().article(m.group(1)).orElseThrow().article();
    int n = Integer.parseInt(m.group(2));
    return article.paragraphs().stream().filter(p -> p.number() == n).findFirst().orElseThrow();
  }

  private static Digest digest(String language) {
    Answer.Grounded answer = (Answer.Grounded) briefbot.answerer().ask(Question.of(question));
    Citation first = answer.citations().get(0);
    Citation one = new Citation(1, first.articleId(), first.title(), first.source(), first.language(),
        first.paragraph(), first.url(), first.originalUrl(), first.text());
    return new Digest(LocalDate.of(2024, 11, 7), language, "Your briefing for 7 November",
        List.of(new Digest.Item(first.title(), "Moscow supplies Tehran with weapons [1]", 1)), List.of(one));
  }

  private static JWTClaimsSet claims(String audience, String serviceUrl, Instant now) {
    return new JWTClaimsSet.Builder().issuer("https://api.botframework.com").audience(audience)
        .expirationTime(Date.from(now.plusSeconds(3600))).claim("serviceurl", serviceUrl).build();
  }

  private static String validToken() {
    return FakeBotFramework.token(key, FakeBotFramework.APP_ID, microsoft.serviceUrl(), clock.instant(),
        Duration.ofHours(1));
  }

  private static ObjectNode activity(String type, String conversation, String conversationType) {
    ObjectNode a = JSON.createObjectNode().put("type", type).put("id", "1" + Math.abs(UUID.randomUUID()
            .getMostSignificantBits())).put("timestamp", Instant.now().toString())
        .put("serviceUrl", microsoft.serviceUrl()).put("channelId", "msteams");
    a.putObject("from").put("id", "29:user-1").put("name", "Ada").put("aadObjectId", "aad-user-1");
    a.putObject("conversation").put("id", conversation).put("conversationType", conversationType)
        .put("tenantId", "tenant-1");
    a.putObject("recipient").put("id", BOT_ID).put("name", "Briefbot");
    return a;
  }

  private static ObjectNode mention(ObjectNode activity) {
    activity.putArray("entities").addObject().put("type", "mention").put("text", "<at>Briefbot</at>")
        .putObject("mentioned").put("id", BOT_ID).put("name", "Briefbot");
    return activity;
  }

  private static ObjectNode message(String conversation, String conversationType, String text) {
    return activity("message", conversation, conversationType).put("text", text).put("textFormat", "plain");
  }

  private static HttpResponse<String> post(String token, JsonNode activity) throws Exception {
    return http.send(request(token, activity), HttpResponse.BodyHandlers.ofString());
  }

  private static CompletableFuture<HttpResponse<String>> postAsync(String token, JsonNode activity) {
    return http.sendAsync(request(token, activity), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpRequest request(String token, JsonNode activity) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + TeamsBot.PATH))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(activity.toString()));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return b.build();
  }

  private static List<FakeBotFramework.Sent> awaitMessages(String conversation, int count) {
    await(() -> microsoft.messagesTo(conversation).size() >= count);
    return microsoft.messagesTo(conversation);
  }

  private static void await(Supplier<Boolean> condition) {
    Eventually.within(Duration.ofSeconds(60)).until(condition::get);
  }
}
