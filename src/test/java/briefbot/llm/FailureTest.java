package briefbot.llm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.exception.UnresolvedModelServerException;
import java.io.IOException;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;

/** A failed model call is said in words a user reads on their terminal, never as a Java class name. */
class FailureTest {

  @Test
  void aServerWhoseNameDoesNotResolveIsSaidSoAndNotRetried() {
    Failure failure = Failure.of(new RuntimeException(new UnresolvedModelServerException((String) null)));
    assertThat(failure.cause()).startsWith("cannot reach the model server").doesNotContain("Exception");
    assertThat(failure.retryable()).isFalse();
  }

  @Test
  void anExceptionWithoutAMessageIsNamedInWords() {
    assertThat(Failure.of(new IOException(new UnknownHostException())).cause())
        .isEqualTo("connection failed: unknown host");
    assertThat(Failure.of(new IllegalStateException()).cause()).isEqualTo("unexpected reply: illegal state");
    assertThat(Failure.of(new IOException("Connection refused")).cause())
        .isEqualTo("connection failed: Connection refused");
  }
}
