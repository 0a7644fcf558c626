package briefbot.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LeaveOutTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  @Test
  void aLeftOutParagraphsQuestionsBecomeNearMissesUnlessTheArticleStillSaysTheAnswer() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.writeString(corpus.resolve("alpha.txt"), """
        ---
        title: Alpha Corp
        language: en
        ---
        Alpha Corp was set up in Lund by two brothers.

        Alpha Corp, founded in 1990, sells bricks to builders.

        Alpha Corp employs 200 people.
        """);
    Path questions = dir.resolve("questions.jsonl");
    Files.write(questions, List.of(
        """
        {"id":"who","q":"Who set up Alpha Corp?","answerable":true,"answers":["two brothers"],"article":"alpha",\
        "paragraph":1}""",
        """
        {"id":"when","q":"When was Alpha Corp founded?","answerable":true,"answers":["1990"],"article":"alpha",\
        "paragraph":3}""",
        """
        {"id":"staff","q":"How many people does Alpha Corp employ?","answerable":true,"answers":["200 people"],\
        "article":"alpha","paragraph":3}"""));

    LeaveOut.Result r = LeaveOut.writeParagraphs(questions, corpus, 0.99, 1, dir.resolve("out"));

    assertThat(r.articlesLeftOut()).isEqualTo(2);
    assertThat(SetArticle.read(r.corpus().resolve("alpha.txt")).paragraphs())
        .containsExactly("Alpha Corp, founded in 1990, sells bricks to builders.");
    List<JsonNode> lines = Files.readAllLines(r.questions()).stream().map(LeaveOutTest::json).toList();
    // "when" is asked of the third paragraph, but the second, still there, says 1990: not a near miss, left out
    assertThat(lines).extracting(l -> l.get("id").asText()).containsExactly("who", "staff");
    assertThat(lines).allSatisfy(l -> {
      assertThat(l.get("kind").asText()).isEqualTo("near-miss");
      assertThat(l.get("answerable").asBoolean()).isFalse();
      assertThat(l.get("answers")).isEmpty();
    });
    assertThat(r.heldOut()).isEqualTo(2);
  }

  @Test
  void aKeptParagraphIsNumberedAsTheShorterArticleNumbersIt() {
    SetArticle article = new SetArticle("", List.of("one", "two", "three", "four"));
    assertThat(article.numbersWithout(Set.of(2))).containsExactly(0, 1, 0, 2, 3);
    assertThat(article.without(Set.of(2))).containsExactly("one", "three", "four");
  }

  private static JsonNode json(String line) {
    try {
      return JSON.readTree(line);
    } catch (Exception e) {
      throw new IllegalStateException(line, e);
    }
  }
}
