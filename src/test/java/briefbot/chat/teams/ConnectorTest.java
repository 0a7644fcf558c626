package briefbot.chat.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.time.Clock;
import org.junit.jupiter.api.Test;

/** What the Bot Connector's refusals and an unreachable Connector are said as: what is wrong and where, in one line. */
class ConnectorTest {

  private static final ObjectNode REPLY =
      new ObjectMapper().createObjectNode().put("type", "message").put("text", "hi");

  @Test
  void aConversationTheBotWasRemovedFromIsRefusedForGoodWithMicrosoftsCodeAfterOnePost() throws Exception {
    try (FakeBotFramework microsoft = new FakeBotFramework(); HttpClient http = HttpClient.newHttpClient()) {
      Connector connector = connector(microsoft, http);
      connector.trust(microsoft.serviceUrl());
      ConversationRef ref = new ConversationRef(microsoft.base(), "msteams", FakeBotFramework.REMOVED + "1",
          "personal", "tenant-1", "28:bot", "Briefbot");

      assertThatThrownBy(() -> connector.reply(ref, "1", REPLY.deepCopy())).isInstanceOf(Refused.class)
          .hasMessage("Bot Connector answered HTTP 403 BotNotInConversationRoster for conversation a:removed-1:"
              + " Briefbot is not in this conversation (removed from the team or chat) or may not post there");
      assertThat(microsoft.rosterRefusals.get()).as("a 403 is no token trouble: not posted again").isEqualTo(1);
    }
  }

  @Test
  void aConnectorThatCannotBeReachedIsSaidWithItsAddress() throws Exception {
    String nobody;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      nobody = "http://127.0.0.1:" + socket.getLocalPort();
    }
    try (FakeBotFramework microsoft = new FakeBotFramework(); HttpClient http = HttpClient.newHttpClient()) {
      Connector connector = connector(microsoft, http);
      connector.trust(nobody + "/");
      ConversationRef ref = new ConversationRef(nobody, "msteams", "a:1", "personal", "tenant-1", "28:bot",
          "Briefbot");

      assertThatThrownBy(() -> connector.send(ref, REPLY.deepCopy())).isInstanceOf(IOException.class)
          .isNotInstanceOf(Refused.class)
          .hasMessageStartingWith("cannot reach the Bot Connector at " + nobody + " (cannot connect)");
    }
  }

  private static Connector connector(FakeBotFramework microsoft, HttpClient http) {
    TeamsSettings settings = new TeamsSettings(FakeBotFramework.APP_ID, FakeBotFramework.APP_PASSWORD, null,
        microsoft.env().get("TEAMS_OPENID_METADATA_URL"), microsoft.env().get("TEAMS_TOKEN_URL"));
    return new Connector(http, new BotToken(http, settings, Clock.systemUTC()));
  }
}
