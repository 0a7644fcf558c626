package briefbot.app;

import briefbot.config.Config;
import briefbot.config.ConfigException;
import briefbot.config.Settings;
import briefbot.config.SolrSettings;
import briefbot.index.ParagraphIndex;
import briefbot.llm.LlmComposer;
import briefbot.index.TextAnalysis;
import briefbot.index.lucene.LuceneIndex;
import briefbot.index.solr.SolrIndex;
import briefbot.state.BotState;
import briefbot.state.solr.SolrState;
import briefbot.state.sqlite.SqliteState;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Where the index and the bot state live, by {@code BRIEFBOT_SEARCH}: {@code embedded} keeps both in the data folder
 * (Lucene and SQLite, one machine); {@code solr} keeps both in a SolrCloud cluster that several instances share.
 */
final class Backend {

  private Backend() {}

  static boolean solr(Config config) {
    return config.get(Settings.SEARCH) == Settings.Search.SOLR;
  }

  /**
   * Reads the backend's settings, so that a wrong one stops start-up with a line naming it; the embedded backend's
   * data folder must be one Briefbot can create and write.
   */
  static void check(Config config) {
    Briefbot.cache(config); // an unwritable cache would convert the dictionaries again at every start
    if (config.llm() != Settings.LlmProvider.NONE) {
      LlmComposer.check(config); // an Ollama without the model: said now, not at the first question
    }
    if (solr(config)) {
      SolrSettings.from(config);
      return;
    }
    Path data = config.dataDir();
    try {
      Files.createDirectories(data);
    } catch (IOException | UnsupportedOperationException e) {
      throw unwritable(config, data);
    }
    if (!Files.isWritable(data)) {
      throw unwritable(config, data);
    }
  }

  private static ConfigException unwritable(Config config, Path data) {
    return new ConfigException(config.nameOf(Settings.DATA_DIR) + " must be a folder Briefbot can write, not '"
        + data + "'");
  }

  /** The index; an embedded index of another embedding model is refused unless {@code otherModelRebuilds}. */
  static ParagraphIndex index(Config config, EmbeddingModel embeddings, Clock clock, boolean otherModelRebuilds) {
    return solr(config) ? SolrIndex.open(SolrSettings.from(config), embeddings, clock, analysis(config))
        : LuceneIndex.open(config.dataDir(), embeddings, clock, otherModelRebuilds, analysis(config));
  }

  /**
   * How the index analyses text: German and Dutch compounds split against the word lists the setting names, a German
   * question's words' other forms from the Hunspell dictionary another names.
   */
  static TextAnalysis analysis(Config config) {
    return TextAnalysis.of(config.get(Settings.WORD_LISTS), config.get(Settings.HUNSPELL), Briefbot.cache(config));
  }

  /** Solr's state is shared by every instance pointed at the cluster; SQLite's by the processes of one machine. */
  static BotState state(Config config, Clock clock) {
    return solr(config) ? SolrState.open(SolrSettings.from(config), clock) : SqliteState.open(config.dataDir(), clock);
  }
}
