package briefbot.index.solr;

import static briefbot.corpus.ArticleFile.anArticle;
import static org.assertj.core.api.Assertions.assertThat;

import briefbot.app.Briefbot;
import briefbot.config.Settings;
import briefbot.corpus.ArticleFile;
import briefbot.corpus.Paragraph;
import briefbot.index.SyncReport;
import briefbot.testing.IndexRunInChild;
import briefbot.testing.SolrCloudTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ingestion into SolrCloud: edits replace an article's paragraphs, and a killed `index` run is finished by the next. */
@SolrCloudTest
class SolrIndexingTest {

  @TempDir
  Path dir;

  @Test
  void anEditedArticleReplacesItsParagraphsAndARemovedOneLeaves() throws Exception {
    Path corpus = dir.resolve("corpus");
    article("budget", 4).writeTo(corpus);
    article("trade", 3).writeTo(corpus);
    try (Briefbot bot = Briefbot.open(SolrBackendTest.solrConfig(dir, "edits"), Clock.systemUTC())) {
      assertThat(bot.sync(line -> {}).added()).isEqualTo(2);
      assertThat(bot.index().paragraphCount()).isEqualTo(7);

      anArticle("budget").language("en").paragraph("The budget vote was postponed to March.").writeTo(corpus);
      Files.delete(corpus.resolve("trade.txt"));
      SyncReport report = bot.sync(line -> {});

      assertThat(report.updated()).isEqualTo(1);
      assertThat(report.removed()).isEqualTo(1);
      assertThat(bot.index().paragraphCount()).isEqualTo(1);
      assertThat(bot.index().article("trade")).isEmpty();
      assertThat(bot.index().article("budget").orElseThrow().article().paragraphs()).extracting(Paragraph::text)
          .containsExactly("The budget vote was postponed to March.");
      assertThat(bot.sync(line -> {}).changed()).as("a second pass finds nothing to do").isFalse();
    }
  }

  @Test
  void aKilledIndexRunIsCompletedByTheNextRun() throws Exception {
    int articles = 200;
    Path corpus = dir.resolve("corpus");
    for (int i = 0; i < articles; i++) {
      article("article-" + i, 6).writeTo(corpus);
    }
    var config = SolrBackendTest.solrConfig(dir, "interrupted");
    String log = IndexRunInChild.killMidway(corpus, dir.resolve("data"), Map.of("BRIEFBOT_SEARCH", "solr",
        "BRIEFBOT_SOLR_URL", String.join(",", config.get(Settings.SOLR_URL)), "BRIEFBOT_SOLR_COLLECTION", "interrupted"),
        dir.resolve("child.log"));
    assertThat(log).as("killed before it finished").doesNotContain("indexed:");

    // The killed run's indexing lease outlives it; three minutes on, it has expired and this run takes it over.
    try (Briefbot bot = Briefbot.open(config, Clock.offset(Clock.systemUTC(), Duration.ofMinutes(3)))) {
      SyncReport report = bot.sync(line -> {});
      assertThat(report.added()).as("what the killed run had not finished").isPositive();
      assertThat(report.added() + report.unchanged()).isEqualTo(articles);
      assertThat(bot.index().articleCount()).isEqualTo(articles);
      assertThat(bot.index().paragraphCount()).isEqualTo(articles * 6);
    }
  }

  @Test
  void onlyTheInstanceHoldingTheLeaseWritesTheSharedIndex() throws Exception {
    Path corpus = dir.resolve("corpus");
    article("budget", 2).writeTo(corpus);
    var config = SolrBackendTest.solrConfig(dir, "lease");
    try (Briefbot first = Briefbot.open(config, Clock.systemUTC());
        Briefbot second = Briefbot.open(config, Clock.systemUTC())) {
      assertThat(first.sync(line -> {}).added()).isEqualTo(1);
      article("trade", 3).writeTo(corpus);
      SyncReport refused = second.sync(line -> {});
      assertThat(refused.changed()).isFalse();
      assertThat(refused.warnings()).singleElement().asString().contains("another Briefbot instance is indexing");
      assertThat(second.index().articleCount()).as("the second answers from what the first wrote").isEqualTo(1);
      assertThat(first.sync(line -> {}).added()).as("the holder renews and goes on").isEqualTo(1);
      assertThat(second.index().paragraphCount()).isEqualTo(5);
    }
  }

  private static ArticleFile article(String id, int paragraphs) {
    ArticleFile article = anArticle(id).language("en");
    for (int p = 0; p < paragraphs; p++) {
      article.paragraph("Report " + id + " paragraph " + p + ": delegates discussed trade, energy and security at the "
          + "summit, officials said on day " + p + ".");
    }
    return article;
  }
}
