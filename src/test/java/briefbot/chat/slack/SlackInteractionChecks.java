package briefbot.chat.slack;

import static briefbot.chat.slack.SlackBotTest.h;
import static briefbot.chat.slack.SlackBotTest.in;
import static briefbot.chat.slack.SlackBotTest.links;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import briefbot.answer.Answer;
import briefbot.answer.Citation;
import briefbot.config.Config;
import briefbot.digest.Digest;
import briefbot.digest.DigestSink;
import briefbot.testing.Eventually;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** /brief, its buttons, votes and the digest, over HTTP against a fake Slack Web API (run by {@link SlackBotTest}). */
abstract class SlackInteractionChecks {

  private static final String QUESTION = SlackBotTest.QUESTION;

  @Test
  void briefAnswersPrivatelyAndShareInChannelPostsTheSameAnswer() throws Exception {
    HttpResponse<String> ack = h.requests.postForm(SlackRequests.command("CCMD", "UCMD", QUESTION,
        h.fake.responseUrl("cmd1")));
    assertThat(ack.statusCode()).isEqualTo(200);
    JsonNode ackBody = FakeSlack.MAPPER.readTree(ack.body());
    assertThat(ackBody.path("response_type").asText()).isEqualTo("ephemeral");
    assertThat(ackBody.path("text").asText()).contains("Searching");

    FakeSlack.Call reply = h.fake.awaitOne("response_url:cmd1", c -> true);
    assertThat(reply.json().path("response_type").asText()).isEqualTo("ephemeral");
    assertThat(reply.json().path("replace_original").asBoolean()).isTrue();
    JsonNode blocks = reply.json().path("blocks");
    List<String> expected = grounded(QUESTION).citations().stream().map(Citation::url).toList();
    assertThat(links(blocks).stream().filter(l -> l.startsWith(TestBot.BASE_URL)).toList()).isEqualTo(expected);
    JsonNode share = blocks.findParents("action_id").stream()
        .filter(b -> AnswerBlocks.SHARE.equals(b.path("action_id").asText())).findFirst().orElseThrow();
    assertThat(h.fake.calls().stream().filter(in("CCMD"))).isEmpty();

    h.requests.postClick(SlackRequests.click(AnswerBlocks.SHARE, share.path("value").asText(), "CCMD",
        SlackRequests.ts(), "UCMD", h.fake.responseUrl("share1"), true));
    FakeSlack.Call shared = h.fake.awaitOne("chat.postMessage", in("CCMD"));
    assertThat(shared.param("thread_ts")).isNull();
    assertThat(shared.visibleText()).contains("<@UCMD> asked");
    assertThat(links(shared.blocks()).stream().filter(l -> l.startsWith(TestBot.BASE_URL)).toList()).isEqualTo(expected);
    assertThat(h.fake.awaitOne("response_url:share1", c -> true).json().path("delete_original").asBoolean()).isTrue();
  }

  @Test
  void sharingWhereTheBotIsNotAMemberSaysHowToFixIt() {
    h.requests.postForm(SlackRequests.command("CNOTIN2", "UCMD2", QUESTION, h.fake.responseUrl("cmd2")));
    JsonNode share = h.fake.awaitOne("response_url:cmd2", c -> true).json().path("blocks").findParents("action_id")
        .stream().filter(b -> AnswerBlocks.SHARE.equals(b.path("action_id").asText())).findFirst().orElseThrow();
    h.requests.postClick(SlackRequests.click(AnswerBlocks.SHARE, share.path("value").asText(), "CNOTIN2",
        SlackRequests.ts(), "UCMD2", h.fake.responseUrl("share2"), true));
    FakeSlack.Call note = h.fake.awaitOne("response_url:share2", c -> true);
    assertThat(note.json().path("text").asText()).contains("/invite @Briefbot");
    assertThat(note.json().path("replace_original").asBoolean()).isFalse();
  }

