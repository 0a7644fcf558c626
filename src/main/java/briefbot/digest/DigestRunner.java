package briefbot.digest;

import briefbot.digest.Digests.Outcome;
import briefbot.digest.Ledger.Entry;
import briefbot.digest.Ledger.Lease;
import briefbot.digest.Ledger.State;
import briefbot.text.Failures;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts each destination's digest when its schedule says so, exactly once per local day. Decisions are made from
 * the ledger alone, so a restarted process, or a second one, picks up where the first left off.
 */
final class DigestRunner {

  private static final Logger LOG = LoggerFactory.getLogger(DigestRunner.class);
  private static final Duration FIRST_RETRY = Duration.ofMinutes(1);
  private static final Duration LAST_RETRY = Duration.ofMinutes(30);
  /** Articles indexed just before the last digest may have become visible after it; seen ones are excluded. */
  private static final Duration OVERLAP = Duration.ofHours(1);
  private static final Duration NO_DIGEST_YET = Duration.ofHours(24);

  private final List<DigestSink> sinks;
  private final Schedules schedules;
  private final Ledger ledger;
  private final DigestComposer composer;
  private final Duration grace;
  private final boolean postQuiet;

  DigestRunner(List<DigestSink> sinks, Schedules schedules, Ledger ledger, DigestComposer composer, Duration grace,
      boolean postQuiet) {
    this.sinks = List.copyOf(sinks);
    this.schedules = schedules;
    this.ledger = ledger;
    this.composer = composer;
    this.grace = grace;
    this.postQuiet = postQuiet;
  }

  /** Posts every digest that is due at {@code now}; what happened to each destination that had one due. */
  synchronized List<Digests.Run> runDue(Instant now) {
    List<Digests.Run> runs = new ArrayList<>();
    Map<String, DigestComposer.Composed> composed = new HashMap<>();
    for (DigestSink sink : sinks) {
      for (String destination : destinations(sink)) {
        Schedule schedule = schedules.of(sink.name(), destination);
        schedule.latest(now).ifPresent(slot -> due(sink, destination, slot, now, composed).ifPresent(runs::add));
      }
    }
    return runs;
  }

  /**
   * Posts today's digest to every destination now unless it went out already (the {@code digest} command): also
   * one that was skipped, quiet, or left unknown by a process that stopped while posting it.
   */
  synchronized List<Digests.Run> postNow(Instant now) {
    List<Digests.Run> runs = new ArrayList<>();
    Map<String, DigestComposer.Composed> composed = new HashMap<>();
    for (DigestSink sink : sinks) {
      for (String destination : destinations(sink)) {
        LocalDate day = schedules.of(sink.name(), destination).day(now);
        String key = Ledger.key(id(sink, destination), day);
        Optional<Entry> entry = ledger.get(key);
        if (entry.isPresent() && entry.get().state() == State.POSTED) {
          runs.add(run(sink, destination, day, Outcome.ALREADY_POSTED, null));
        } else if (entry.isPresent() && inFlight(entry.get(), now)) {
          runs.add(run(sink, destination, day, Outcome.BUSY, "being posted now"));
        } else {
          runs.add(attempt(sink, destination, day, key, entry, now, composed));
        }
      }
    }
    return runs;
  }

  private Optional<Digests.Run> due(DigestSink sink, String destination, Schedule.Slot slot, Instant now,
      Map<String, DigestComposer.Composed> composed) {
    String key = Ledger.key(id(sink, destination), slot.day());
    Optional<Entry> entry = ledger.get(key);
    if (entry.isEmpty()) {
      if (Duration.between(slot.at(), now).compareTo(grace) > 0) {
        LOG.info("digest {} of {} was due at {} and is past the grace period {}: skipped", slot.day(),
            id(sink, destination), slot.at(), grace);
        return close(sink, destination, slot.day(), key, entry, State.SKIPPED, "missed: due " + slot.at(), now);
      }
      return Optional.of(attempt(sink, destination, slot.day(), key, entry, now, composed));
    }
    Entry e = entry.get();
    if (e.state().done() || inFlight(e, now) || (e.state() == State.FAILED && now.toEpochMilli() < e.retryAt())) {
      return Optional.empty();
    }
    if (e.state() == State.SENDING) {
      LOG.warn("digest {} of {}: a process stopped while posting it; not posting it again, it may have gone out"
          + " (post it by hand with 'briefbot digest' if it did not)", slot.day(), id(sink, destination));
      return close(sink, destination, slot.day(), key, entry, State.UNKNOWN, "stopped while posting", now);
    }
    return Optional.of(attempt(sink, destination, slot.day(), key, entry, now, composed));
  }

