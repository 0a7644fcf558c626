package briefbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import briefbot.app.Briefbot;
import briefbot.testing.SeedCorpus;
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
  void theStreamedJsonIsTheTreesTextForRealAnswers() {
    List<String> questions = List.of("What is Russia giving Iran?", "What did Rutte say about Trump?",
        "Wat zei Rutte over China?", "Who won the 1904 chess olympiad on Mars?", "hello", "thanks!");
    for (String question : questions) {
      Answer answer = bot.answerer().ask(Question.of(question));
      assertThat(AnswerJson.toJson(answer)).as(question).isEqualTo(AnswerJson.of(answer).toString());
    }
  }

  @Test
  void theStreamedJsonIsTheTreesTextForEveryKindOfAnswerAndAwkwardText() {
    Map<String, Double> timings = new LinkedHashMap<>();
    timings.put("retrieve", 12.5);
    timings.put("compose", 0.1 + 0.2);
    timings.put("check", null);
    timings.put("embed", 1e-7);
    Citation odd = new Citation(1, "a/b\"c", "Title with \"quotes\", a tab\t and a line\nbreak", null, "de", 3,
        "http://localhost:8080/articles/a#p3", null, "Zürich – “quoted” \\ back\u0001slash \uD83D\uDE00");
    Citation plain = new Citation(2, "x", "T", "S", "en", 1, "u", "o", "text");
    List<Answer> answers = List.of(
        new Answer.Grounded("Wer? \"quoted\"", "Answer [1] and [2].", "de", List.of(odd, plain),
            Answer.ComposedBy.LLM, timings, List.of("dropped: \"x\"", "cited anew")),
        new Answer.Grounded("q", "a [1]", "en", List.of(plain), Answer.ComposedBy.EXTRACTIVE, Map.of()),
        new Answer.NoEvidence("q\u2028", "The articles never mention it.", "en", "reason", timings),
        new Answer.Reply("hi", "Hello!", "en", Answer.Kind.GREETING, Map.of("total", 0.0)));
    for (Answer answer : answers) {
      String streamed = AnswerJson.toJson(answer);
      assertThat(streamed).isEqualTo(AnswerJson.of(answer).toString());
    }
    assertThat(AnswerJson.toJson(answers.get(0))).contains("\"checks\":[\"dropped: \\\"x\\\"\",\"cited anew\"]")
        .contains("\"source\":null").contains("\"check\":null");
  }
}