  @Test
  void aVoteIsStoredWithWhatWasVotedOnAndASecondVoteReplacesIt() throws Exception {
    h.requests.postJson(SlackRequests.mention("CVOTE", "UASKER", QUESTION, SlackRequests.ts(), null).toString());
    String messageTs = h.fake.awaitOne("chat.update", in("CVOTE")).param("ts");
    double upBefore = votes(h, "up");
    double downBefore = votes(h, "down");

    h.requests.postClick(SlackRequests.click(AnswerBlocks.VOTE_UP, "up", "CVOTE", messageTs, "UVOTER",
        h.fake.responseUrl("vote1"), false));
    JsonNode vote = FakeSlack.MAPPER.readTree(h.state.get(Votes.NAMESPACE, "CVOTE:" + messageTs + ":UVOTER").orElseThrow());
    assertThat(vote.path("vote").asText()).isEqualTo("up");
    assertThat(vote.path("question").asText()).isEqualTo(QUESTION);
    assertThat(vote.path("answer").asText()).isEqualTo(grounded(QUESTION).text());
    assertThat(votes(h, "up")).isEqualTo(upBefore + 1);
    assertThat(vote.path("citations").findValuesAsText("url"))
        .isEqualTo(grounded(QUESTION).citations().stream().map(Citation::url).toList());
    assertThat(h.fake.awaitOne("response_url:vote1", c -> true).json().path("text").asText()).contains("Thanks");

    h.requests.postClick(SlackRequests.click(AnswerBlocks.VOTE_DOWN, "down", "CVOTE", messageTs, "UVOTER",
        h.fake.responseUrl("vote2"), false));
    assertThat(h.state.list(Votes.NAMESPACE).keySet().stream().filter(k -> k.startsWith("CVOTE:"))).hasSize(1);
    assertThat(FakeSlack.MAPPER.readTree(h.state.get(Votes.NAMESPACE, "CVOTE:" + messageTs + ":UVOTER").orElseThrow())
        .path("vote").asText()).isEqualTo("down");
    assertThat(h.fake.awaitOne("response_url:vote2", c -> true).json().path("text").asText()).contains("Changed");
    assertThat(votes(h, "up")).as("a changed vote moves: counted once").isEqualTo(upBefore);
    assertThat(votes(h, "down")).isEqualTo(downBefore + 1);
    assertThat(h.meters.scrape()).contains("briefbot_slack_votes{vote=\"down\"}");
  }

