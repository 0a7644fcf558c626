package briefbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import briefbot.chat.slack.FakeSlack;
import briefbot.chat.slack.SlackRequests;
import briefbot.config.Config;
import briefbot.testing.SeedCorpus;
import briefbot.testing.ServeInChild;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve} with Slack configured: the bot's route is on the one server and a signed mention is answered. */
class ServeSlackTest {

  @TempDir
  Path dir;

  @Test
  void serveAnswersASignedMentionAtSlashSlackEvents() throws Exception {
    SeedCorpus.copyTo(dir);
    int port = ServeInChild.freePort();
    try (FakeSlack slack = new FakeSlack()) {
      Config config = SeedCorpus.config(dir, Map.of("BRIEFBOT_PORT", Integer.toString(port),
          "SLACK_BOT_TOKEN", "xoxb-serve", "SLACK_SIGNING_SECRET", SlackRequests.SECRET,
          "SLACK_API_URL", slack.apiUrl()));
      try (Service running = Service.start(config, Clock.systemUTC())) {
        assertThat(running.chatApps()).as("what the start-up line says is on").containsExactly("Slack");
        String ts = SlackRequests.ts();
        String mention = SlackRequests.mention("CSERVE", "USERVE", "Who conducts joint patrols with China in the Arctic?",
            ts, null).toString();
        assertThat(new SlackRequests("http://127.0.0.1:" + port).postJson(mention).statusCode()).isEqualTo(200);
        Predicate<FakeSlack.Call> inChannel = c -> "CSERVE".equals(c.param("channel"));
        assertThat(slack.awaitOne("chat.postMessage", inChannel).param("thread_ts")).isEqualTo(ts);
        assertThat(slack.awaitOne("chat.update", inChannel).blocks().toString())
            .contains("http://briefbot.test/articles/");
      }
    }
  }
}
