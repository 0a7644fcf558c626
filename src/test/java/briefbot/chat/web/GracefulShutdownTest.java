package briefbot.chat.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import briefbot.app.Briefbot;
import briefbot.app.Service;
import briefbot.testing.Eventually;
import briefbot.testing.LogCapture;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Shutdown stops taking requests, finishes those in flight, stops the features and leaves the index committed. */
class GracefulShutdownTest {

  @TempDir
  Path dir;

  @Test
  void aPartThatFailsToStopIsNamedAndItsFailureSaidInWords(@TempDir Path other) throws Exception {
    Service.ExtensionFactory failing = (bot, registry) -> new Service.Extension() {
      @Override
      public void close() {
        throw new IllegalStateException(new IOException("disk full"));
      }
    };
    try (LogCapture log = LogCapture.start()) {
      TestServer.start(other, List.of(failing)).close();
      assertThat(log.text()).contains("stopping an extension: disk full").doesNotContain("Exception");
    }
  }

  @Test
  void requestsInFlightFinishAndTheIndexIsCommitted() throws Exception {
    CountDownLatch entered = new CountDownLatch(1);
    AtomicBoolean featureClosed = new AtomicBoolean();
    Service.ExtensionFactory slow = (bot, registry) -> new Service.Extension() {
      @Override
      public void routes(io.javalin.Javalin app) {
        app.get("/test/slow", ctx -> {
          registry.counter("test.slow").increment();
          entered.countDown();
          Thread.sleep(1500);
          ctx.result("done");
        });
      }

      @Override
      public void close() {
        featureClosed.set(true);
      }
    };
    TestServer server = TestServer.start(dir, List.of(slow));
    int seeds = server.articleFiles();
    Files.writeString(server.corpus.resolve("late-arrival.txt"),
        "The late arrival article says the Quellmark ferry runs on Sundays again.\n");
    Eventually.within(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100))
        .until(() -> TestServer.json(server.get("/healthz")).get("articles").asInt() > seeds);

    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    CompletableFuture<HttpResponse<String>> inFlight = client.sendAsync(
        HttpRequest.newBuilder(URI.create(server.base + "/test/slow")).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();
    server.close();

    HttpResponse<String> finished = inFlight.get(10, TimeUnit.SECONDS);
    assertThat(finished.statusCode()).isEqualTo(200);
    assertThat(finished.body()).isEqualTo("done");
    assertThat(featureClosed).isTrue();
    assertThatThrownBy(() -> HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.base + "/healthz"))
        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString()))
        .isInstanceOf(ConnectException.class);

    try (Briefbot reopened = Briefbot.open(server.config, Clock.systemUTC())) {
      assertThat(reopened.index().readOnly()).as("the write lock was released").isFalse();
      assertThat(reopened.index().article("late-arrival")).as("indexed while serving, committed").isPresent();
      assertThat(reopened.index().articleCount()).isEqualTo(seeds + 1);
    }
  }
}