  @Test
  void aSpanishSlackUserGetsDigestHelpAndVoteRepliesInSpanishAndAMissingScopeFallsBack() throws Exception {
    h.fake.locale("UES1", "es-ES");
    assertThat(ackText(SlackRequests.command("CES", "UES1", "digest on", h.fake.responseUrl("es1"))))
        .isEqualTo("El resumen diario se publicará en este canal. `/brief digest off` lo detiene.");
    assertThat(h.state.contains(BriefCommand.SUBSCRIPTIONS, "slack:CES")).isTrue();
    assertThat(ackText(SlackRequests.command("CES", "UES1", "help", h.fake.responseUrl("es2"))))
        .contains("`/brief PREGUNTA`", "(help, digest on, digest off, watch, watches, unwatch, add)");
    assertThat(ackText(SlackRequests.command("CES", "UES1", "?!? …", h.fake.responseUrl("es5"))))
        .isEqualTo("Haga una pregunta con palabras, por ejemplo: ¿Qué le da Rusia a Irán?");
    assertThat(h.fake.calls("users.info", c -> "UES1".equals(c.param("user")))).as("read once, then cached")
        .hasSize(1);

    h.requests.postJson(SlackRequests.mention("CVOTEES", "UASKER2", QUESTION, SlackRequests.ts(), null).toString());
    String messageTs = h.fake.awaitOne("chat.update", in("CVOTEES")).param("ts");
    h.requests.postClick(SlackRequests.click(AnswerBlocks.VOTE_DOWN, "down", "CVOTEES", messageTs, "UES1",
        h.fake.responseUrl("es3"), false));
    assertThat(h.fake.awaitOne("response_url:es3", c -> true).json().path("text").asText())
        .isEqualTo("¡Gracias por su opinión! :-1: Lo transmitiré para que las respuestas mejoren.");

    // no users:read scope: the commands still work; a vote takes the language of the answer voted on (English),
    // a command without words of its own the channel's digest language (CNL...: Dutch), else English
    h.fake.locale("UNOSCOPE", "missing_scope");
    h.requests.postClick(SlackRequests.click(AnswerBlocks.VOTE_UP, "up", "CVOTEES", messageTs, "UNOSCOPE",
        h.fake.responseUrl("ns1"), false));
    assertThat(h.fake.awaitOne("response_url:ns1", c -> true).json().path("text").asText())
        .isEqualTo("Thanks for the feedback! :+1:");
    assertThat(ackText(SlackRequests.command("CNLTEAM", "UNOSCOPE", "digest on", h.fake.responseUrl("ns2"))))
        .isEqualTo("Het dagelijkse overzicht wordt in dit kanaal geplaatst. `/brief digest off` stopt het.");
    assertThat(h.state.contains(BriefCommand.SUBSCRIPTIONS, "slack:CNLTEAM")).isTrue();
    assertThat(ackText(SlackRequests.command("CPLAIN", "UNOSCOPE", "digest off", h.fake.responseUrl("ns3"))))
        .startsWith("This channel was not subscribed to the digest");
    assertThat(h.fake.calls("users.info", c -> "UNOSCOPE".equals(c.param("user"))))
        .as("a failed look-up is not repeated at every command").hasSize(1);

    // the other checks share the state: leave no subscription behind
    assertThat(ackText(SlackRequests.command("CES", "UES1", "digest off", h.fake.responseUrl("es4"))))
        .isEqualTo("Este canal ya no recibirá el resumen diario.");
    ackText(SlackRequests.command("CNLTEAM", "UNOSCOPE", "digest off", h.fake.responseUrl("ns4")));
  }

  @Test
  void aSlowUsersInfoDoesNotHoldACommandPastSlacksThreeSeconds() {
    h.fake.locale("USLOW", "de-DE");
    h.fake.hold("users.info");
    try {
      long start = System.nanoTime();
      String reply = ackText(SlackRequests.command("CSLOW", "USLOW", "digest off", h.fake.responseUrl("slow1")));
      long millis = (System.nanoTime() - start) / 1_000_000;
      assertThat(reply).as("the fallback: the channel's digest language").startsWith("This channel was not subscribed");
      assertThat(millis).as("acknowledged within Slack's 3 seconds").isLessThan(3_000);
      h.fake.awaitHeld("users.info", 1);
    } finally {
      h.fake.release("users.info");
    }
    // the look-up went on, and the next command has the user's language
    Eventually.within(Duration.ofSeconds(30)).until(() -> ackText(SlackRequests.command("CSLOW", "USLOW", "digest off",
        h.fake.responseUrl("slow2"))).startsWith("Dieser Kanal hatte den Überblick nicht abonniert"));
  }

  private static double votes(SlackHarness h, String vote) {
    return h.meters.get("briefbot.slack.votes").tag("vote", vote).gauge().value();
  }

  @Test
  void digestOnAndOffChangeWhereTheDigestGoes() {
    DigestSink sink = SlackBot.digestSink(Config.fromEnv(h.env), h.state);
    assertThat(sink.destinations()).containsExactly("CDIGEST1");
    assertThat(ackText(SlackRequests.command("CSUB", "UANY", "digest on", h.fake.responseUrl("d1"))))
        .contains("will be posted in this channel");
    assertThat(h.state.contains(BriefCommand.SUBSCRIPTIONS, "slack:CSUB")).isTrue();
    assertThat(sink.destinations()).containsExactly("CDIGEST1", "CSUB");
    assertThat(SlackBot.digestSink(Config.fromEnv(h.env), h.state).destinations())
        .containsExactly("CDIGEST1", "CSUB");

    assertThat(ackText(SlackRequests.command("CSUB", "UANY", "digest off", h.fake.responseUrl("d2"))))
        .contains("no longer");
    assertThat(sink.destinations()).containsExactly("CDIGEST1");
  }

