package briefbot.index.solr;

import static briefbot.corpus.ArticleFile.anArticle;
import static org.assertj.core.api.Assertions.assertThat;

import briefbot.app.Briefbot;
import briefbot.corpus.ArticleFile;
import briefbot.corpus.Corpus;
import briefbot.index.IndexFields;
import briefbot.index.ParagraphIndex;
import briefbot.index.ParagraphIndex.FieldTerm;
import briefbot.index.StoredParagraph;
import briefbot.retrieval.Passage;
import briefbot.retrieval.Retrieval;
import briefbot.testing.SolrCloud;
import briefbot.testing.SolrCloudTest;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a question costs on SolrCloud: term statistics kept while the collection does not change, BM25 and kNN sent
 * at once, the passages kept fetched in one request (a kept one only at the version the search found); the
 * collection's state checked at most once a second, off the questions' path; and a write by another instance seen
 * once the state is checked.
 */
@SolrCloudTest
class SolrRoundTripsTest {

  static final String QUESTION = "Why was the budget vote postponed?";

  @TempDir
  static Path dir;

  static Briefbot bot;
  static SolrIndex index;

  @BeforeAll
  static void open() throws Exception {
    Path corpus = dir.resolve("corpus");
    for (ArticleFile article : articles()) {
      article.writeTo(corpus);
    }
    bot = Briefbot.open(SolrBackendTest.solrConfig(dir, "round_trips"), Clock.systemUTC());
    bot.sync(line -> {});
    index = (SolrIndex) bot.index();
  }

  @AfterAll
  static void close() {
    bot.close();
  }

  @AfterEach
  void checkAsUsual() {
    index.checkStateEvery(SolrIndex.STATE_EVERY);
  }

  /** The requests a question waited for: every read but the state checks sent beside it. */
  static long questionRequests() {
    return index.requests() - index.requests("state") - index.requests("state versions");
  }

  static List<ArticleFile> articles() {
    return List.of(
        anArticle("budget").language("en").paragraph("The budget vote was postponed to March after a long night.")
            .paragraph("The finance minister blamed the coalition partners for the delay."),
        anArticle("harbour").language("en").paragraph("The harbour strike ended when the dockers accepted the offer.")
            .paragraph("Ships waited outside the port for three days."));
  }

  @Test
  void aRepeatedQuestionIsTwoSearchesAndNothingElse() {
    Retrieval first = bot.retriever().retrieve(QUESTION);
    long before = questionRequests();

    Retrieval again = bot.retriever().retrieve(QUESTION);

    assertThat(questionRequests() - before).as("BM25 and kNN; statistics and the passages' paragraphs kept")
        .isEqualTo(2);
    assertThat(again.passages()).isEqualTo(first.passages()).isNotEmpty();
    assertThat(again.passages().get(0).text()).isEqualTo("The budget vote was postponed to March after a long night.");
  }

  @Test
  void aFilteredQuestionKeepsTheStatisticsOfTheWholeCollection() {
    bot.retriever().retrieve(QUESTION);
    int documents = index.documentCount();
    long searches = index.requests("search");
    long statistics = index.requests("term statistics");

    Retrieval filtered = bot.retriever().retrieve(QUESTION, List.of(),
        new ParagraphIndex.Filter(Set.of(), Set.of(), null, null, Set.of("harbour")));

    assertThat(filtered.passages()).extracting(Passage::articleId).containsOnly("harbour");
    assertThat(index.documentCount()).as("the filter does not change the state's figures").isEqualTo(documents);
    assertThat(index.requests("search") - searches).isEqualTo(2);
    assertThat(index.requests("term statistics") - statistics).isZero();
  }

  @Test
  void aQuestionWithNewWordsAsksForTheirStatisticsOnce() {
    index.documentCount(); // the collection's state is known and fresh
    long before = questionRequests();
    long fetches = index.requests("fetch");

    Retrieval retrieval = bot.retriever().retrieve("Which ships waited outside the port?");

    long fetched = index.requests("fetch") - fetches;
    assertThat(fetched).as("the passages' paragraphs, unless an earlier question fetched them").isLessThanOrEqualTo(1);
    assertThat(questionRequests() - before - fetched).as("term statistics, BM25 and kNN").isEqualTo(3);
    assertThat(index.requests("term statistics")).isPositive();
    assertThat(retrieval.passages()).extracting(Passage::text)
        .contains("Ships waited outside the port for three days.");
  }

  @Test
  void theStateIsCheckedAtMostOnceAnIntervalWhateverTheQuestions() {
    index.checkStateEvery(Duration.ZERO);
    bot.retriever().retrieve(QUESTION);
    index.awaitStateCheck();
    long checks = index.requests("state");
    assertThat(checks).as("a question sends a check when one is due").isPositive();

    index.checkStateEvery(Duration.ofHours(1));
    for (int i = 0; i < 3; i++) {
      bot.retriever().retrieve(i % 2 == 0 ? QUESTION : "When was the budget vote postponed?");
    }
    index.awaitStateCheck();

    assertThat(index.requests("state")).as("none due within the interval").isEqualTo(checks);
  }

