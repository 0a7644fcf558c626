package briefbot.chat.slack;

import static org.assertj.core.api.Assertions.assertThat;

import briefbot.app.Service;
import briefbot.config.Config;
import briefbot.feeds.Stories;
import briefbot.testing.SeedCorpus;
import briefbot.testing.ServeInChild;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Watches through {@code serve} as it runs: a channel watches a topic through real Bolt (mention and
 * {@code /brief}), articles are added to the corpus and indexed, and the fake Slack sees one cited alert for the
 * matching article, none for the unrelated one, and none again after a restart on the same data folder.
 */
class WatchAlertsTest {

  private static final String CHANNEL = "CWATCH";

  @TempDir
  Path dir;

  @Test
  void aWatchFiresOnceForAMatchingNewArticleAndNeverAgain() throws Exception {
    SeedCorpus.copyTo(dir);
    try (FakeSlack slack = new FakeSlack()) {
      Config config = config(slack);
      SlackRequests requests = new SlackRequests("http://127.0.0.1:" + config.port());
      Predicate<FakeSlack.Call> alerts = c -> CHANNEL.equals(c.param("channel"))
          && c.param("text") != null && c.param("text").contains("New on the watch");
      try (Service running = Service.start(config, Clock.systemUTC())) {
        requests.postJson(SlackRequests.mention(CHANNEL, "UWATCH", "watch floating solar farm", SlackRequests.ts(),
            null).toString());
        assertThat(slack.awaitOne("chat.postMessage", c -> CHANNEL.equals(c.param("channel"))).param("text"))
            .contains("Watching \"floating solar farm\"");
        assertThat(command(requests, slack, "watches")).contains("1. floating solar farm");

        write(Stories.STRIKE, "rail-strike");
        running.bot().sync(line -> {});
        write(Stories.SOLAR, "floating-solar");
        running.bot().sync(line -> {});

        FakeSlack.Call alert = slack.awaitOne("chat.postMessage", alerts);
        assertThat(alert.visibleText()).contains("floating solar farm", "Rotterdam switches on Europe")
            .doesNotContain("rail");
        assertThat(alert.blocks().toString()).contains("http://briefbot.test/articles/floating-solar");
        Thread.sleep(3_000); // three more looks
        assertThat(slack.calls("chat.postMessage", alerts)).hasSize(1);
      }

      try (Service again = Service.start(config, Clock.systemUTC())) {
        Thread.sleep(3_000);
        assertThat(slack.calls("chat.postMessage", alerts)).as("not again after a restart").hasSize(1);
        assertThat(command(requests, slack, "watches")).contains("1. floating solar farm");
        assertThat(command(requests, slack, "unwatch 1")).contains("Stopped watching \"floating solar farm\"");
        assertThat(command(requests, slack, "watches")).contains("watches nothing yet");
      }
    }
  }

  @Test
  void watchCommandsExplainThemselves() throws Exception {
    SeedCorpus.copyTo(dir);
    try (FakeSlack slack = new FakeSlack();
        Service running = Service.start(config(slack), Clock.systemUTC())) {
      SlackRequests requests = new SlackRequests("http://127.0.0.1:" + running.port());
      assertThat(command(requests, slack, "watch")).contains("watches nothing yet", "/brief watch");
      assertThat(command(requests, slack, "watch colour:red")).contains("I don't know the filter 'colour:'");
      assertThat(command(requests, slack, "watch from:Reuters")).contains("Add a topic to the filters");
      assertThat(command(requests, slack, "watch Iran from:Reuters")).contains("Watching \"Iran from:Reuters\"");
      assertThat(command(requests, slack, "watch iran FROM:Reuters")).contains("already watches");

      requests.postJson(SlackRequests.homeOpened("UWATCH").toString());
      FakeSlack.Call home = slack.awaitOne("views.publish", c -> "UWATCH".equals(c.param("user_id")));
      var view = FakeSlack.MAPPER.readTree(home.param("view"));
      assertThat(view.path("type").asText()).isEqualTo("home");
      assertThat(view.path("blocks").toString()).contains("/brief watch TOPIC", "Daily digest",
          "Iran from:Reuters in <#" + CHANNEL + ">");
      assertThat(command(requests, slack, "unwatch 7")).contains("no watch number \"7\"");
      assertThat(command(requests, slack, "unwatch Iran from:Reuters")).contains("Stopped watching");
      assertThat(command(requests, slack, "help")).contains("/brief watch TOPIC");

      // users.info refused (no users:read scope): the command still works, its reply in the language of its words
      slack.locale("UDE", "missing_scope");
      assertThat(command(requests, slack, "UDE", "watch Welche Sanktionen verhängt die EU gegen Russland?"))
          .startsWith("Ich beobachte \u201eWelche Sanktionen verhängt die EU gegen Russland?\u201c:")
          .contains("/brief unwatch 1");
      assertThat(command(requests, slack, "UDE", "watches")).as("no words of its own: the channel's digest language")
          .startsWith("This channel watches:");
      // a Spanish Slack user's Home tab is Spanish
      slack.locale("UES", "es-ES");
      requests.postJson(SlackRequests.homeOpened("UES").toString());
      String spanish = FakeSlack.MAPPER.readTree(slack.awaitOne("views.publish", c -> "UES".equals(c.param("user_id")))
          .param("view")).path("blocks").toString();
      assertThat(spanish).contains("Resumen diario", "Sus seguimientos", "`/brief watch TEMA`")
          .doesNotContain("Daily digest");
    }
  }

  /** The ephemeral reply to {@code /brief TEXT} in the channel. */
  private static String command(SlackRequests requests, FakeSlack slack, String text) {
    return command(requests, slack, "UWATCH", text);
  }

  private static String command(SlackRequests requests, FakeSlack slack, String user, String text) {
    var response = requests.postForm(SlackRequests.command(CHANNEL, user, text, slack.responseUrl("w")));
    assertThat(response.statusCode()).isEqualTo(200);
    try {
      return FakeSlack.MAPPER.readTree(response.body()).path("text").asText();
    } catch (IOException e) {
      throw new AssertionError(response.body(), e);
    }
  }

  private void write(Stories.Story story, String id) throws IOException {
    StringBuilder text = new StringBuilder("---\ntitle: " + story.title() + "\nsource: Test News\nlanguage: "
        + story.lang() + "\n---\n");
    story.body().stream().filter(p -> !p.startsWith("#")).forEach(p -> text.append(p).append("\n\n"));
    Files.writeString(dir.resolve("corpus").resolve(id + ".md"), text);
  }

  private Config config(FakeSlack slack) throws IOException {
    int port = ServeInChild.freePort();
    return SeedCorpus.config(dir, Map.of("BRIEFBOT_PORT", Integer.toString(port), "SLACK_BOT_TOKEN", "xoxb-watch",
        "SLACK_SIGNING_SECRET", SlackRequests.SECRET, "SLACK_API_URL", slack.apiUrl(),
        "BRIEFBOT_WATCH_INTERVAL", "PT1S"));
  }
}