  @Test
  void theDigestIsShownPrivatelyAndPostedWithLinkedSources() throws Exception {
    assertThat(ackText(SlackRequests.command("CSHOW", "UANY", "digest", h.fake.responseUrl("show1"))))
        .contains("Composing");
    FakeSlack.Call shown = h.fake.awaitOne("response_url:show1", c -> true);
    assertThat(shown.json().path("response_type").asText()).isEqualTo("ephemeral");
    Digest digest = h.digest().apply("CSHOW");
    List<String> readerLinks = digest.citations().stream().map(Citation::url).toList();
    assertThat(links(shown.json().path("blocks"))).containsAll(readerLinks);

    DigestSink sink = SlackBot.digestSink(Config.fromEnv(h.env), h.state);
    sink.post("CDIGESTPOST", digest);
    FakeSlack.Call posted = h.fake.awaitOne("chat.postMessage", in("CDIGESTPOST"));
    assertThat(posted.visibleText()).contains("Briefbot digest · 2024-11-08", "Russia and Iran", "&lt;!")
        .doesNotContain("<!");
    assertThat(links(posted.blocks())).containsAll(readerLinks);
    assertThatThrownBy(() -> sink.post("CNOTIN3", digest)).hasMessageContaining("not_in_channel");
  }

  @Test
  void addingAnArticleIsForAdminsOnly() {
    assertThat(ackText(SlackRequests.command("CADD", "UNOTADMIN", "add https://example.org/a", h.fake.responseUrl("a1"))))
        .contains("Only Briefbot admins");
    assertThat(h.added).isEmpty();
    assertThat(ackText(SlackRequests.command("CADD", "UADMIN2", "add <https://example.org/story>",
        h.fake.responseUrl("a2")))).contains("Adding");
    FakeSlack.Call reply = h.fake.awaitOne("response_url:a2", c -> true);
    assertThat(h.added).containsExactly("https://example.org/story");
    assertThat(reply.json().path("text").asText()).contains("Added `https://example.org/story`").doesNotContain("<!");
  }

  @Test
  void helpAndBadQuestionsGetShortPrivateReplies() {
    assertThat(ackText(SlackRequests.command("CHELP", "UHELP", "help", h.fake.responseUrl("h1"))))
        .contains("/brief QUESTION", "/brief digest on");
    assertThat(ackText(SlackRequests.command("CHELP", "UHELP", "", h.fake.responseUrl("h2"))))
        .contains("/brief QUESTION");
    assertThat(ackText(SlackRequests.command("CHELP", "UHELP", "?!? …", h.fake.responseUrl("h3"))))
        .contains("Please ask a question in words");
    assertThat(ackText(SlackRequests.command("CHELP", "UHELP", "x".repeat(5000), h.fake.responseUrl("h4"))))
        .contains("too long").hasSizeLessThan(200);
  }

  private static String ackText(Map<String, String> command) {
    HttpResponse<String> ack = h.requests.postForm(command);
    assertThat(ack.statusCode()).isEqualTo(200);
    try {
      JsonNode body = FakeSlack.MAPPER.readTree(ack.body());
      assertThat(body.path("response_type").asText()).isEqualTo("ephemeral");
      return body.path("text").asText();
    } catch (IOException e) {
      throw new AssertionError(ack.body(), e);
    }
  }

  private static Answer.Grounded grounded(String question) {
    Answer answer = h.ask(question);
    assertThat(answer).isInstanceOf(Answer.Grounded.class);
    return (Answer.Grounded) answer;
  }
}
