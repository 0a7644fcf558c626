package briefbot.index.lucene;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.IndexSearcher;

/**
 * Each term's statistics and per-segment positions looked up once per index snapshot: a question's document
 * frequencies and then its BM25 query read the same terms, and without this the terms dictionary was searched twice.
 */
final class SharedTermStates {

  /** Enough for the terms of many questions; past it the map starts again rather than tracking use. */
  private static final int LIMIT = 8192;

  /** The snapshot the states were built for (its reader context's identity, never the reader) and the states. */
  private record Snapshot(Object reader, Map<Term, TermStates> states) {}

  private volatile Snapshot current = new Snapshot(new Object(), new ConcurrentHashMap<>());

  /** The term's states in this searcher's snapshot, with statistics (needed to score). */
  TermStates of(IndexSearcher searcher, Term term) throws IOException {
    Object reader = searcher.getTopReaderContext().id();
    Snapshot snapshot = current;
    if (snapshot.reader() != reader) {
      snapshot = new Snapshot(reader, new ConcurrentHashMap<>());
      current = snapshot;
    }
    TermStates states = snapshot.states().get(term);
    if (states == null || !states.wasBuiltFor(searcher.getTopReaderContext())) {
      states = TermStates.build(searcher, term, true);
      if (snapshot.states().size() >= LIMIT) {
        snapshot.states().clear();
      }
      snapshot.states().put(term, states);
    }
    return states;
  }
}
