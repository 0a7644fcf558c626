package briefbot.index.lucene;

import briefbot.config.ConfigException;
import briefbot.index.IndexFields;
import briefbot.index.TextAnalysis;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What opening an index checks before it is searched: its schema, embedding model and word lists, the write lock, and
 * its files' checksums; an index that fails is wiped and rebuilt from the corpus, or refused.
 */
final class OpeningChecks {

  /** Logged as the index's own lines, as before they were checked here. */
  private static final Logger LOG = LoggerFactory.getLogger(LuceneIndex.class);

  private OpeningChecks() {}

  /**
   * Whether the index on disk can be kept, read through one reader (its commit names the schema and the model,
   * its files' checksums show damage): false when it cannot be read, was built by another model, or is damaged, and
   * it is then rebuilt from the corpus. An index another process writes is kept unchecked. An index of another schema
   * is refused with one line naming {@code briefbot index --rebuild} (unless {@code otherModelRebuilds}, as that
   * rebuild's own fresh index is opened), and so is a model change where either model is an embedding service's (a
   * service's vectors are paid for and cannot be compared with another model's: no silent rebuild either way).
   */
  static boolean keep(Path path, Directory directory, String model, boolean otherModelRebuilds,
      TextAnalysis analysis) throws IOException {
    if (!DirectoryReader.indexExists(directory)) {
      return true;
    }
    try (DirectoryReader reader = DirectoryReader.open(directory)) {
      Map<String, String> data = reader.getIndexCommit().getUserData();
      String recorded = data.get("embeddings");
      String schema = data.get("schema");
      boolean sameSchema = IndexFields.SCHEMA.equals(schema);
      if (!sameSchema && !otherModelRebuilds) {
        // never rebuilt by surprise: at a million paragraphs re-embedding takes hours, and a process that silently
        // kept the old index would search without what the new schema adds
        throw new ConfigException("the index in " + path + " was written with schema "
            + (schema == null ? "?" : schema) + ", this Briefbot writes schema " + IndexFields.SCHEMA + " ("
            + IndexFields.schemaChange(schema) + "); run 'briefbot index --rebuild' to index the corpus again (the old index is kept until the new one "
            + "is complete)");
      }
      if (sameSchema && recorded != null && !recorded.equals(model) && !otherModelRebuilds
          && (recorded.contains(":") || model.contains(":"))) {
        throw new ConfigException("the index in " + path + " holds vectors of " + recorded + ", not of "
            + model + " as the embedding settings now give; set them back, or run 'briefbot index --rebuild' to "
            + "index the corpus again with the new model (the old index serves until the new one is complete)");
      }
      if (lockedByAnother(directory)) {
        return true;
      }
      String lists = data.getOrDefault("wordLists", "none");
      if (sameSchema && !lists.equals(analysis.wordListsRecorded())) {
        // parts the index holds, or lacks, are still searched: compounds only match their parts less often
        LOG.warn("index {} split compounds against the word lists {}, now {}: 'briefbot index --rebuild' splits them "
            + "as questions are", path, lists, analysis.wordListsRecorded());
      }
      if (!sameSchema || !model.equals(recorded)) {
        LOG.warn("index {} was built by another embedding model or schema; rebuilding it from the corpus", path);
        return false;
      }
      return checksumsMatch(path, reader);
    } catch (IndexNotFoundException e) {
      return true;
    } catch (ConfigException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      if (lockedByAnother(directory)) {
        return true;
      }
      LOG.warn("index {} is damaged and cannot be opened ({}); rebuilding it from the corpus", path,
          SegmentDamage.brief(e));
      return false;
    }
  }

  /** Whether another process holds the write lock now (checked without keeping it). */
  static boolean lockedByAnother(Directory directory) throws IOException {
    try (Lock lock = directory.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
      return false;
    } catch (LockObtainFailedException e) {
      return true;
    }
  }

  /**
   * Opening checked the commit and each segment's header; bytes damaged inside a data file are found only by its
   * checksum, which Lucene reads at merge time, never at search time. So every file's checksum is read at open
   * (one sequential read of the index), and a damaged segment is never searched.
   */
  private static boolean checksumsMatch(Path path, DirectoryReader reader) {
    String broken = SegmentDamage.damage(path, reader.leaves());
    if (broken != null) {
      LOG.warn("index {} is damaged: {}; rebuilding it from the corpus", path, broken);
      return false;
    }
    return true;
  }

  static void wipe(Path path) throws IOException {
    try (Stream<Path> files = Files.walk(path)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        if (!p.equals(path)) {
          Files.delete(p);
        }
      }
    }
  }
}
