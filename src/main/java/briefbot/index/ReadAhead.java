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

  /** Worker threads for a machine: one core is left to the writer. */
  static int threads() {
    return Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
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
