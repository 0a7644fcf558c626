package briefbot.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

/** A failure is said in words a user or a log reader reads, never with a Java class name. */
class FailuresTest {

  @Test
  void theFirstMessageDownTheChainIsSaidWithoutTheClassNamesWrappersAddToIt() {
    assertThat(Failures.inWords(new IOException("Connection refused"))).isEqualTo("Connection refused");
    assertThat(Failures.inWords(new IllegalStateException(new IOException("disk full")))).isEqualTo("disk full");
    assertThat(Failures.inWords(new CompletionException(new UncheckedIOException(new IOException("disk full")))))
        .isEqualTo("disk full");
    assertThat(Failures.inWords(new IllegalStateException("failed loading: java.io.IOException: disk full")))
        .isEqualTo("failed loading: disk full");
    assertThat(Failures.inWords(new RuntimeException((String) null, new IOException("broken pipe"))))
        .isEqualTo("broken pipe");
  }

  @Test
  void aFileSystemFailureSaysWhatHappenedToItsPath() {
    assertThat(Failures.inWords(new UncheckedIOException(new NoSuchFileException("/x/y"))))
        .isEqualTo("no such file or folder: /x/y");
    assertThat(Failures.inWords(new AccessDeniedException("/x"))).isEqualTo("permission denied: /x");
  }

  @Test
  void aFailureWithoutAnyMessageIsNamedInWords() {
    assertThat(Failures.inWords(new IOException(new UnknownHostException()))).isEqualTo("unknown host");
    assertThat(Failures.inWords(new IllegalStateException())).isEqualTo("illegal state");
    assertThat(Failures.inWords(new RuntimeException() {})).isEqualTo("failed");
    assertThat(Failures.message(new IllegalStateException())).isEmpty();
    ConnectException refused = new ConnectException();
    refused.initCause(new ClosedChannelException());
    assertThat(Failures.inWords(refused)).isEqualTo("cannot connect");
    ConnectException unresolved = new ConnectException();
    unresolved.initCause(new UnresolvedAddressException());
    assertThat(Failures.inWords(unresolved)).isEqualTo("the host name does not resolve");
  }

  @Test
  void javasHttpClientRefusedIsSaidAsThat() throws Exception {
    int closed;
    try (var socket = new java.net.ServerSocket(0)) {
      closed = socket.getLocalPort();
    }
    try (HttpClient http = HttpClient.newHttpClient()) {
      http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + closed + "/")).build(),
          HttpResponse.BodyHandlers.discarding());
    } catch (IOException e) {
      assertThat(Failures.inWords(e)).isEqualTo("cannot connect");
      return;
    }
    throw new AssertionError("nothing listens on port " + closed);
  }

  @Test
  void aCauseChainThatLoopsEnds() {
    IOException first = new IOException();
    IOException second = new IOException(first);
    first.initCause(second);
    assertThat(Failures.inWords(first)).isEqualTo("io");
  }
}
