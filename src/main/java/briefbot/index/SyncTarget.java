package briefbot.index;

import briefbot.corpus.Article;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Where one sync pass writes: the embedded Lucene index or a SolrCloud collection. */
public interface SyncTarget extends AutoCloseable {

  /** What the index holds of an article: enough to tell whether its file changed, and when it was first seen. */
  record Known(String hash, String stamp, Instant firstSeen) {}

  /** Every indexed article by id. */
  Map<String, Known> known() throws IOException;

  /** Replaces an article's paragraphs and record; the record carrying the new stamp is written last. */
  void replace(Article article, Instant firstSeen, List<float[]> vectors, String stamp) throws IOException;

  void remove(String articleId) throws IOException;

  /**
   * Makes what this pass wrote so far durable, so that a pass that is killed resumes from here, not from the start;
   * false where there is nothing to do (a store whose writes are durable as they go).
   */
  default boolean checkpoint() throws IOException {
    return false;
  }

  /** Makes everything this pass wrote durable and searchable. */
  void commit() throws IOException;

  /** Releases what the pass held, whether it committed or failed. */
  @Override
  default void close() {}
}
