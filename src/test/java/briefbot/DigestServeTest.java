package briefbot;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve} runs the digest: started 20 minutes after it was due, it posts it once to the Teams webhook. */
class DigestServeTest {

  @TempDir
  Path dir;

  @Test
  void serveStartsTheDigestAndPostsADigestDueAtStartUpOnce() throws Exception {
    List<String> received = new CopyOnWriteArrayList<>();
    HttpServer webhook = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    webhook.createContext("/hook", exchange -> {
      received.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
      exchange.sendResponseHeaders(202, -1);
      exchange.close();
    });
    webhook.start();
    SeedCorpus.copyTo(dir);
    Config config = SeedCorpus.config(dir, Map.of("BRIEFBOT_PORT", "0", "BRIEFBOT_DIGEST_CRON", "0 8 * * *",
        "TEAMS_DIGEST_WEBHOOK_URL", "http://127.0.0.1:" + webhook.getAddress().getPort() + "/hook"));
    Clock clock = Clock.fixed(Instant.parse("2026-03-28T08:20:00Z"), ZoneOffset.UTC);
    try (Serve.Running running = Serve.start(config, clock, List.of(new ChatAdapters(clock)))) {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (received.isEmpty() && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      assertThat(running.server().port()).isPositive();
    } finally {
      webhook.stop(0);
    }
    assertThat(received).singleElement().asString().contains("AdaptiveCard").contains("reported by 2 sources")
        .contains("http://briefbot.test/articles/");
  }
}
