package briefbot.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import briefbot.app.Briefbot;
import briefbot.cli.Cli;
import briefbot.config.ConfigException;
import briefbot.testing.SeedCorpus;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An index written by an earlier schema is never rebuilt by surprise (at a million paragraphs re-embedding takes
 * hours) nor searched without what the new schema adds: one line says so and names the rebuild, which brings it back.
 */
class SchemaChangeTest {

  @TempDir
  Path dir;

  @Test
  void anIndexOfTheSchemaBeforeIsRefusedInOneLineUntilRebuilt() throws Exception {
    int articles;
    try (Briefbot bot = SeedCorpus.open(dir)) {
      articles = bot.index().articleCount();
    }
    Path index = dir.resolve("data/index");
    String model = recorded(index).get("embeddings");
    try (Directory directory = FSDirectory.open(index);
        IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig()
            .setOpenMode(IndexWriterConfig.OpenMode.APPEND))) {
      writer.setLiveCommitData(Map.of("schema", "15", "embeddings", model).entrySet());
      writer.commit();
    }

    assertThatThrownBy(() -> Briefbot.open(SeedCorpus.config(dir, Map.of()), Clock.systemUTC()))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("written with schema 15, this Briefbot writes schema " + IndexFields.SCHEMA)
        .hasMessageContaining("a question mark before a comma no longer ends a sentence")
        .hasMessageContaining("briefbot index --rebuild")
        .hasMessageNotContaining("\n");
    assertThat(recorded(index)).as("the old index is kept as it was").containsEntry("schema", "15");

    Map<String, String> env = new HashMap<>();
    env.put("BRIEFBOT_CORPUS_DIR", dir.resolve("corpus").toString());
    env.put("BRIEFBOT_DATA_DIR", dir.resolve("data").toString());
    env.put("BRIEFBOT_BASE_URL", "http://briefbot.test");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Cli.run(new String[] {"index", "--rebuild"}, env,
        new BufferedReader(new StringReader("")), new PrintWriter(out), new PrintWriter(err), Clock.systemUTC());
    assertThat(code).as(err.toString()).isZero();
    assertThat(recorded(index)).containsEntry("schema", IndexFields.SCHEMA);
    try (Briefbot bot = Briefbot.open(SeedCorpus.config(dir, Map.of()), Clock.systemUTC())) {
      assertThat(bot.index().articleCount()).isEqualTo(articles);
    }
  }

  @Test
  void anIndexOfAnOlderSchemaIsToldItsFieldsChanged() {
    assertThat(IndexFields.schemaChange("9")).isEqualTo("its fields changed");
    assertThat(IndexFields.schemaChange("8")).isEqualTo("its fields changed");
    assertThat(IndexFields.schemaChange(null)).isEqualTo("its fields changed");
  }

  private static Map<String, String> recorded(Path index) throws Exception {
    try (Directory directory = FSDirectory.open(index); DirectoryReader reader = DirectoryReader.open(directory)) {
      return reader.getIndexCommit().getUserData();
    }
  }
}
