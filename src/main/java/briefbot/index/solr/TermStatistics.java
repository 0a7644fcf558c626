package briefbot.index.solr;

import briefbot.index.ParagraphIndex.FieldTerm;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Document frequencies, the document and the article count of one state of the collection, kept until it changes, so that a
 * question asks Solr only for terms no earlier question had. The state is asked for now and then (see
 * {@link #due}); one that differs from the kept state drops it, and so does a state not confirmed for
 * {@link #MAX_AGE_NANOS} (an idle instance must not answer its next question with statistics of hours ago).
 */
final class TermStatistics {

  /** How long a state no search confirmed stays trusted. */
  static final long MAX_AGE_NANOS = 60_000_000_000L;
  /** Terms kept per state (a few MB): the words questions use again and again stay, rare ones make room. */
  private static final int TERMS = 50_000;

  /**
   * What tells two states of the collection apart: how many documents statistics count (of which {@code articles}
   * are article records), the newest version among them (an added or replaced document raises it, a deleted one
   * lowers the count), and the shards' leaders' index versions when the state was read ({@code leaders}, null when
   * they could not be read): while those stay the same, so does the state, and a check reads only them.
   */
  record Generation(long documents, long articles, long newest, String leaders) {

    /** The same figures, read when the leaders were at {@code versions}. */
    Generation at(String versions) {
      return new Generation(documents, articles, newest, versions);
    }
  }

  /** One state's figures; a cache filled after the state was replaced is simply dropped with it. */
  record Snapshot(Generation generation, long confirmed, Cache<FieldTerm, Integer> docFreqs) {}

  private volatile Snapshot current;
  /** When the state was last asked for (System.nanoTime), whatever the answer. */
  private final AtomicLong asked = new AtomicLong(System.nanoTime() - Long.MAX_VALUE / 2);

  /**
   * Records the state a search ran on: true when it differs from the kept one, whose statistics are then gone.
   */
  boolean observe(Generation generation) {
    Snapshot kept = current;
    if (kept != null && kept.generation().equals(generation)) {
      current = new Snapshot(generation, System.nanoTime(), kept.docFreqs());
      return false;
    }
    current = new Snapshot(generation, System.nanoTime(), Caffeine.newBuilder().maximumSize(TERMS).build());
    return kept != null;
  }

  /**
   * Confirms the kept state if it was read at the same leaders' versions (nothing was written and made visible since):
   * false when there is none, or it was read at other versions, or they were unknown.
   */
  boolean confirm(String leaders) {
    Snapshot kept = current;
    if (leaders == null || kept == null || !leaders.equals(kept.generation().leaders())) {
      return false;
    }
    current = new Snapshot(kept.generation(), System.nanoTime(), kept.docFreqs());
    return true;
  }

  /** The kept state, or null when there is none or it was not confirmed lately. */
  Snapshot fresh() {
    Snapshot kept = current;
    return kept == null || System.nanoTime() - kept.confirmed() > MAX_AGE_NANOS ? null : kept;
  }

  /**
   * Whether the state is due to be asked for again, {@code everyNanos} after it last was: true for one caller only
   * (who then asks), so that however many questions come at once, the collection is asked at most that often.
   */
  boolean due(long everyNanos) {
    long last = asked.get();
    long now = System.nanoTime();
    return now - last >= everyNanos && asked.compareAndSet(last, now);
  }

  /** Notes that the state is being asked for now (a caller that could not wait for {@link #due}). */
  void asking() {
    asked.set(System.nanoTime());
  }

  /** Forgets the kept state (after this process wrote to the collection). */
  void clear() {
    current = null;
  }

  /** The frequencies a snapshot knows among {@code terms}. */
  static Map<FieldTerm, Integer> known(Snapshot snapshot, Collection<FieldTerm> terms) {
    Map<FieldTerm, Integer> out = new HashMap<>();
    for (FieldTerm t : terms) {
      Integer df = snapshot.docFreqs().getIfPresent(t);
      if (df != null) {
        out.put(t, df);
      }
    }
    return out;
  }
}
