package briefbot.chat.slack;

import static org.assertj.core.api.Assertions.assertThat;

import briefbot.answer.Answer;
import briefbot.answer.Citation;
import briefbot.answer.Conversation;
import briefbot.chat.ConversationStore;
import briefbot.state.BotState;
import briefbot.state.sqlite.SqliteState;
import briefbot.testing.TestClock;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Slack bot's stored answers, votes and threads keep their form: entries of earlier versions load. */
class SlackStateFormatTest {

  static final String CITATION = "{\"n\":1,\"articleId\":\"a1\",\"title\":\"Jets\",\"source\":\"BBC\",\"language\":\"en\","
      + "\"paragraph\":2,\"url\":\"http://localhost:8080/articles/a1#p2\",\"originalUrl\":null,"
      + "\"text\":\"Russia gives Iran jets.\"}";
  static final String STORED_ANSWER = "{\"question\":\"What is Russia giving Iran?\",\"status\":\"answered\","
      + "\"answer\":\"Russia gives Iran jets [1].\",\"language\":\"en\",\"citations\":[" + CITATION + "],"
      + "\"composer\":\"extractive\",\"timingsMs\":{\"retrieval\":12}}";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;
  private final TestClock clock = new TestClock("2026-03-28T08:00:00Z");

  @Test
  void aStoredAnswerOfAnEarlierVersionIsShownAsItWas() {
    try (BotState state = SqliteState.open(dir, clock)) {
      state.put(AnswerStore.NAMESPACE, "C1:1.2", STORED_ANSWER);
      state.put(AnswerStore.NAMESPACE, "private:x", "{\"question\":\"Who?\",\"status\":\"no_answer\","
          + "\"answer\":\"Nothing in the articles says.\",\"language\":\"nl\",\"citations\":[],\"timingsMs\":{}}");
      AnswerStore answers = new AnswerStore(state);

      Answer.Grounded grounded = (Answer.Grounded) answers.get("C1:1.2").orElseThrow();
      assertThat(grounded.text()).isEqualTo("Russia gives Iran jets [1].");
      assertThat(grounded.composer()).isEqualTo(Answer.ComposedBy.EXTRACTIVE);
      assertThat(grounded.citations()).singleElement().satisfies(c -> {
        assertThat(c.url()).isEqualTo("http://localhost:8080/articles/a1#p2");
        assertThat(c.paragraph()).isEqualTo(2);
        assertThat(c.originalUrl()).isNull();
      });
      assertThat(answers.get("private:x").orElseThrow()).isInstanceOf(Answer.NoEvidence.class)
          .satisfies(a -> assertThat(a.language()).isEqualTo("nl"));
    }
  }

  @Test
  void aStoredRefusalKeepsTheClosestParagraphsItOffered() {
    try (BotState state = SqliteState.open(dir, clock)) {
      AnswerStore answers = new AnswerStore(state);
      Citation closest = new Citation(1, "a1", "Jets", "BBC", "en", 2, "http://localhost:8080/articles/a1#p2", null,
          "Russia gives Iran jets.");
      answers.put("private:y", new Answer.NoEvidence("Who?", "Nothing answers this. These came closest.", "en",
          "confidence 0.5", Map.of(), List.of(closest)));

      Answer.NoEvidence read = (Answer.NoEvidence) answers.get("private:y").orElseThrow();

      assertThat(read.closest()).containsExactly(closest);
      assertThat(read.text()).isEqualTo("Nothing answers this. These came closest.");
    }
  }

  @Test
  void aVoteIsStoredInTheEarlierFormWithWhatWasVotedOn() throws Exception {
    try (BotState state = SqliteState.open(dir, clock)) {
      state.put(AnswerStore.NAMESPACE, "C1:1.2", STORED_ANSWER);
      Votes votes = new Votes(state, new AnswerStore(state), new SimpleMeterRegistry(), clock);
      votes.record("C1", "1.2", "U1", true);
      votes.record("C1", "9.9", "U1", false);

      assertThat(JSON.readTree(state.get(Votes.NAMESPACE, "C1:1.2:U1").orElseThrow())).isEqualTo(JSON.readTree(
          "{\"vote\":\"up\",\"user\":\"U1\",\"channel\":\"C1\",\"messageTs\":\"1.2\",\"at\":\"2026-03-28T08:00:00Z\","
              + "\"question\":\"What is Russia giving Iran?\",\"status\":\"answered\","
              + "\"answer\":\"Russia gives Iran jets [1].\",\"citations\":[" + CITATION + "]}"));
      assertThat(JSON.readTree(state.get(Votes.NAMESPACE, "C1:9.9:U1").orElseThrow())).as("no stored answer")
          .isEqualTo(JSON.readTree("{\"vote\":\"down\",\"user\":\"U1\",\"channel\":\"C1\",\"messageTs\":\"9.9\","
              + "\"at\":\"2026-03-28T08:00:00Z\"}"));
    }
  }

  @Test
  void aThreadOfAnEarlierVersionGoesOn() {
    try (BotState state = SqliteState.open(dir, clock)) {
      state.put(SlackBot.THREADS, "C1:1.0", "[\"What is Russia giving Iran?\"]");
      ConversationStore threads = new ConversationStore(state, SlackBot.THREADS);
      threads.remember("C1:1.0", new Conversation.Turn("And why?", "And why?", "en", "Because [1].", 5, null));
      assertThat(threads.turns("C1:1.0")).extracting(Conversation.Turn::asked)
          .containsExactly("What is Russia giving Iran?", "And why?");
      assertThat(threads.turns("C1:1.0").get(0).atMillis()).as("too old to lean on").isZero();
    }
  }
}
