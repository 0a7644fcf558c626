package briefbot.index.solr;

import static org.assertj.core.api.Assertions.assertThat;

import briefbot.answer.Answer;
import briefbot.answer.Question;
import briefbot.app.Briefbot;
import briefbot.corpus.Corpus;
import briefbot.index.IndexFields;
import briefbot.index.ParagraphIndex.FieldTerm;
import briefbot.testing.HandMadeCorpus;
import briefbot.testing.RemovedArticleCorpus;
import briefbot.testing.SolrCloud;
import briefbot.testing.SolrCloudTest;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.request.QueryRequest;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.common.util.NamedList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On SolrCloud too, a word only a removed article held counts as absent: Solr's terms component counts a removed
 * paragraph until a merge drops it, as Lucene's statistics do.
 */
@SolrCloudTest
class SolrRemovedArticleTest {

  private static final String COLLECTION = "removed";
  private static final FieldTerm NAME = new FieldTerm(IndexFields.body("en"), RemovedArticleCorpus.NAME_TERM);

  @TempDir
  Path dir;

  @Test
  void aNameOnlyARemovedArticleHeldIsNeverMentioned() throws Exception {
    try (Briefbot bot = onSolr(RemovedArticleCorpus.write(HandMadeCorpus.in(dir)), COLLECTION).open()) {
      SolrIndex index = (SolrIndex) bot.index();
      assertThat(index.docFreqs(List.of(NAME))).containsEntry(NAME, 1);
      assertThat(index.requests("live terms")).as("nothing removed: the terms component's count stands").isZero();
      RemovedArticleCorpus.removeFrom(dir);
      bot.sync(line -> {});

      assertThat(rawDocFreq(NAME)).as("the removed paragraph still waits in its segment for a merge").isEqualTo(1);
      assertThat(index.articleCount()).isEqualTo(13);
      FieldTerm place = new FieldTerm(IndexFields.body("en"), "gdansk");
      assertThat(rawDocFreq(place)).as("counted no more often than the removed documents: confirmed too").isEqualTo(2);
      assertThat(index.docFreqs(List.of(NAME, place))).containsEntry(NAME, 0)
          .as("a word an article still there holds keeps the terms component's count").containsEntry(place, 2);
      assertThat(index.requests("live terms")).as("one request confirms the doubtful terms").isEqualTo(1);
      Answer answer = bot.answerer().ask(Question.of(RemovedArticleCorpus.QUESTION));
      assertThat(answer).isInstanceOfSatisfying(Answer.NoEvidence.class,
          refusal -> assertThat(refusal.reason()).contains("never mention"));
    }
  }

  @Test
  void aRemovalByAnotherInstanceIsSeenOnceTheStateIsChecked() throws Exception {
    String collection = "removed_elsewhere";
    try (Briefbot bot = onSolr(RemovedArticleCorpus.write(HandMadeCorpus.in(dir.resolve("reader"))), collection).open()) {
      SolrIndex index = (SolrIndex) bot.index();
      assertThat(index.docFreqs(List.of(NAME))).as("kept for the collection's state").containsEntry(NAME, 1);
      RemovedArticleCorpus.write(HandMadeCorpus.in(dir.resolve("writer")));
      RemovedArticleCorpus.removeFrom(dir.resolve("writer"));

      try (SolrIndex writer = SolrIndex.open(SolrCloud.shared().settings(collection),
          new AllMiniLmL6V2QuantizedEmbeddingModel(), Clock.systemUTC())) {
        assertThat(writer.sync(new Corpus(dir.resolve("writer").resolve("corpus")), line -> {}).removed()).isEqualTo(1);
        index.checkStateEvery(Duration.ZERO);
        index.docFreqs(List.of(NAME));
        index.awaitStateCheck();

        assertThat(index.docFreqs(List.of(NAME))).as("the removal is a new state: the kept count is gone")
            .containsEntry(NAME, 0);
        assertThat(bot.answerer().ask(Question.of(RemovedArticleCorpus.QUESTION)))
            .isInstanceOf(Answer.NoEvidence.class);
      }
    }
  }

  private static HandMadeCorpus onSolr(HandMadeCorpus corpus, String collection) {
    return corpus.setting("BRIEFBOT_SEARCH", "solr")
        .setting("BRIEFBOT_SOLR_URL", String.join(",", SolrCloud.shared().urls()))
        .setting("BRIEFBOT_SOLR_COLLECTION", collection)
        .setting("BRIEFBOT_SOLR_SHARDS", "2")
        .setting("BRIEFBOT_SOLR_REPLICAS", "2");
  }

  /** The document frequency Solr's terms component reports, removed paragraphs included. */
  private static int rawDocFreq(FieldTerm term) throws Exception {
    ModifiableSolrParams params = new ModifiableSolrParams();
    params.set("terms.fl", term.field());
    params.set("terms.list", term.term());
    QueryRequest request = new QueryRequest(params);
    request.setPath("/terms");
    try (SolrClient client = SolrCloud.shared().settings(COLLECTION).client()) {
      NamedList<?> fields = (NamedList<?>) request.process(client, COLLECTION).getResponse().get("terms");
      Object df = ((NamedList<?>) fields.get(term.field())).get(term.term());
      return df == null ? 0 : ((Number) df).intValue();
    }
  }
}
