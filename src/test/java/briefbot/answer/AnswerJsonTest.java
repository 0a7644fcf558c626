package briefbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import briefbot.app.Briefbot;
import briefbot.testing.SeedCorpus;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnswerJsonTest {

  @TempDir
  static Path dir;
  static Briefbot bot;

  @BeforeAll
  static void open() {
    bot = SeedCorpus.open(dir);
  }

  @AfterAll
  static void close() {
    bot.close();
  }

  @Test
  void realAnswersGiveTheirStatusCitationsAndTimings() {
    Map<String, String> statuses = new LinkedHashMap<>();
    statuses.put("What is Russia giving Iran?", "answered");
    statuses.put("Wat zei Rutte over China?", "answered");
    statuses.put("Who won the 1904 chess olympiad on Mars?", "no_answer");
    statuses.forEach((question, status) -> {
      Answer answer = bot.answerer().ask(Question.of(question));
      JsonNode json = AnswerJson.of(answer);
      assertThat(json.path("status").asText()).as(question).isEqualTo(status);
      assertThat(json.path("citations")).as(question).hasSize(answer instanceof Answer.Grounded g
          ? g.citations().size() : 0);
      assertThat(json.path("timingsMs").size()).as(question).isEqualTo(answer.timingsMs().size());
    });
  }

  @Test
  void everyKindOfAnswerAndAwkwardTextIsWrittenAsValidJsonWithEveryField() {
    Map<String, Double> timings = new LinkedHashMap<>();
    timings.put("retrieve", 12.5);
    timings.put("check", null);
    Citation odd = new Citation(1, "a/b\"c", "Title with \"quotes\", a tab\t and a line\nbreak", null, "de", 3,
        "http://localhost:8080/articles/a#p3", null, "Zürich – “quoted” \\ back\u0001slash \uD83D\uDE00");
    Answer grounded = new Answer.Grounded("Wer? \"quoted\"", "Answer [1].", "de", List.of(odd),
        Answer.ComposedBy.LLM, timings, List.of("dropped: \"x\"", "cited anew"));
    JsonNode json = AnswerJson.of(grounded);
    assertThat(json.path("question").asText()).isEqualTo("Wer? \"quoted\"");
    assertThat(json.path("composer").asText()).isEqualTo("llm");
    JsonNode citation = json.path("citations").get(0);
    assertThat(citation.path("articleId").asText()).isEqualTo(odd.articleId());
    assertThat(citation.path("title").asText()).isEqualTo(odd.title());
    assertThat(citation.path("text").asText()).isEqualTo(odd.text());
    assertThat(citation.path("source").isNull()).isTrue();
    assertThat(json.path("timingsMs").path("retrieve").asDouble()).isEqualTo(12.5);
    assertThat(json.path("timingsMs").path("check").isNull()).isTrue();
    assertThat(json.path("checks")).extracting(JsonNode::asText).containsExactly("dropped: \"x\"", "cited anew");

    JsonNode reply = AnswerJson.of(new Answer.Reply("hi", "Hello!", "en", Answer.Kind.GREETING, Map.of()));
    assertThat(reply.path("kind").asText()).isEqualTo("greeting");
    assertThat(reply.has("composer")).isFalse();
    JsonNode none = AnswerJson.of(new Answer.NoEvidence("q\u2028", "Never mentioned.", "en", "reason", Map.of()));
    assertThat(none.path("question").asText()).isEqualTo("q\u2028");
    assertThat(none.path("status").asText()).isEqualTo("no_answer");
  }

  /** A digest's citation carries exactly the fields, in the same order, that an answer's citation does. */
  @Test
  void aCitationIsWrittenTheSameInADigestAsInAnAnswer() {
    Citation c = new Citation(2, "x", "T \"q\"", null, "nl", 4, "http://h/articles/x#p4", "https://o/x", "Tekst");
    JsonNode inAnswer = AnswerJson.of(new Answer.Grounded("q", "A [2].", "en", List.of(c), Answer.ComposedBy.EXTRACTIVE,
        Map.of(), List.of())).path("citations").get(0);

    ObjectNode inDigest = AnswerJson.citation(JsonNodeFactory.instance.objectNode(), c);

    assertThat(inDigest).isEqualTo(inAnswer);
    assertThat(inDigest.toString()).isEqualTo(inAnswer.toString());
  }
}