  private static boolean inFlight(Entry e, Instant now) {
    return (e.state() == State.COMPOSING || e.state() == State.SENDING) && now.toEpochMilli() < e.expires();
  }

  private Digests.Run attempt(DigestSink sink, String destination, LocalDate day, String key, Optional<Entry> entry,
      Instant now, Map<String, DigestComposer.Composed> composed) {
    Optional<Lease> lease = ledger.acquire(key, entry, now);
    if (lease.isEmpty()) {
      return run(sink, destination, day, Outcome.BUSY, "another process has it");
    }
    try {
      DigestComposer.Composed c = compose(id(sink, destination), day, now, composed,
          schedules.of(sink.name(), destination));
      if (c.digest().quiet() && !postQuiet) {
        ledger.finished(lease.get(), State.QUIET, c.until(), c.articleIds());
        return run(sink, destination, day, Outcome.QUIET, null);
      }
      if (!ledger.holds(lease.get())) {
        return run(sink, destination, day, Outcome.BUSY, "another process took it over");
      }
      ledger.sending(lease.get(), now);
      sink.post(destination, c.digest());
      ledger.finished(lease.get(), State.POSTED, c.until(), c.articleIds());
      LOG.info("digest {} posted to {} ({} items)", day, id(sink, destination), c.digest().items().size());
      return run(sink, destination, day, Outcome.POSTED, c.digest().items().size() + " items");
    } catch (Exception e) {
      Instant retry = now.plus(backoff(lease.get().attempt()));
      String why = Failures.inWords(e);
      ledger.failed(lease.get(), retry, why);
      LOG.warn("digest {} to {} failed (attempt {}), retrying at {}: {}", day, id(sink, destination),
          lease.get().attempt(), retry, why);
      return run(sink, destination, day, Outcome.FAILED, why);
    }
  }

  private DigestComposer.Composed compose(String id, LocalDate day, Instant now,
      Map<String, DigestComposer.Composed> composed, Schedule schedule) {
    Optional<Entry> last = ledger.lastDelivered(id, day);
    Instant since = last.map(e -> Instant.ofEpochMilli(e.until()).minus(OVERLAP)).orElse(now.minus(NO_DIGEST_YET));
    Set<String> exclude = Set.copyOf(last.map(Entry::articles).orElse(List.of()));
    String language = schedule.language().code();
    return composed.computeIfAbsent(day + "|" + since + "|" + exclude.hashCode() + "|" + schedule.filter() + "|"
        + language, k -> composer.compose(day, since, exclude, now, schedule.filter(), language));
  }

  /**
   * Today's digest with {@code schedule}'s filter and language: from where the newest digest delivered before today
   * ended (the same when it went out).
   */
  DigestComposer.Composed preview(Schedule schedule, Instant now) {
    return compose("", schedule.day(now), now, new HashMap<>(), schedule);
  }

  private Optional<Digests.Run> close(DigestSink sink, String destination, LocalDate day, String key,
      Optional<Entry> entry, State state, String note, Instant now) {
    Optional<Lease> lease = ledger.acquire(key, entry, now);
    lease.ifPresent(l -> ledger.close(l, state, note));
    return Optional.of(run(sink, destination, day, Outcome.valueOf(state.name()), note));
  }

  static Duration backoff(int attempt) {
    Duration d = FIRST_RETRY.multipliedBy(1L << Math.min(attempt - 1, 10));
    return d.compareTo(LAST_RETRY) > 0 ? LAST_RETRY : d;
  }

  private static List<String> destinations(DigestSink sink) {
    try {
      return sink.destinations();
    } catch (RuntimeException e) {
      LOG.warn("digest sink {} cannot list its destinations: {}", sink.name(), Failures.inWords(e));
      return List.of();
    }
  }

  private static String id(DigestSink sink, String destination) {
    return sink.name() + ":" + destination;
  }

  private static Digests.Run run(DigestSink sink, String destination, LocalDate day, Outcome outcome, String detail) {
    return new Digests.Run(id(sink, destination), day, outcome, detail);
  }
}
