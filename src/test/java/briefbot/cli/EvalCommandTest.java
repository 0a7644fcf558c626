package briefbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import briefbot.answer.AnswerSentence;
import briefbot.testing.SeedCorpus;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code briefbot eval} on the seed articles: what it scores per question and in total, and its errors. */
class EvalCommandTest {

  @TempDir
  static Path dir;

  static Map<String, String> env;
  static Path questions;

  record Run(int code, String out, String err) {}

  @BeforeAll
  static void corpus() throws Exception {
    SeedCorpus.copyTo(dir);
    env = Map.of("BRIEFBOT_CORPUS_DIR", dir.resolve("corpus").toString(),
        "BRIEFBOT_DATA_DIR", dir.resolve("data").toString(), "BRIEFBOT_BASE_URL", "https://brief.example.org");
    questions = dir.resolve("questions.jsonl");
    Files.write(questions, List.of(
        """
        {"id":"moscow","q":"What is Moscow giving Tehran in return for Iran's support?","answerable":true,\
        "answers":["fighter jets"],"article":"000_a17e017304ae15f4","paragraph":2}""",
        """
        {"id":"wrong-paragraph","q":"What is Moscow giving Tehran in return for Iran's support?","answerable":true,\
        "answers":["a bridge to Crimea"],"article":"000_a17e017304ae15f4","paragraph":5}""",
        """
        {"id":"pope","q":"What did the Pope say about the alliance between Russia and China?","answerable":false,\
        "answers":[]}""",
        """
        {"id":"elsewhere","q":"Who runs the other corpus?","answerable":true,"answers":["x"],"article":"not-here",\
        "paragraph":1}"""));
  }

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Cli.run(args, env, new BufferedReader(new StringReader("")), new PrintWriter(out), new PrintWriter(err),
        Clock.systemUTC());
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void scoresEachQuestionAndTotalsByKind() throws Exception {
    Run run = run("eval", "--json", questions.toString());
    assertThat(run.code()).as(run.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.get("questions").asInt()).isEqualTo(3);
    assertThat(json.get("skipped").asInt()).as("its article is not in the corpus").isEqualTo(1);
    JsonNode moscow = json.get("results").get(0);
    assertThat(moscow.get("answered").asBoolean()).isTrue();
    assertThat(moscow.get("cited").asBoolean()).isTrue();
    assertThat(moscow.get("holds").asBoolean()).isTrue();
    assertThat(moscow.get("articleLanguage").asText()).isEqualTo("en");
    JsonNode wrong = json.get("results").get(1);
    assertThat(wrong.get("cited").asBoolean()).isFalse();
    assertThat(wrong.get("holds").asBoolean()).isFalse();
    JsonNode pope = json.get("results").get(2);
    assertThat(pope.get("answered").asBoolean()).isFalse();
    JsonNode answerable = json.get("totals").get("kind").get("answerable");
    assertThat(answerable.get("questions").asInt()).isEqualTo(2);
    assertThat(answerable.get("both").asInt()).isEqualTo(1);
    assertThat(json.get("totals").get("kind").get("unanswerable").get("falseAnswers").asInt()).isZero();
    assertThat(json.get("totals").get("language").get("en").get("questions").asInt()).isEqualTo(3);
  }

