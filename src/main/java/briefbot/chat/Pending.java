package briefbot.chat;

import briefbot.state.BotState;
import briefbot.text.Failures;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Work a chat platform was told is accepted (a question, an activity) and that is not done yet, kept in the bot state
 * so that no process death loses it: recorded before the acknowledgement, worked on by one process at a time (a
 * lease the worker renews), marked done afterwards. A process that starts, and every process every half minute,
 * takes up what is pending and not leased, so work a dead process held is done once its lease runs out. A duplicate
 * delivery of pending work is worked on, not dropped; one of done work is dropped. Work that failed is taken up
 * again later each time it fails again (a sweep's wait, then one, two, four... up to ten minutes): a platform that is
 * down for an hour sees about ten attempts of each reply, not 120, and the log says each failure once per attempt.
 */
public final class Pending implements AutoCloseable {

  /** A worker renews its lease every {@link #RENEW}; a dead worker's work is taken up once this has run out. */
  public static final Duration LEASE = Duration.ofSeconds(20);
  private static final Duration RENEW = Duration.ofSeconds(5);
  private static final Duration SWEEP = Duration.ofSeconds(30);
  private static final Duration LONGEST_WAIT = Duration.ofMinutes(10);
  private static final Logger LOG = LoggerFactory.getLogger(Pending.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final BotState state;
  private final String namespace;
  private final String doneNamespace;
  private final Duration giveUpAfter;
  private final Clock clock;
  private final String holder;
  private final Set<String> inHand = ConcurrentHashMap.newKeySet();
  /** Work this process let go, and when a sweep may take it up again; kept in memory: a new process tries at once. */
  private final Map<String, Retry> retries = new ConcurrentHashMap<>();
  private final ScheduledExecutorService timer;
  private final AtomicBoolean started = new AtomicBoolean();

  /**
   * Pending work in {@code namespace}; what is done is marked in {@code doneNamespace} under the same key; work older
   * than {@code giveUpAfter} is given to {@code givenUp} instead of being taken up again.
   */
  public Pending(BotState state, String namespace, String doneNamespace, Duration giveUpAfter, Clock clock) {
    this.state = state;
    this.namespace = namespace;
    this.doneNamespace = doneNamespace;
    this.giveUpAfter = giveUpAfter;
    this.clock = clock;
    this.holder = BotState.newHolder();
    this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "briefbot-pending-" + namespace);
      t.setDaemon(true);
      return t;
    });
  }

  /** True when the work was done already (a duplicate delivery to drop). */
  public boolean done(String key) {
    return state.contains(doneNamespace, key);
  }

  /** Records work before it is acknowledged; a duplicate delivery keeps what was recorded first (and its progress). */
  public void record(String key, String work) {
    state.putIfAbsent(namespace, key, write(new Entry(clock.millis(), work)));
  }

  /**
   * The work, when this process may do it now: it is pending, not done, and no live worker (here or elsewhere) has
   * it. The caller then ends with {@link #finish} or {@link #letGo}.
   */
  public Optional<String> take(String key) {
    if (!inHand.add(key)) {
      return Optional.empty();
    }
    try {
      if (!state.lease(leaseName(key), holder, LEASE)) {
        inHand.remove(key);
        return Optional.empty();
      }
      Optional<String> stored = state.get(namespace, key);
      if (stored.isEmpty() || done(key)) {
        finish(key);
        return Optional.empty();
      }
      return Optional.of(read(stored.get()).work());
    } catch (RuntimeException e) {
      inHand.remove(key);
      throw e;
    }
  }

  /** Stores progress (a message already posted, say), so that whoever takes the work up next continues from it. */
  public void progress(String key, String work) {
    long received = state.get(namespace, key).map(Pending::read).map(Entry::received).orElse(clock.millis());
    state.put(namespace, key, write(new Entry(received, work)));
  }

  /** The work as recorded (for a caller that gives it up), or empty. */
  public Optional<String> peek(String key) {
    return state.get(namespace, key).map(Pending::read).map(Entry::work);
  }

  /** Whether this process still holds the work (another takes it over only when this one stopped renewing). */
  public boolean stillMine(String key) {
    return inHand.contains(key) && state.lease(leaseName(key), holder, LEASE);
  }

  /** The work is done: marked so, no longer pending, its lease given up. */
  public void finish(String key) {
    try {
      state.claim(doneNamespace, key);
      state.delete(namespace, key);
      state.release(leaseName(key), holder);
    } finally {
      inHand.remove(key);
      retries.remove(key);
    }
  }

  /**
   * The work stays pending (it failed for now); its lease is given up, so a later sweep takes it up again: the next
   * one after a first failure, then after twice the last wait (a delivery from the platform is worked on at once).
   */
  public void letGo(String key) {
    retries.merge(key, Retry.first(clock.millis()), (before, first) -> before.next(clock.millis()));
    try {
      state.release(leaseName(key), holder);
    } finally {
      inHand.remove(key);
    }
  }

  /**
   * Starts taking up pending work: at once (what a process that died left) and every half minute; leases of work in
   * hand are renewed meanwhile. Work older than the give-up age goes to {@code givenUp} and is then finished.
   */
  public void start(Consumer<String> work, Consumer<String> givenUp) {
    if (!started.compareAndSet(false, true)) {
      return;
    }
    timer.scheduleWithFixedDelay(() -> sweep(work, givenUp), 0, SWEEP.toMillis(), TimeUnit.MILLISECONDS);
    timer.scheduleWithFixedDelay(this::renew, RENEW.toMillis(), RENEW.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** One sweep: what is pending, not in hand and not waiting after a failure is taken up or, too old, given up. */
  void sweep(Consumer<String> work, Consumer<String> givenUp) {
    try {
      Map<String, String> pending = state.list(namespace);
      long now = clock.millis();
      long tooOld = now - giveUpAfter.toMillis();
      retries.keySet().retainAll(pending.keySet());
      for (String key : pending.keySet()) {
        if (inHand.contains(key)) {
          continue;
        }
        if (read(pending.get(key)).received() < tooOld) {
          retries.remove(key);
          givenUp.accept(key);
        } else if (retries.getOrDefault(key, Retry.NONE).due(now)) {
          work.accept(key);
        }
      }
    } catch (RuntimeException e) {
      LOG.warn("taking up pending work namespace={} failed: {}", namespace, Failures.inWords(e));
    }
  }

  private void renew() {
    for (String key : inHand) {
      try {
        state.lease(leaseName(key), holder, LEASE);
      } catch (RuntimeException e) {
        LOG.warn("renewing the lease of pending work namespace={} failed: {}", namespace, Failures.inWords(e));
      }
    }
  }

  /** How often work failed here and the time before which a sweep leaves it alone. */
  record Retry(int failures, long notBefore) {

    static final Retry NONE = new Retry(0, 0);

    static Retry first(long now) {
      return new Retry(1, now);
    }

    Retry next(long now) {
      long wait = Math.min(SWEEP.toMillis() << Math.min(failures, 20), LONGEST_WAIT.toMillis());
      return new Retry(failures + 1, now + wait);
    }

    boolean due(long now) {
      return now >= notBefore;
    }
  }

  /** What is stored: the caller's description of the work and when it was first recorded. */
  record Entry(long received, String work) {}

  private String write(Entry entry) {
    try {
      return JSON.writeValueAsString(entry);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The stored entry; one that cannot be read counts as received long ago, so it is given up, not retried. */
  private static Entry read(String stored) {
    try {
      Entry entry = JSON.readValue(stored, Entry.class);
      return entry.work() == null ? new Entry(0, "") : entry;
    } catch (JsonProcessingException | IllegalArgumentException e) {
      return new Entry(0, "");
    }
  }

  private String leaseName(String key) {
    return namespace + ":" + key;
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
