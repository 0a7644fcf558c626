package briefbot.index;

import briefbot.concurrent.Awaited;
import briefbot.corpus.Article;
import briefbot.corpus.Corpus;
import briefbot.corpus.CorpusException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Reads, cleans and embeds articles on worker threads ahead of the index writer, and hands them back in corpus
 * order: parsing runs in parallel with Lucene's analysis, while documents are still added in the same order (so
 * doc ids, and score ties, are the same run after run).
 */
final class ReadAhead implements AutoCloseable {

  /** An article ready to be written, or the reason it could not be read. */
  record Ready(Corpus.Entry entry, Article article, List<float[]> vectors, CorpusException error) {}

  private final ExecutorService pool;
  private final Iterator<Corpus.Entry> entries;
  private final Function<Corpus.Entry, Ready> prepare;
  private final Deque<Future<Ready>> window = new ArrayDeque<>();
  private final int depth;

  ReadAhead(List<Corpus.Entry> entries, int threads, Function<Corpus.Entry, Ready> prepare) {
    this.pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "briefbot-index-read");
      t.setDaemon(true);
      return t;
    });
    this.entries = entries.iterator();
    this.prepare = prepare;
    this.depth = threads * 4;
    fill();
  }

  /**
   * Worker threads for a machine: without embeddings one core is left to the writer; with them a worker spends most
   * of its time waiting for the model's own threads (a thread per core for the built-in one, each text on one), so
   * a worker per core and one more keep the model fed while others read, clean and gloss the next articles. With
   * one worker the model sat idle while its article was read and glossed, and at its article's last paragraph.
   */
  static int threads(boolean embeds) {
    int cores = Runtime.getRuntime().availableProcessors();
    return embeds ? cores + 1 : Math.max(1, cores - 1);
  }

  boolean hasNext() {
    return !window.isEmpty();
  }

  Ready next() {
    Future<Ready> next = window.poll();
    fill();
    return Awaited.value(next, "reading an article ahead of the index writer");
  }

  private void fill() {
    while (window.size() < depth && entries.hasNext()) {
      Corpus.Entry entry = entries.next();
      window.add(pool.submit(() -> prepare.apply(entry)));
    }
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }
}
