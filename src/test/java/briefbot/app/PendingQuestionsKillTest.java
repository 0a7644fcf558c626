package briefbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import briefbot.chat.slack.FakeSlack;
import briefbot.chat.slack.SlackRequests;
import briefbot.chat.teams.FakeBotFramework;
import briefbot.testing.ChildJvmTest;
import briefbot.testing.Eventually;
import briefbot.testing.SeedCorpus;
import briefbot.testing.ServeInChild;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.jwk.RSAKey;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 20, failure 6: a question Slack was told is accepted is answered once, whenever {@code serve} is killed
 * ({@code kill -9} of a child JVM): right after the acknowledgement, and after "Searching…" was posted; Slack's
 * retries of a question still pending are answered (once), those of one answered are dropped. The same for Teams,
 * where the next process also finds the token endpoint down for a while (failure 11): the reply is retried.
 */
@ChildJvmTest
class PendingQuestionsKillTest {

  private static final String QUESTION = "Who conducts joint patrols with China in the Arctic?";
  private static final Duration ANSWERED_WITHIN = Duration.ofSeconds(120);

  @TempDir
  Path dir;

  @Test
  void noQuestionIsLostWhenServeIsKilled() throws Exception {
    SeedCorpus.copyTo(dir);
    int port = ServeInChild.freePort();
    try (FakeSlack slack = new FakeSlack()) {
      Map<String, String> env = Map.of("BRIEFBOT_CORPUS_DIR", dir.resolve("corpus").toString(),
          "BRIEFBOT_DATA_DIR", dir.resolve("data").toString(), "BRIEFBOT_BASE_URL", "https://brief.example.org",
          "SLACK_BOT_TOKEN", "xoxb-kill", "SLACK_SIGNING_SECRET", SlackRequests.SECRET,
          "SLACK_API_URL", slack.apiUrl());
      SlackRequests requests = new SlackRequests("http://127.0.0.1:" + port);

      // 1. Killed right after the acknowledgements: nothing was posted yet.
      ServeInChild first = ServeInChild.start(env, port, dir.resolve("serve-1.log"), List.of());
      slack.hold("chat.postMessage");
      List<String> early = mentions(requests, "CKILLA", 10);
      slack.awaitHeld("chat.postMessage", 10);
      first.kill();
      slack.drop();
      assertThat(slack.calls("chat.postMessage", in("CKILLA"))).isEmpty();

      // The next process answers all ten, and Slack's retries of them (still pending) are answered once, not twice.
      try (ServeInChild second = ServeInChild.start(env, port, dir.resolve("serve-2.log"), List.of())) {
        retry(requests, early, "CKILLA");
        awaitAnswered(slack, "CKILLA", early);

        // 2. Killed after "Searching…" was posted, while the answer was on its way.
        slack.hold("chat.update");
        List<String> late = mentions(requests, "CKILLB", 3);
        slack.awaitHeld("chat.update", 3);
        second.kill();
        slack.drop();
      }
      List<String> searching = slack.calls("chat.postMessage", in("CKILLB")).stream().map(FakeSlack.Call::replyTs)
          .toList();
      assertThat(searching).hasSize(3);
      try (ServeInChild third = ServeInChild.start(env, port, dir.resolve("serve-3.log"), List.of())) {
        awaitAnswered(slack, "CKILLB", slack.calls("chat.postMessage", in("CKILLB")).stream()
            .map(c -> c.param("thread_ts")).toList());
        assertThat(slack.calls("chat.postMessage", in("CKILLB")).stream().map(FakeSlack.Call::replyTs))
            .as("the answers replace the \"Searching…\" messages posted before the kill")
            .containsExactlyInAnyOrderElementsOf(searching);

        // 3. A retry of an answered question is dropped.
        int before = slack.calls("chat.postMessage", in("CKILLA")).size();
        retry(requests, early.subList(0, 2), "CKILLA");
        Eventually.within(Duration.ofSeconds(10)).during(Duration.ofSeconds(3)).alias("no second answer to a retry")
            .until(() -> slack.calls("chat.postMessage", in("CKILLA")).size() == before);
        assertThat(third.log()).doesNotContain("Exception");
      }
    }
  }

