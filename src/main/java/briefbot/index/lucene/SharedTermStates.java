package briefbot.index.lucene;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.IndexSearcher;

/**
 * Each term's statistics and per-segment positions looked up once per index snapshot: a question's document
 * frequencies and then its BM25 query read the same terms, and without this the terms dictionary was searched twice.
 */
final class SharedTermStates {

  /** Enough for the terms of many questions. */
  private static final int LIMIT = 8192;

  /** States of an older snapshot are never used (TermStates knows which reader it was built for) and age out. */
  private final Cache<Term, TermStates> states =
      Caffeine.newBuilder().maximumSize(LIMIT).executor(Runnable::run).build();

  /** The term's states in this searcher's snapshot, with statistics (needed to score). */
  TermStates of(IndexSearcher searcher, Term term) throws IOException {
    TermStates known = states.getIfPresent(term);
    if (known != null && known.wasBuiltFor(searcher.getTopReaderContext())) {
      return known;
    }
    TermStates built = TermStates.build(searcher, term, true);
    states.put(term, built);
    return built;
  }
}
