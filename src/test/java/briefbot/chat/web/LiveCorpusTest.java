package briefbot.chat.web;

import static org.assertj.core.api.Assertions.assertThat;

import briefbot.testing.Eventually;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** While serving, a file added to, changed in or removed from corpus/ is answerable (or gone) within 5 seconds. */
class LiveCorpusTest {

  private static final Duration WITHIN = Duration.ofSeconds(5);
  private static final String QUESTION = "Where was the Zorblatt fisheries accord signed?";

  @TempDir
  static Path dir;
  static TestServer server;

  @BeforeAll
  static void start() throws Exception {
    server = TestServer.start(dir, List.of());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void addedChangedAndRemovedArticlesAreServedWithinFiveSecondsWhileSearchesGoOn() throws Exception {
    assertThat(citesZorblatt(server.ask(QUESTION))).isFalse();
    AtomicBoolean asking = new AtomicBoolean(true);
    List<String> failures = new CopyOnWriteArrayList<>();
    Thread meanwhile = Thread.ofPlatform().start(() -> {
      while (asking.get()) {
        var response = server.post("/api/ask", "{\"question\": \"" + TestServer.ANSWERABLE.get(0) + "\"}");
        if (response.statusCode() != 200) {
          failures.add(response.statusCode() + " " + response.body());
        }
      }
    });
    try {
      Path file = server.corpus.resolve("zorblatt.txt");
      Files.writeString(file, article("Tromsø"));
      JsonNode added = within(answer -> citedText(answer).contains("Tromsø"));
      assertThat(added.get("citations").get(0).get("articleId").asText()).isEqualTo("zorblatt");
      assertThat(server.get("/articles/zorblatt").statusCode()).isEqualTo(200);

      Files.writeString(file, article("Hammerfest"));
      JsonNode changed = within(answer -> citedText(answer).contains("Hammerfest"));
      assertThat(citedText(changed)).doesNotContain("Tromsø");

      Files.delete(file);
      within(answer -> !citesZorblatt(answer));
      assertThat(server.get("/articles/zorblatt").statusCode()).isEqualTo(404);
    } finally {
      asking.set(false);
      meanwhile.join();
    }
    assertThat(failures).as("questions asked while the index changed").isEmpty();
  }

  private static String article(String town) {
    return """
        ---
        title: Arctic councils sign the Zorblatt fisheries accord
        source: Test Wire
        language: en
        ---
        The Zorblatt fisheries accord was signed in %s on Tuesday by the seven Arctic fisheries councils.

        The accord ends a decade of disputes over cod quotas in the Barents Sea, the councils said.
        """.formatted(town);
  }

  /** Asks until the answer satisfies {@code ready}; fails after {@link #WITHIN}. */
  private static JsonNode within(Predicate<JsonNode> ready) {
    long start = System.nanoTime();
    JsonNode answer = Eventually.within(WITHIN).pollInterval(Duration.ofMillis(100))
        .alias("waiting for the corpus change").until(() -> server.ask(QUESTION), ready);
    System.out.printf("live corpus: change served after %d ms%n", (System.nanoTime() - start) / 1_000_000);
    return answer;
  }

  private static boolean citesZorblatt(JsonNode answer) {
    for (JsonNode c : answer.get("citations")) {
      if (c.get("articleId").asText().equals("zorblatt")) {
        return true;
      }
    }
    return false;
  }

  private static String citedText(JsonNode answer) {
    StringBuilder text = new StringBuilder();
    answer.get("citations").forEach(c -> text.append(c.get("text").asText()).append('\n'));
    return text.toString();
  }
}
