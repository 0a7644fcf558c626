package briefbot.digest;

import briefbot.state.BotState;
import briefbot.state.Namespace;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The digest ledger in the bot state ({@code digest.ledger}): one entry per (sink:destination, local digest day)
 * saying where that digest stands. Each attempt at a digest is first claimed under its own number, so of two
 * processes only one ever makes a given attempt; the entry then records composing, sending and the outcome.
 */
final class Ledger {

  static final String NAMESPACE = "digest.ledger";

  /** Where a digest stands; the last four are final. */
  enum State { COMPOSING, SENDING, FAILED, POSTED, QUIET, SKIPPED, UNKNOWN;

    boolean done() {
      return ordinal() >= POSTED.ordinal();
    }
  }

  /**
   * A ledger entry. {@code expires} bounds a claim (composing or sending) of a process that may have crashed;
   * {@code until} and {@code articles} say what a posted digest covered, so the next one starts there.
   */
  record Entry(State state, int attempt, String owner, long expires, long retryAt, long until, List<String> articles,
      String note) {

    Entry {
      articles = articles == null ? List.of() : List.copyOf(articles);
    }
  }

  /** The right to make one attempt at one digest. */
  record Lease(String key, int attempt) {}

  /** {@code sink:destination/day}; attempt claims add {@code #n} and do not match. */
  private static final Pattern ENTRY_KEY = Pattern.compile("(.+)/(\\d{4}-\\d{2}-\\d{2})");

  private final BotState state;
  private final Namespace<Entry> entries;
  private final String owner;
  private final Duration leaseTime;

  Ledger(BotState state, String owner, Duration leaseTime) {
    this.state = state;
    this.entries = Namespace.of(state, NAMESPACE, Entry.class);
    this.owner = owner;
    this.leaseTime = leaseTime;
  }

  static String key(String destination, LocalDate day) {
    return destination + "/" + day;
  }

  Optional<Entry> get(String key) {
    return entries.get(key);
  }

  /** Claims the next attempt at a digest; empty when another process claimed it first. */
  Optional<Lease> acquire(String key, Optional<Entry> current, Instant now) {
    int attempt = current.map(Entry::attempt).orElse(0) + 1;
    if (!state.claim(NAMESPACE, key + "#" + attempt)) {
      return Optional.empty();
    }
    entries.put(key, new Entry(State.COMPOSING, attempt, owner, now.plus(leaseTime).toEpochMilli(), 0, 0, List.of(),
        null));
    return Optional.of(new Lease(key, attempt));
  }

  /** Whether this lease is still the latest attempt (a slower process may have had its claim expire). */
  boolean holds(Lease lease) {
    return get(lease.key()).map(e -> e.attempt() == lease.attempt() && owner.equals(e.owner())).orElse(false);
  }

  /** Written right before the post: from here a crash leaves an outcome nobody knows. */
  void sending(Lease lease, Instant now) {
    entries.put(lease.key(), new Entry(State.SENDING, lease.attempt(), owner, now.plus(leaseTime).toEpochMilli(), 0, 0,
        List.of(), null));
  }

  void finished(Lease lease, State outcome, Instant until, List<String> articles) {
    entries.put(lease.key(), new Entry(outcome, lease.attempt(), owner, 0, 0, until.toEpochMilli(), articles, null));
  }

  void failed(Lease lease, Instant retryAt, String error) {
    entries.put(lease.key(), new Entry(State.FAILED, lease.attempt(), owner, 0, retryAt.toEpochMilli(), 0, List.of(),
        error));
  }

  /** Closes a digest that will not be posted (missed while down, or its outcome unknown). */
  void close(Lease lease, State state, String note) {
    entries.put(lease.key(), new Entry(state, lease.attempt(), owner, 0, 0, 0, List.of(), note));
  }

  /**
   * The newest digest before {@code day} that went out (or was quiet) for a destination, or for any destination
   * when it is empty: the digest of {@code day} starts where that one ended.
   */
  Optional<Entry> lastDelivered(String destination, LocalDate day) {
    Entry last = null;
    for (var e : entries.all().entrySet()) {
      Matcher key = ENTRY_KEY.matcher(e.getKey());
      boolean mine = key.matches() && (destination.isEmpty() || key.group(1).equals(destination))
          && LocalDate.parse(key.group(2)).isBefore(day);
      if (mine) {
        Entry entry = e.getValue();
        if ((entry.state() == State.POSTED || entry.state() == State.QUIET)
            && (last == null || entry.until() > last.until())) {
          last = entry;
        }
      }
    }
    return Optional.ofNullable(last);
  }

  /** Forgets entries untouched since {@code before}: only the latest days are ever looked at again. */
  int prune(Instant before) {
    return state.prune(NAMESPACE, before.toEpochMilli());
  }
}
