package briefbot.index.solr;

import static org.assertj.core.api.Assertions.assertThat;

import briefbot.answer.Answer;
import briefbot.answer.AnswerJson;
import briefbot.answer.Question;
import briefbot.app.Briefbot;
import briefbot.config.Config;
import briefbot.retrieval.Retrieval;
import briefbot.testing.SeedCorpus;
import briefbot.testing.SolrCloud;
import briefbot.testing.SolrCloudTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SolrCloud backend against the embedded one on the seed corpus: a real 2-node cluster (Solr's own test
 * framework, in its own JVM), a collection of 2 shards with 2 replicas each that Briefbot creates itself.
 */
@SolrCloudTest
class SolrBackendTest {

  @TempDir
  static Path dir;

  static Briefbot embedded;
  static Briefbot solr;
  static List<String> questions;

  @BeforeAll
  static void open() throws IOException {
    embedded = SeedCorpus.open(dir.resolve("embedded"));
    SeedCorpus.copyTo(dir.resolve("solr"));
    solr = Briefbot.open(solrConfig(dir.resolve("solr"), "seeds"), Clock.systemUTC());
    solr.sync(line -> {});
    questions = questions();
  }

  @AfterAll
  static void close() {
    embedded.close();
    solr.close();
  }

  static Config solrConfig(Path home, String collection) throws IOException {
    return SeedCorpus.config(home, Map.of("BRIEFBOT_SEARCH", "solr",
        "BRIEFBOT_SOLR_URL", String.join(",", SolrCloud.shared().urls()),
        "BRIEFBOT_SOLR_COLLECTION", collection, "BRIEFBOT_SOLR_SHARDS", "2", "BRIEFBOT_SOLR_REPLICAS", "2"));
  }

  @Test
  void holdsWhatTheEmbeddedIndexHolds() {
    assertThat(solr.index().articleCount()).isEqualTo(embedded.index().articleCount()).isPositive();
    assertThat(solr.index().paragraphCount()).isEqualTo(embedded.index().paragraphCount());
    assertThat(solr.index().documentCount()).isEqualTo(embedded.index().documentCount());
    assertThat(solr.index().paragraphLanguages()).isEqualTo(embedded.index().paragraphLanguages());
    String id = embedded.corpus().scan().entries().get(0).id();
    assertThat(solr.index().article(id).map(a -> a.article())).isEqualTo(embedded.index().article(id).map(a -> a.article()))
        .isPresent();
  }

  @Test
  void retrievesTheSamePassagesForEveryQuestionOfTheSet() {
    List<String> differences = new ArrayList<>();
    for (String q : questions) {
      Retrieval a = embedded.retriever().retrieve(q);
      Retrieval b = solr.retriever().retrieve(q);
      if (a.evidence() != b.evidence() || !ids(a).equals(ids(b))) {
        differences.add(q + "\n  embedded " + a.evidence() + " " + ids(a) + "\n  solr     " + b.evidence() + " " + ids(b));
      }
    }
    assertThat(differences).as("questions ranked differently").isEmpty();
  }

  @Test
  void givesTheSameAnswersAndCitationsForEveryQuestionOfTheSet() {
    for (String q : questions) {
      assertThat(json(solr, q)).as(q).isEqualTo(json(embedded, q));
    }
  }

  static List<String> ids(Retrieval r) {
    return r.passages().stream().map(p -> p.articleId() + "#" + p.paragraph()).toList();
  }

  /** An answer as the JSON the API returns, without its timings. */
  static String json(Briefbot bot, String question) {
    Answer answer = bot.answerer().ask(Question.of(question));
    ObjectNode node = AnswerJson.of(answer);
    node.remove("timingsMs");
    return node.toPrettyString();
  }

  static List<String> questions() throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    List<String> out = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of("src/test/resources/briefbot/questions.jsonl"))) {
      if (!line.isBlank()) {
        out.add(mapper.readTree(line).get("q").asText());
      }
    }
    return out;
  }
}
