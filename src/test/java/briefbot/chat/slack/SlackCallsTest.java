package briefbot.chat.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A Slack that cannot be reached is said in words in what the callers log, never with a Java class name. */
class SlackCallsTest {

  private static String nobody;
  private static SlackCalls calls;

  @BeforeAll
  static void slackNobodyListensAt() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      nobody = "http://127.0.0.1:" + socket.getLocalPort();
    }
    SlackConfig config = new SlackConfig();
    config.setMethodsEndpointUrlPrefix(nobody + "/api/");
    config.setStatsEnabled(false);
    calls = new SlackCalls(Slack.getInstance(config), "xoxb-fake1");
  }

  @Test
  void anUnreachableWebApiIsATransientFailureSaidInWords() {
    assertThatThrownBy(() -> calls.update("C1", "1.2", AnswerBlocks.notice("hello")))
        .isInstanceOfSatisfying(SlackCallFailed.class, e -> {
          assertThat(e.getMessage()).startsWith("chat.update failed: ").doesNotContain("Exception");
          assertThat(e.getMessage()).hasSizeGreaterThan("chat.update failed: ".length());
        });
  }

  @Test
  void anUnreachableResponseUrlIsSaidInWords() {
    assertThatThrownBy(() -> calls.respond(nobody + "/actions/T1/x", ActionResponse.builder().text("hi").build()))
        .isInstanceOf(SlackCallFailed.class)
        .hasMessageStartingWith("response_url failed: ")
        .message().doesNotContain("Exception").hasSizeGreaterThan("response_url failed: ".length());
  }
}