  @Test
  void aQuestionWhoseAskingFailsIsReportedAndTheRunGoesOn() throws Exception {
    Path failing = dir.resolve("failing.jsonl");
    Files.write(failing, List.of("{\"id\":\"symbols\",\"q\":\"?! ...\",\"answerable\":false}",
        Files.readAllLines(questions).get(0)));
    Run run = run("eval", failing.toString());
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).contains("1 failed with an error (counted as refused): symbols (");
    assertThat(run.err()).contains("question symbols failed: ");
    JsonNode json = new ObjectMapper().readTree(run("eval", "--json", failing.toString()).out());
    assertThat(json.get("results").get(0).get("error").asText()).isNotBlank();
    assertThat(json.get("results").get(1).get("holds").asBoolean()).as("the next question is still asked").isTrue();
    assertThat(json.get("totals").get("all").get("all").get("errors").asInt()).isEqualTo(1);
  }

  @Test
  void sentencesRecordsEveryCandidateWithItsFeaturesAndWhetherItHoldsTheAnswer() throws Exception {
    Run run = run("eval", "--json", "--sentences", questions.toString());
    assertThat(run.code()).as(run.err()).isZero();
    JsonNode moscow = new ObjectMapper().readTree(run.out()).get("results").get(0);
    JsonNode sentences = moscow.get("sentences");
    assertThat(sentences).isNotEmpty();
    assertThat(sentences).allSatisfy(s -> assertThat(s.get("features")).hasSize(AnswerSentence.FEATURES.size()));
    assertThat(sentences).filteredOn(s -> s.get("best").asBoolean()).hasSize(1);
    assertThat(sentences).filteredOn(s -> s.get("holds").asBoolean())
        .isNotEmpty().allSatisfy(s -> assertThat(s.get("gold").asBoolean()).isTrue());
    JsonNode pope = new ObjectMapper().readTree(run.out()).get("results").get(2);
    assertThat(pope.get("sentences").isNull()).as("a refused question has no answer sentence").isTrue();
  }

  @Test
  void ranksSayWhereTheGoldParagraphStoodAtEachStage() throws Exception {
    Run run = run("eval", "--json", "--ranks", questions.toString());
    assertThat(run.code()).as(run.err()).isZero();
    JsonNode results = new ObjectMapper().readTree(run.out()).get("results");
    JsonNode moscow = results.get(0).get("ranks");
    assertThat(moscow.get("bm25").asInt()).as("the paragraph that names Moscow and Tehran").isEqualTo(1);
    assertThat(moscow.get("reranked").asInt()).isEqualTo(1);
    assertThat(moscow.get("cited").asInt()).isEqualTo(1);
    assertThat(moscow.get("retrieved").asInt()).isPositive();
    JsonNode wrong = results.get(1).get("ranks");
    assertThat(wrong.get("cited").asInt()).as("the answer cites another paragraph than this gold one").isZero();
    assertThat(results.get(2).get("ranks").isNull()).as("an unanswerable question has no gold paragraph").isTrue();
  }

  @Test
  void causesSortsARunsAnswerableQuestionsByWhatTheirAnswersCited() throws Exception {
    Path results = dir.resolve("ranked.json");
    Files.writeString(results, run("eval", "--json", "--ranks", questions.toString()).out());
    Run run = run("eval", "causes", results.toString());
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).contains("ranked.json: 2 answerable questions")
        .containsPattern("the gold paragraph cited, the span held \\(\"both\"\\)\\s+1\\s+0\\s+1")
        .as("the paragraph on a bridge to Crimea is not the one the answer cites").containsPattern(
            "(another paragraph cited, the gold one|the gold paragraph not among the passages).*\\s+1\\s+0\\s+1");
    Run unranked = run("eval", "causes", dir.resolve("nowhere.json").toString());
    assertThat(unranked.code()).isNotZero();
    assertThat(unranked.err()).contains("not the JSON of eval --json");
  }

  @Test
  void tableShowsTheSharesPerGroup() {
    Run run = run("eval", "--part", "all", questions.toString());
    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("kind answerable").contains("kind unanswerable").contains("language en")
        .contains("50.0%").contains("1 skipped");
  }

  @Test
  void kindRunsOnlyTheQuestionsOfThatKind() throws Exception {
    Run run = run("eval", "--json", "--kind", "unanswerable", questions.toString());
    assertThat(run.code()).as(run.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.get("results")).singleElement().extracting(r -> r.get("id").asText()).isEqualTo("pope");
  }

  @Test
  void aBadLineIsOneErrorNamingItsLine() throws Exception {
    Path bad = dir.resolve("bad.jsonl");
    Files.write(bad, List.of("{\"id\":\"a\",\"q\":\"Who?\",\"answerable\":false}", "{\"id\":\"b\",\"q\":\"What?\"}"));
    Run run = run("eval", bad.toString());
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("bad.jsonl line 2").contains("answerable");
  }

  @Test
  void leaveOutWritesACorpusWithoutSomeArticlesAndTheirQuestionsHeldOut() throws Exception {
    Path into = dir.resolve("held");
    Run run = run("eval", "leave-out", questions.toString(), "--corpus", dir.resolve("corpus").toString(),
        "--into", into.toString(), "--share", "0.99", "--seed", "3");
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(into.resolve("corpus/000_a17e017304ae15f4.txt")).doesNotExist();
    assertThat(into.resolve("corpus/001_05427ea14c8b4e57.txt")).exists();
    List<JsonNode> lines = Files.readAllLines(into.resolve("questions.jsonl")).stream().map(EvalCommandTest::json)
        .toList();
    assertThat(lines.get(0).get("kind").asText()).isEqualTo("held-out");
    assertThat(lines.get(0).get("answerable").asBoolean()).isFalse();
    assertThat(lines.get(2).get("kind").asText()).isEqualTo("unanswerable");
    Run again = run("eval", "leave-out", questions.toString(), "--corpus", dir.resolve("corpus").toString(),
        "--into", into.toString());
    assertThat(again.code()).isEqualTo(2);
    assertThat(again.err()).contains("already holds");
  }

  @Test
  void aLeftOutArticleAndEveryQuestionOnItFallInOnePart() throws Exception {
    Path file = dir.resolve("parts.jsonl");
    // Article "left-out-a" hashes to fit, "left-out-b" to test; by their ids, held-5 and held-1 would be fit, held-8
    // and near-2 test. near-1 / near-3 ask about an article the corpus holds: they stay placed by their ids.
    Files.write(file, List.of(
        heldOut("held-5", "left-out-a"), heldOut("held-8", "left-out-a"),
        heldOut("held-1", "left-out-b"), heldOut("near-2", "left-out-b"),
        heldOut("near-1", "000_a17e017304ae15f4"), heldOut("near-3", "000_a17e017304ae15f4")));
    assertThat(ids(run("eval", "--json", "--part", "fit", file.toString())))
        .containsExactly("held-5", "held-8", "near-1");
    assertThat(ids(run("eval", "--json", "--part", "test", file.toString())))
        .containsExactly("held-1", "near-2", "near-3");
  }

  private static String heldOut(String id, String article) {
    return ("{\"id\":\"%s\",\"q\":\"Who chairs the commission on %s?\",\"answerable\":false,\"answers\":[],"
        + "\"article\":\"%s\",\"paragraph\":1,\"kind\":\"held-out\"}").formatted(id, id, article);
  }

  private static List<String> ids(Run run) throws Exception {
    assertThat(run.code()).as(run.err()).isZero();
    List<String> ids = new ArrayList<>();
    new ObjectMapper().readTree(run.out()).get("results").forEach(r -> {
      assertThat(r.get("article").asText()).as("each result names its article").isNotBlank();
      ids.add(r.get("id").asText());
    });
    return ids;
  }

  private static JsonNode json(String line) {
    try {
      return new ObjectMapper().readTree(line);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
