package briefbot.index.lucene;

import briefbot.corpus.LanguageDetector;
import briefbot.index.IndexFields;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FilterDirectoryReader;
import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.SearcherManager;

/**
 * The index as searched: the norms of the body fields read from one byte per document in memory. A paragraph has
 * only its own language's body field, so on disk each language's norms are sparse and every scored document was
 * found through a jump table first (16 % of a question's BM25 at 100,000 paragraphs); the values are Lucene's own.
 */
final class DenseNorms extends FilterDirectoryReader {

  /** The fields BM25 scores; the others keep Lucene's norms. */
  private static final Set<String> SCORED = Stream.concat(LanguageDetector.SUPPORTED.stream().map(IndexFields::body),
      Stream.of(IndexFields.BODY_NEUTRAL)).collect(Collectors.toUnmodifiableSet());

  /**
   * Scorers a segment's field gets from disk before its norms are loaded (a question asks each field for about five
   * terms): loading 100,000 paragraphs' norms took 80 ms, more than a one-question process ever saves.
   */
  static final int LOAD_AFTER = 64;
  /** A field whose norms stay on disk. */
  private static final byte[] UNLOADED = new byte[0];

  /** Searchers over {@code reader} and the snapshots that follow it, each with the body fields' norms in memory. */
  static SearcherManager searchers(DirectoryReader reader) throws IOException {
    return new SearcherManager(new DenseNorms(reader), null);
  }

  /**
   * Each segment's norms loaded once, whatever snapshot of these searchers holds the segment, and dropped when the
   * segment closes.
   */
  private final Map<IndexReader.CacheKey, Map<String, Loaded>> loaded;

  DenseNorms(DirectoryReader in) throws IOException {
    this(in, new ConcurrentHashMap<>());
  }

  private DenseNorms(DirectoryReader in, Map<IndexReader.CacheKey, Map<String, Loaded>> loaded) throws IOException {
    super(in, new SubReaderWrapper() {
      @Override
      public LeafReader wrap(LeafReader reader) {
        return new Leaf(reader, loaded);
      }
    });
    this.loaded = loaded;
  }

  @Override
  protected DirectoryReader doWrapDirectoryReader(DirectoryReader in) throws IOException {
    return new DenseNorms(in, loaded);
  }

  @Override
  public CacheHelper getReaderCacheHelper() {
    return in.getReaderCacheHelper();
  }

  /** A segment's field: how often its norms were asked for, and once loaded, the norms. */
  private static final class Loaded {
    final AtomicInteger asked = new AtomicInteger();
    volatile byte[] norms;
  }

  /** A segment whose scored fields' norms come from memory. */
  private static final class Leaf extends FilterLeafReader {

    private final Map<IndexReader.CacheKey, Map<String, Loaded>> loaded;

    Leaf(LeafReader in, Map<IndexReader.CacheKey, Map<String, Loaded>> loaded) {
      super(in);
      this.loaded = loaded;
    }

    @Override
    public NumericDocValues getNormValues(String field) throws IOException {
      CacheHelper core = in.getCoreCacheHelper();
      if (core == null || !SCORED.contains(field)) {
        return in.getNormValues(field);
      }
      Loaded state = fields(core).computeIfAbsent(field, f -> new Loaded());
      byte[] norms = state.norms;
      if (norms == null) {
        if (state.asked.incrementAndGet() < LOAD_AFTER) {
          return in.getNormValues(field);
        }
        synchronized (state) {
          if (state.norms == null) {
            state.norms = load(field);
          }
          norms = state.norms;
        }
      }
      return norms.length == 0 ? in.getNormValues(field) : new InMemory(norms);
    }

    private Map<String, Loaded> fields(CacheHelper core) {
      Map<String, Loaded> fields = loaded.get(core.getKey());
      if (fields == null) {
        Map<String, Loaded> fresh = new ConcurrentHashMap<>();
        fields = loaded.putIfAbsent(core.getKey(), fresh);
        if (fields == null) {
          fields = fresh;
          core.addClosedListener(loaded::remove);
        }
      }
      return fields;
    }

    /**
     * The field's norms as bytes, 0 where a document lacks the field (Lucene writes no norm for an empty field and
     * refuses a norm of 0 for a filled one); {@link #UNLOADED} when it has none or a value does not fit in a byte.
     */
    private byte[] load(String field) {
      byte[] out = new byte[maxDoc()];
      try {
        NumericDocValues stored = in.getNormValues(field);
        if (stored == null) {
          return UNLOADED;
        }
        for (int doc = stored.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = stored.nextDoc()) {
          long value = stored.longValue();
          if (value == 0 || value != (byte) value) {
            return UNLOADED;
          }
          out[doc] = (byte) value;
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the norms of " + field, e);
      }
      return out;
    }

    @Override
    public CacheHelper getCoreCacheHelper() {
      return in.getCoreCacheHelper();
    }

    @Override
    public CacheHelper getReaderCacheHelper() {
      return in.getReaderCacheHelper();
    }
  }

  /** One byte per document; a document without the field has none. */
  private static final class InMemory extends NumericDocValues {

    private final byte[] norms;
    private int doc = -1;

    InMemory(byte[] norms) {
      this.norms = norms;
    }

    @Override
    public long longValue() {
      return norms[doc];
    }

    @Override
    public boolean advanceExact(int target) {
      doc = target;
      return norms[target] != 0;
    }

    @Override
    public int docID() {
      return doc;
    }

    @Override
    public int nextDoc() {
      return advance(doc + 1);
    }

    @Override
    public int advance(int target) {
      for (int d = target; d < norms.length; d++) {
        if (norms[d] != 0) {
          return doc = d;
        }
      }
      return doc = NO_MORE_DOCS;
    }

    @Override
    public long cost() {
      return norms.length;
    }
  }
}
