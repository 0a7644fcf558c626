package briefbot.app;

import briefbot.config.Config;
import briefbot.config.ConfigException;
import briefbot.config.Settings;
import briefbot.corpus.Corpus;
import briefbot.index.SyncReport;
import briefbot.index.lucene.LuceneIndex;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.Comparator;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * Indexes the whole corpus again with the configured embedding model into a folder beside the embedded index, and
 * puts it in the index's place only once it is complete: until then the old index is untouched, and a rebuild that
 * fails leaves nothing behind. The old index's write lock is held meanwhile, so no other process writes it.
 */
final class Rebuild {

  private Rebuild() {}

  static SyncReport run(Config config, Clock clock, Consumer<String> progress) {
    if (Backend.solr(config)) {
      throw new ConfigException("--rebuild is for the embedded index; a SolrCloud collection is rebuilt by "
          + "indexing into a new collection (" + config.nameOf(Settings.DATA_DIR) + " is not used)");
    }
    Backend.check(config);
    Path data = config.dataDir();
    Path live = data.resolve("index");
    Path staging = data.resolve("index-rebuild");
    Path previous = data.resolve("index-previous");
    try {
      delete(staging); // what a rebuild that stopped half-way left
      delete(previous);
      Files.createDirectories(live);
      try (Directory directory = FSDirectory.open(live); Lock lock = writeLock(directory, live)) {
        EmbeddingModel model = ConfiguredEmbeddings.glossing(config, ConfiguredEmbeddings.of(config),
            WordSources.gloss(config, WordSources.translations(config)));
        SyncReport report;
        try (LuceneIndex fresh = LuceneIndex.open(staging, model, clock, true, Backend.analysis(config))) {
          report = fresh.sync(new Corpus(config.corpusDir(), Briefbot.corpusOrigin(config)), progress);
        }
        Files.move(live, previous, StandardCopyOption.ATOMIC_MOVE);
        Files.move(staging.resolve("index"), live, StandardCopyOption.ATOMIC_MOVE);
        return report;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot rebuild the index at " + live + ": " + e.getMessage(), e);
    } finally {
      deleteQuietly(staging);
      deleteQuietly(previous);
    }
  }

  private static Lock writeLock(Directory directory, Path live) throws IOException {
    try {
      return directory.obtainLock(IndexWriter.WRITE_LOCK_NAME);
    } catch (LockObtainFailedException e) {
      throw new ConfigException("another Briefbot process (serve?) writes the index at " + live
          + "; stop it, then rebuild");
    }
  }

  private static void deleteQuietly(Path folder) {
    try {
      delete(folder);
    } catch (IOException e) {
      // the next rebuild deletes it first
    }
  }

  private static void delete(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