  @Test
  void whileNothingIsWrittenAStateCheckReadsOnlyTheLeadersIndexVersions() {
    index.checkStateEvery(Duration.ZERO);
    for (int i = 0; i < 2; i++) { // the state as it is now kept, whatever the tests before wrote
      bot.retriever().retrieve(QUESTION);
      index.awaitStateCheck();
    }
    long facets = index.requests("state");
    long versions = index.requests("state versions");

    bot.retriever().retrieve("When was the budget vote postponed?");
    index.awaitStateCheck();

    assertThat(index.requests("state versions") - versions).as("a check was due").isPositive();
    assertThat(index.requests("state") - facets).as("no facet over the whole collection").isZero();
  }

  @Test
  void afterTheReadParagraphsAreForgottenAQuestionFetchesItsPassagesAgain() {
    index.checkStateEvery(Duration.ZERO);
    bot.retriever().retrieve(QUESTION);
    index.awaitStateCheck(); // the state as it is now kept, whatever the tests before wrote; then no check is due
    index.checkStateEvery(Duration.ofHours(1));
    bot.retriever().retrieve(QUESTION);
    long fetches = index.requests("fetch");
    bot.retriever().retrieve(QUESTION);
    assertThat(index.requests("fetch")).as("the passages kept").isEqualTo(fetches);

    index.forgetRead();
    Retrieval again = bot.retriever().retrieve(QUESTION);

    assertThat(index.requests("fetch") - fetches).isEqualTo(1);
    assertThat(again.passages().get(0).text()).isEqualTo("The budget vote was postponed to March after a long night.");
  }

  @Test
  void theHitsComeWithoutTheirTextAndThePassagesInOneFetch() {
    index.documentCount();
    Map<String, Double> terms = new HashMap<>();
    index.terms(IndexFields.BODY_NEUTRAL, "dockers ships harbour").forEach(t -> terms.put(t, 1.0));
    List<String> ids = index.bm25(List.of(Map.of(IndexFields.BODY_NEUTRAL, terms)), 10, ParagraphIndex.Filter.NONE)
        .stream().map(ParagraphIndex.Hit::id).toList();
    long fetches = index.requests("fetch");

    List<String> texts = index.paragraphs(ids).stream().map(StoredParagraph::text).toList();
    index.paragraphs(ids);

    assertThat(texts).contains("The harbour strike ended when the dockers accepted the offer.",
        "Ships waited outside the port for three days.");
    assertThat(index.requests("fetch") - fetches).as("one fetch, then the kept paragraphs").isLessThanOrEqualTo(1);
  }

  @Test
  void aPassageIsNeverOlderThanTheHitThatChoseItEvenBeforeTheStateIsChecked() throws Exception {
    index.checkStateEvery(Duration.ofHours(1));
    assertThat(bot.retriever().retrieve(QUESTION).passages().get(0).text()).contains("March");
    Path corpus = dir.resolve("rewriter");
    anArticle("budget").language("en").paragraph("The budget vote was postponed to May after a long night.")
        .paragraph("The finance minister blamed the coalition partners for the delay.").writeTo(corpus);
    articles().get(1).writeTo(corpus);

    try (SolrIndex writer = SolrIndex.open(SolrCloud.shared().settings("round_trips"),
        new AllMiniLmL6V2QuantizedEmbeddingModel(), Clock.systemUTC())) {
      writer.sync(new Corpus(corpus), line -> {});
      try {
        Passage first = bot.retriever().retrieve(QUESTION).passages().get(0);

        assertThat(first.articleId()).isEqualTo("budget");
        assertThat(first.text()).as("the paragraph as the search found it, not as kept from an earlier question")
            .isEqualTo("The budget vote was postponed to May after a long night.");
      } finally {
        writer.sync(new Corpus(dir.resolve("corpus")), line -> {});
      }
    }
  }

  @Test
  void aWriteByAnotherInstanceIsSeenOnceTheStateIsChecked() throws Exception {
    Path corpus = dir.resolve("writer");
    for (ArticleFile article : articles()) {
      article.writeTo(corpus);
    }
    anArticle("budget-2").language("en").paragraph("A second budget vote is planned for April, the minister said.")
        .writeTo(corpus);
    bot.retriever().retrieve(QUESTION);
    index.awaitStateCheck();
    index.checkStateEvery(Duration.ofHours(1));
    int kept = index.documentCount();
    List<FieldTerm> terms = index.terms(IndexFields.BODY_NEUTRAL, "budget April minister").stream()
        .map(t -> new FieldTerm(IndexFields.BODY_NEUTRAL, t)).toList();

    try (SolrIndex writer = SolrIndex.open(SolrCloud.shared().settings("round_trips"),
        new AllMiniLmL6V2QuantizedEmbeddingModel(), Clock.systemUTC())) {
      writer.sync(new Corpus(corpus), line -> {});
      bot.retriever().retrieve(QUESTION);
      assertThat(index.documentCount()).as("no check is due: the kept state").isEqualTo(kept);

      index.checkStateEvery(Duration.ZERO);
      bot.retriever().retrieve(QUESTION);
      index.awaitStateCheck();

      assertThat(index.documentCount()).isEqualTo(writer.documentCount()).isGreaterThan(kept);
      assertThat(index.docFreqs(terms)).isEqualTo(writer.docFreqs(terms));
      assertThat(bot.retriever().retrieve(QUESTION).passages()).extracting(Passage::articleId).contains("budget-2");
    }
  }
}
