package briefbot.chat.teams;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.time.Clock;
import org.junit.jupiter.api.Test;

/**
 * A token endpoint that cannot be reached, or that refuses the credentials, is said in words (the line Dialog logs),
 * never with a class name.
 */
class BotTokenTest {

  @Test
  void aTokenEndpointNobodyListensAtIsSaidInWords() throws IOException {
    String nobody;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      nobody = "http://127.0.0.1:" + socket.getLocalPort() + "/oauth2/v2.0/token";
    }
    TeamsSettings settings = new TeamsSettings("app-id", "app-password", null, "http://127.0.0.1:1/metadata", nobody);
    try (HttpClient http = HttpClient.newHttpClient()) {
      BotToken token = new BotToken(http, settings, Clock.systemUTC());
      assertThatThrownBy(token::get).isInstanceOf(IOException.class)
          .hasMessage("the token endpoint cannot be reached (cannot connect)");
    }
  }

  /**
   * A wrong client secret is refused for good, said with Microsoft's codes and the settings to check, never with the
   * secret (Microsoft's description, which may echo the request, is not repeated).
   */
  @Test
  void aWrongSecretIsSaidAsTheSettingsToCheckWithMicrosoftsCodes() throws IOException {
    try (FakeBotFramework microsoft = new FakeBotFramework(); HttpClient http = HttpClient.newHttpClient()) {
      TeamsSettings settings = new TeamsSettings(FakeBotFramework.APP_ID, "a-wrong-secret", null,
          microsoft.env().get("TEAMS_OPENID_METADATA_URL"), microsoft.env().get("TEAMS_TOKEN_URL"));
      BotToken token = new BotToken(http, settings, Clock.systemUTC());
      assertThatThrownBy(token::get).isInstanceOf(Refused.class)
          .hasMessageStartingWith("Microsoft's token endpoint refused the bot's credentials (HTTP 401 invalid_client"
              + " AADSTS7000215): check TEAMS_APP_PASSWORD")
          .message().doesNotContain("a-wrong-secret").doesNotContain("Invalid client secret");
    }
  }
}
