package briefbot.chat.web;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;

import briefbot.index.SyncReport;
import briefbot.text.Failures;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the index in step with corpus/ while serving: a file event starts a sync once the folder has been
 * quiet for a moment (editors and copies write in bursts); a periodic rescan catches what events miss
 * (network file systems, a folder that was replaced). Searches in flight keep their snapshot meanwhile.
 */
final class CorpusWatcher implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(CorpusWatcher.class);
  static final Duration QUIET = Duration.ofMillis(300);
  static final Duration MAX_SETTLE = Duration.ofSeconds(2);
  static final Duration RESCAN = Duration.ofSeconds(30);
  private static final Duration CLOSE_WAIT = Duration.ofSeconds(60);

  /** How often the whole index is checked against its checksums (a read of the index, ~1 s per 100 MB). */
  static final Duration VERIFY_EVERY = Duration.ofHours(6);

  private final Path dir;
  private final Supplier<SyncReport> sync;
  private final BooleanSupplier verify;
  private long lastVerify = System.nanoTime();
  private final WebMetrics metrics;
  private final WatchService events;
  private final Thread thread;
  private WatchKey key;
  private volatile boolean running = true;
  /** What the last pass complained about: a file that stays bad is reported once, not every rescan. */
  private Set<String> lastComplaints = Set.of();

  /** {@code verify} checks the index against its checksums, every {@link #VERIFY_EVERY}. */
  CorpusWatcher(Path dir, Supplier<SyncReport> sync, BooleanSupplier verify, WebMetrics metrics) {
    this.dir = dir;
    this.sync = sync;
    this.verify = verify;
    this.metrics = metrics;
    try {
      this.events = FileSystems.getDefault().newWatchService();
    } catch (IOException e) {
      throw new IllegalStateException("cannot watch the corpus folder: " + e.getMessage(), e);
    }
    this.thread = new Thread(this::loop, "briefbot-corpus-watcher");
    thread.setDaemon(true);
  }

  void start() {
    thread.start();
  }

  private void loop() {
    try {
      watch();
      syncNow("start"); // files changed between the first sync and the watch being set up
      while (running) {
        WatchKey signalled = events.poll(RESCAN.toMillis(), TimeUnit.MILLISECONDS);
        if (signalled != null) {
          drain(signalled);
          settle();
        }
        if (!running) {
          return;
        }
        watch();
        syncNow(signalled == null ? "rescan" : "change");
        verifyWhenDue();
      }
    } catch (InterruptedException | ClosedWatchServiceException e) {
      // closing: nothing to do
    }
  }

  /** Waits until no event came for {@link #QUIET}, or {@link #MAX_SETTLE} passed, so a burst is one sync. */
  private void settle() throws InterruptedException {
    long deadline = System.nanoTime() + MAX_SETTLE.toNanos();
    WatchKey next;
    while (System.nanoTime() < deadline && (next = events.poll(QUIET.toMillis(), TimeUnit.MILLISECONDS)) != null) {
      drain(next);
    }
  }

  private static void drain(WatchKey key) {
    key.pollEvents();
    key.reset();
  }

  /** (Re)registers the folder; a folder that is missing now is registered on a later pass. */
  private void watch() {
    if (key != null && key.isValid()) {
      return;
    }
    try {
      key = dir.register(events, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE);
    } catch (IOException e) {
      key = null;
      LOG.warn("cannot watch corpus folder {} ({}); rescanning every {}s", dir, Failures.inWords(e),
          RESCAN.toSeconds());
    }
  }

  private void syncNow(String why) {
    long start = System.nanoTime();
    try {
      SyncReport report = sync.get();
      Duration took = Duration.ofNanos(System.nanoTime() - start);
      metrics.sync(report, took);
      if (report.changed()) {
        LOG.info("corpus synced trigger={} added={} updated={} removed={} ms={}", why, report.added(),
            report.updated(), report.removed(), took.toMillis());
      }
      complain(Set.copyOf(report.warnings()));
    } catch (RuntimeException e) {
      metrics.error("corpus_sync");
      complain(Set.of("sync failed: " + e.getMessage()));
    }
  }

  private void verifyWhenDue() {
    if (System.nanoTime() - lastVerify < VERIFY_EVERY.toNanos()) {
      return;
    }
    lastVerify = System.nanoTime();
    try {
      if (!verify.getAsBoolean()) {
        metrics.error("index_damaged");
      }
    } catch (RuntimeException e) {
      metrics.error("index_verify");
      LOG.warn("cannot check the index against its checksums: {}", Failures.inWords(e));
    }
  }

  private void complain(Set<String> complaints) {
    complaints.stream().filter(c -> !lastComplaints.contains(c)).sorted().forEach(c -> LOG.warn("corpus: {}", c));
    lastComplaints = complaints;
  }

  /** Stops watching; a sync in progress finishes first (interrupting Lucene mid-write would close the index). */
  @Override
  public void close() {
    running = false;
    try {
      events.close();
      thread.join(CLOSE_WAIT.toMillis());
    } catch (IOException e) {
      LOG.warn("closing the corpus watcher: {}", Failures.inWords(e));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
