package briefbot.index.lucene;

import java.io.IOException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;

/**
 * Whether a paragraph still in the index holds a term: a removed paragraph counts in its segment's term statistics
 * (and in the spell checker's) until a merge drops it, so a name only a removed article held would pass as one the
 * articles mention.
 */
final class LiveTerms {

  private LiveTerms() {}

  /** Reads postings only where a segment has removals, and only up to the first paragraph not removed. */
  static boolean held(IndexReader reader, Term term) throws IOException {
    for (LeafReaderContext leaf : reader.leaves()) {
      Terms terms = leaf.reader().terms(term.field());
      if (terms == null) {
        continue;
      }
      TermsEnum found = terms.iterator();
      if (!found.seekExact(term.bytes())) {
        continue;
      }
      Bits live = leaf.reader().getLiveDocs();
      if (live == null) {
        return true;
      }
      PostingsEnum docs = found.postings(null, PostingsEnum.NONE);
      for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
        if (live.get(doc)) {
          return true;
        }
      }
    }
    return false;
  }
}