  /** The same for Teams: activities accepted (202) and then killed mid-reply are answered by the next process. */
  @Test
  void noTeamsMessageIsLostWhenServeIsKilled() throws Exception {
    SeedCorpus.copyTo(dir);
    int port = ServeInChild.freePort();
    try (FakeBotFramework microsoft = new FakeBotFramework()) {
      RSAKey key = FakeBotFramework.newKey("key-kill");
      microsoft.publish(key);
      Map<String, String> env = new HashMap<>(microsoft.env());
      env.putAll(Map.of("BRIEFBOT_CORPUS_DIR", dir.resolve("corpus").toString(),
          "BRIEFBOT_DATA_DIR", dir.resolve("data").toString(), "BRIEFBOT_BASE_URL", "https://brief.example.org"));
      List<ObjectNode> messages = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        messages.add(teamsMessage(microsoft, "a:kill-" + i + "-" + UUID.randomUUID()));
      }

      ServeInChild first = ServeInChild.start(env, port, dir.resolve("teams-1.log"), List.of());
      microsoft.hold();
      for (ObjectNode message : messages) {
        assertThat(postActivity(port, key, microsoft, message).statusCode()).isEqualTo(202);
      }
      microsoft.awaitHeld(3);
      first.kill();
      microsoft.drop();
      assertThat(microsoft.sent()).isEmpty();

      microsoft.failTokens(8); // and the next process first finds Microsoft's token endpoint down (failure 11)
      try (ServeInChild second = ServeInChild.start(env, port, dir.resolve("teams-2.log"), List.of())) {
        for (ObjectNode message : messages) {
          assertThat(postActivity(port, key, microsoft, message).statusCode()).as("Teams' retry").isEqualTo(202);
        }
        Eventually.within(ANSWERED_WITHIN).pollInterval(Duration.ofMillis(200)).alias("every message answered")
            .until(() -> messages.stream().noneMatch(m -> microsoft.messagesTo(conversation(m)).isEmpty()));
        Eventually.within(Duration.ofSeconds(10)).during(Duration.ofSeconds(2)).alias("no second reply")
            .until(() -> messages.stream().allMatch(m -> microsoft.messagesTo(conversation(m)).size() == 1));
        for (ObjectNode message : messages) {
          assertThat(microsoft.messagesTo(conversation(message))).as("replies in %s", conversation(message))
              .hasSize(1).allSatisfy(reply -> assertThat(reply.replyToId()).isEqualTo(message.path("id").asText()));
        }
        assertThat(second.log()).contains("token endpoint answered HTTP 503").doesNotContain("reply: null");
      }
    }
  }

  private static ObjectNode teamsMessage(FakeBotFramework microsoft, String conversation) {
    ObjectNode a = new ObjectMapper().createObjectNode().put("type", "message")
        .put("id", "1" + Math.abs(UUID.randomUUID().getMostSignificantBits())).put("serviceUrl", microsoft.serviceUrl())
        .put("channelId", "msteams").put("text", QUESTION).put("textFormat", "plain");
    a.putObject("from").put("id", "29:user-1").put("name", "Ada");
    a.putObject("conversation").put("id", conversation).put("conversationType", "personal");
    a.putObject("recipient").put("id", "28:" + FakeBotFramework.APP_ID).put("name", "Briefbot");
    return a;
  }

  private static String conversation(ObjectNode activity) {
    return activity.path("conversation").path("id").asText();
  }

  private static HttpResponse<String> postActivity(int port, RSAKey key, FakeBotFramework microsoft,
      ObjectNode activity) throws Exception {
    String token = FakeBotFramework.token(key, FakeBotFramework.APP_ID, microsoft.serviceUrl(), Instant.now(),
        Duration.ofHours(1));
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
            + "/api/messages")).header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
        .POST(HttpRequest.BodyPublishers.ofString(activity.toString())).build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Sends {@code n} mentions at once and returns their ts after every one was acknowledged with a 200. */
  private static List<String> mentions(SlackRequests requests, String channel, int n) {
    List<String> ts = new ArrayList<>();
    List<CompletableFuture<HttpResponse<String>>> acks = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String t = SlackRequests.ts();
      ts.add(t);
      acks.add(send(requests, SlackRequests.mention(channel, "UKILL" + i, QUESTION, t, null).toString(), null));
    }
    acks.forEach(a -> assertThat(a.join().statusCode()).isEqualTo(200));
    return ts;
  }

  /** Slack's retry of each mention: the same event, X-Slack-Retry-Num 1. */
  private static void retry(SlackRequests requests, List<String> ts, String channel) {
    for (int i = 0; i < ts.size(); i++) {
      String body = SlackRequests.mention(channel, "UKILL" + i, QUESTION, ts.get(i), null).toString();
      assertThat(send(requests, body, "1").join().statusCode()).isEqualTo(200);
    }
  }

  private static CompletableFuture<HttpResponse<String>> send(SlackRequests requests, String body, String retry) {
    long now = Instant.now().getEpochSecond();
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(requests.endpoint()))
        .header("Content-Type", "application/json").header("X-Slack-Request-Timestamp", Long.toString(now))
        .header("X-Slack-Signature", SlackRequests.sign(SlackRequests.SECRET, now, body))
        .POST(HttpRequest.BodyPublishers.ofString(body));
    if (retry != null) {
      b.header("X-Slack-Retry-Num", retry).header("X-Slack-Retry-Reason", "http_timeout");
    }
    return HttpClient.newHttpClient().sendAsync(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Waits until every thread has exactly one "Searching…" message, replaced by one cited answer. */
  private static void awaitAnswered(FakeSlack slack, String channel, List<String> threads) {
    Eventually.within(ANSWERED_WITHIN).pollInterval(Duration.ofMillis(200)).alias("every question in " + channel
        + " answered").until(() -> threads.stream().allMatch(t -> answered(slack, channel, t)));
    for (String thread : threads) {
      List<FakeSlack.Call> posts = slack.calls("chat.postMessage", c -> channel.equals(c.param("channel"))
          && thread.equals(c.param("thread_ts")));
      assertThat(posts).as("\"Searching…\" messages in thread %s", thread).hasSize(1);
      assertThat(slack.calls("chat.update", c -> posts.get(0).replyTs().equals(c.param("ts"))))
          .as("updates of the message in thread %s", thread).hasSize(1);
    }
  }

  private static boolean answered(FakeSlack slack, String channel, String thread) {
    return slack.calls("chat.postMessage", c -> channel.equals(c.param("channel")) && thread.equals(c.param("thread_ts")))
        .stream().anyMatch(post -> slack.calls("chat.update", u -> post.replyTs().equals(u.param("ts"))).stream()
            .anyMatch(u -> u.blocks().toString().contains("[1]")));
  }

  private static Predicate<FakeSlack.Call> in(String channel) {
    return c -> channel.equals(c.param("channel"));
  }
}
