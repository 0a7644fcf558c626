package briefbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import briefbot.testing.SeedCorpus;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code briefbot digest} as a user runs it: the dry run on the seed corpus, posting by hand, and its errors. */
class DigestCommandTest {

  @TempDir
  static Path dir;

  /** What one run printed and returned. */
  record Run(int code, String out, String err) {}

  @BeforeAll
  static void corpus() {
    SeedCorpus.copyTo(dir);
  }

  static Run run(Map<String, String> extra, String... args) {
    Map<String, String> env = new HashMap<>(extra);
    env.put("BRIEFBOT_CORPUS_DIR", dir.resolve("corpus").toString());
    env.putIfAbsent("BRIEFBOT_DATA_DIR", dir.resolve("data").toString());
    env.putIfAbsent("BRIEFBOT_BASE_URL", "https://brief.example.org");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    PrintWriter o = new PrintWriter(out);
    PrintWriter e = new PrintWriter(err);
    Clock clock = Clock.systemUTC();
    int code = Cli.run(args, env, new BufferedReader(new StringReader("")), o, e, clock);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void dryRunJsonGroupsTheTwoReportsOfRuttesRemarksIntoOneStoryCitedToBoth() throws Exception {
    Run run = run(Map.of(), "digest", "--dry-run", "--json");
    assertThat(run.code()).as(run.err()).isZero();
    JsonNode digest = new ObjectMapper().readTree(run.out());
    assertThat(digest.fieldNames()).toIterable().containsExactly("version", "day", "language", "headline",
        "quiet", "items", "citations");
    assertThat(digest.get("version").asInt()).isEqualTo(1);
    assertThat(digest.get("citations").get(0).fieldNames()).toIterable().containsExactly("n", "articleId", "title",
        "source", "language", "paragraph", "url", "originalUrl", "text");
    assertThat(digest.get("quiet").asBoolean()).isFalse();
    JsonNode items = digest.get("items");
    assertThat(items.size()).isBetween(3, 7);

    Map<Integer, String> articleOf = new HashMap<>();
    digest.get("citations").forEach(c -> articleOf.put(c.get("n").asInt(), c.get("articleId").asText()));
    List<Set<String>> cited = new ArrayList<>();
    Set<Integer> used = new LinkedHashSet<>();
    for (JsonNode item : items) {
      Set<String> articles = new LinkedHashSet<>();
      Matcher m = Pattern.compile("\\[(\\d+)]").matcher(item.get("text").asText());
      while (m.find()) {
        int n = Integer.parseInt(m.group(1));
        assertThat(articleOf).containsKey(n);
        used.add(n);
        articles.add(articleOf.get(n));
      }
      assertThat(articles.size()).isEqualTo(item.get("sources").asInt());
      cited.add(articles);
    }
    assertThat(used).isEqualTo(articleOf.keySet());
    String rutte1 = "002_b81ace5b003b2b60";
    String rutte2 = "003_6cdfe6390a99875d";
    assertThat(cited).filteredOn(a -> a.contains(rutte1) || a.contains(rutte2))
        .singleElement().isEqualTo(Set.of(rutte1, rutte2));
    assertThat(items.get(0).get("sources").asInt()).isEqualTo(2); // the story with most sources leads
    assertThat(digest.get("citations").get(0).get("url").asText()).startsWith("https://brief.example.org/articles/");
  }

  @Test
  void dryRunReadsAsABriefing() {
    Run run = run(Map.of(), "digest", "--dry-run");
    assertThat(run.code()).isZero();
    assertThat(run.out()).startsWith("Briefing for ").contains("(reported by 2 sources)").contains("Sources:")
        .contains("https://brief.example.org/articles/002_b81ace5b003b2b60#p");
  }

  @Test
  void dryRunReadsInTheDigestsLanguage() {
    Run run = run(Map.of("BRIEFBOT_DIGEST_LANGUAGE", "de"), "digest", "--dry-run");
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("Überblick für ").contains("(von 2 Quellen berichtet)").contains("Quellen:")
        .contains(", Absatz ").doesNotContain("Sources:").doesNotContain("reported by");
  }

  @Test
  void postingWithoutADestinationSaysWhatToSet() {
    Run run = run(Map.of(), "digest");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err().lines()).singleElement().asString().contains("TEAMS_DIGEST_WEBHOOK_URL");
  }

  @Test
  void postingByHandPostsOncePerDay() throws Exception {
    AtomicInteger received = new AtomicInteger();
    HttpServer webhook = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    webhook.createContext("/hook", exchange -> {
      exchange.getRequestBody().readAllBytes();
      received.incrementAndGet();
      exchange.sendResponseHeaders(202, -1);
      exchange.close();
    });
    webhook.start();
    try {
      Map<String, String> env = Map.of("TEAMS_DIGEST_WEBHOOK_URL",
          "http://127.0.0.1:" + webhook.getAddress().getPort() + "/hook?sig=s3cret");
      Run first = run(env, "digest");
      assertThat(first.code()).as(first.err()).isZero();
      assertThat(first.out()).contains("teams-webhook:default").contains("posted").doesNotContain("s3cret");
      Run second = run(env, "digest", "--json");
      assertThat(second.code()).isZero();
      assertThat(new ObjectMapper().readTree(second.out()).get(0).get("outcome").asText()).isEqualTo("already posted");
      assertThat(received).hasValue(1);
    } finally {
      webhook.stop(0);
    }
  }

  @Test
  void localLinksAreNotPostedUnlessAskedFor() throws Exception {
    HttpServer webhook = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    AtomicInteger received = new AtomicInteger();
    webhook.createContext("/hook", exchange -> {
      exchange.getRequestBody().readAllBytes();
      received.incrementAndGet();
      exchange.sendResponseHeaders(202, -1);
      exchange.close();
    });
    webhook.start();
    try {
      Map<String, String> env = Map.of("TEAMS_DIGEST_WEBHOOK_URL", "http://127.0.0.1:"
          + webhook.getAddress().getPort() + "/hook", "BRIEFBOT_BASE_URL", "http://localhost:8080",
          "BRIEFBOT_DATA_DIR", dir.resolve("data-local").toString());
      Run refused = run(env, "digest");
      assertThat(refused.code()).isEqualTo(2);
      assertThat(refused.err().lines()).singleElement().asString().contains("BRIEFBOT_BASE_URL")
          .contains("--allow-local-links");
      assertThat(received).hasValue(0);

      Run preview = run(env, "digest", "--dry-run");
      assertThat(preview.code()).as("a dry run posts nothing, so any links will do").isZero();

      Run allowed = run(env, "digest", "--allow-local-links");
      assertThat(allowed.code()).as(allowed.err()).isZero();
      assertThat(received).hasValue(1);
    } finally {
      webhook.stop(0);
    }
  }

  @Test
  void aMalformedWebhookUrlIsOneLineNamingIt() {
    Run run = run(Map.of("TEAMS_DIGEST_WEBHOOK_URL", "not a url"), "digest");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err().lines()).singleElement().asString().contains("TEAMS_DIGEST_WEBHOOK_URL");
  }
}
