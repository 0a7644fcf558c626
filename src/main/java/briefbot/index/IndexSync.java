package briefbot.index;

import briefbot.corpus.Article;
import briefbot.corpus.Corpus;
import briefbot.corpus.CorpusException;
import briefbot.corpus.Paragraph;
import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * One pass that brings the index in step with the corpus files: a checkpoint every 100 articles or 20 seconds, so a
 * killed pass resumes from there, and a commit at the end.
 */
public final class IndexSync {

  private static final long PROGRESS_EVERY_MS = 2_000;
  /** Articles, and milliseconds, between two checkpoints: a killed pass redoes at most this much. */
  static final int CHECKPOINT_EVERY = 100;
  private static final long CHECKPOINT_EVERY_MS = 20_000;
  /**
   * The least time between two checkpoints. Each commits the paragraphs the writer holds as a segment of their own,
   * to be merged again later: without embeddings 100 articles take a fraction of a second, and the commits every 100
   * articles were a quarter of the writer's thread. With an embedding model 100 articles take far longer than this.
   */
  private static final long CHECKPOINT_GAP_MS = 2_000;

  private final SyncTarget target;
  private final EmbeddingModel embeddings;
  private final Clock clock;

  public IndexSync(SyncTarget target, EmbeddingModel embeddings, Clock clock) {
    this.target = target;
    this.embeddings = embeddings;
    this.clock = clock;
  }

  public synchronized SyncReport run(Corpus corpus, Consumer<String> progress) {
    Corpus.Scan scan = corpus.scan();
    try {
      Map<String, SyncTarget.Known> known = target.known();
      List<String> warnings = new ArrayList<>(scan.warnings());
      int added = 0;
      int updated = 0;
      int unchanged = 0;
      int paragraphs = 0;
      long lastReport = System.currentTimeMillis();
      long lastCheckpoint = lastReport;
      int checkpointAt = 0;
      int committed = 0;
      Set<String> present = new HashSet<>();
      List<Corpus.Entry> changed = new ArrayList<>();
      for (Corpus.Entry entry : scan.entries()) {
        present.add(entry.id());
        if (holds(known.get(entry.id()), entry)) {
          unchanged++;
        } else {
          changed.add(entry);
        }
      }
      int done = unchanged;
      int workers = ReadAhead.threads(embeddings != null);
      try (ReadAhead ahead = new ReadAhead(changed, workers, entry -> prepare(corpus, entry))) {
        while (ahead.hasNext()) {
          ReadAhead.Ready ready = ahead.next();
          done++;
          if (ready.error() != null) {
            warnings.add("skipped " + ready.error().getMessage());
            continue;
          }
          Article article = ready.article();
          SyncTarget.Known before = known.get(article.id());
          Instant firstSeen = before == null ? clock.instant() : before.firstSeen();
          target.replace(article, firstSeen, ready.vectors(), ready.entry().stamp());
          paragraphs += article.paragraphs().size();
          if (before == null) {
            added++;
          } else {
            updated++;
          }
          long sinceCheckpoint = System.currentTimeMillis() - lastCheckpoint;
          int committedBefore = committed;
          if (added + updated - checkpointAt >= CHECKPOINT_EVERY && sinceCheckpoint >= CHECKPOINT_GAP_MS
              || sinceCheckpoint > CHECKPOINT_EVERY_MS) {
            checkpointAt = added + updated;
            lastCheckpoint = System.currentTimeMillis();
            committed = target.checkpoint() ? checkpointAt : committed;
          }
          // a checkpoint is reported at once: what is committed survives a kill, and a pass that ends within the
          // next two seconds would otherwise never say so
          if (committed != committedBefore || System.currentTimeMillis() - lastReport > PROGRESS_EVERY_MS) {
            progress.accept("indexing: %d/%d files, %d paragraphs written%s".formatted(done, scan.entries().size(),
                paragraphs, committed == 0 ? "" : ", " + committed + " files committed"));
            lastReport = System.currentTimeMillis();
          }
        }
      }
      int removed = 0;
      for (String id : known.keySet()) {
        if (!present.contains(id)) {
          target.remove(id);
          removed++;
        }
      }
      if (added + updated + removed > 0) {
        target.commit();
      }
      return new SyncReport(added, updated, removed, unchanged, paragraphs, warnings);
    } catch (IOException e) {
      // What a failed pass wrote after its last checkpoint is uncommitted (embedded) or sits under its article's old
      // stamp (an article's record is written after its paragraphs): either way the next pass redoes it.
      throw new UncheckedIOException("indexing failed, the next pass redoes what was not committed: " + e.getMessage(), e);
    }
  }

  /** Whether the index holds this file as it is: same stamp, or same bytes (a copy, a checkout touched it). */
  private static boolean holds(SyncTarget.Known before, Corpus.Entry entry) {
    return before != null && (before.stamp().equals(entry.stamp()) || before.hash().equals(entry.hash()));
  }

  /**
   * How many files a pass would write or remove: what an index written by another process has not caught up on. A
   * file that cannot be read as an article is left out: no pass will ever index it.
   */
  public static int behind(Corpus corpus, Map<String, SyncTarget.Known> known) {
    int behind = 0;
    Set<String> present = new HashSet<>();
    for (Corpus.Entry entry : corpus.scan().entries()) {
      present.add(entry.id());
      if (!holds(known.get(entry.id()), entry) && readable(corpus, entry)) {
        behind++;
      }
    }
    return behind + (int) known.keySet().stream().filter(id -> !present.contains(id)).count();
  }

  private static boolean readable(Corpus corpus, Corpus.Entry entry) {
    try {
      corpus.read(entry);
      return true;
    } catch (CorpusException e) {
      return false;
    }
  }

  /** Runs on a read-ahead worker: reads and cleans the file, and embeds its paragraphs. */
  private ReadAhead.Ready prepare(Corpus corpus, Corpus.Entry entry) {
    try {
      Article article = corpus.read(entry);
      return new ReadAhead.Ready(entry, article, embed(article), null);
    } catch (CorpusException e) {
      return new ReadAhead.Ready(entry, null, null, e);
    }
  }

  private List<float[]> embed(Article article) {
    List<float[]> vectors = new ArrayList<>();
    if (embeddings == null) {
      article.paragraphs().forEach(p -> vectors.add(null));
      return vectors;
    }
    List<TextSegment> segments = article.paragraphs().stream().map(IndexSync::segment).toList();
    for (Embedding embedding : embeddings.embedAll(segments).content()) {
      vectors.add(Vectors.normalized(embedding.vector()));
    }
    return vectors;
  }

  /** The paragraph under its heading, with its language for a model that glosses what it does not read. */
  private static TextSegment segment(Paragraph p) {
    String text = p.section() == null ? p.text() : p.section() + ". " + p.text();
    return p.language() == null ? TextSegment.from(text)
        : TextSegment.from(text, Metadata.from(GlossedEmbeddings.LANGUAGE, p.language()));
  }
}
