package briefbot.chat.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import briefbot.testing.LogCapture;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.time.Clock;
import org.junit.jupiter.api.Test;

/** OpenID metadata that cannot be fetched is said in words in the refusal and the log, never as "null". */
class SigningKeysTest {

  @Test
  void metadataNobodyListensAtIsSaidInWords() throws IOException {
    String nobody;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      nobody = "http://127.0.0.1:" + socket.getLocalPort() + "/.well-known/openidconfiguration";
    }
    try (HttpClient http = HttpClient.newHttpClient(); LogCapture log = LogCapture.start()) {
      SigningKeys keys = new SigningKeys(http, nobody, Clock.systemUTC());
      assertThatThrownBy(() -> keys.find("some-key-id")).isInstanceOf(SigningKeys.Unavailable.class)
          .hasMessage("signing keys unavailable: cannot connect");
      assertThat(log.text()).contains("cannot fetch the Bot Connector signing keys from " + nobody + ": cannot connect")
          .doesNotContain(": null");
    }
  }
}
