package briefbot.digest;

import briefbot.answer.Links;
import briefbot.config.Config;
import briefbot.config.Settings;
import briefbot.index.ParagraphIndex;
import briefbot.state.BotState;
import briefbot.text.Failures;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The daily digest: composes it from the articles first seen since the last one, and posts it to every sink's
 * destinations on their schedules, exactly once per destination and local day. {@link #start()} runs it in the
 * background for {@code serve}; {@link #runDue(Instant)} is the same work made at an instant of the caller's.
 */
public final class Digests implements AutoCloseable {

  /** What happened to one destination's digest; printed and in JSON as its {@link #word()}. */
  public enum Outcome {
    POSTED, FAILED, QUIET, SKIPPED, UNKNOWN, BUSY, ALREADY_POSTED;

    /** The outcome as people read it: {@code posted}, {@code already posted}. */
    public String word() {
      return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    @Override
    public String toString() {
      return word();
    }
  }

  /** What happened to one destination's digest, and a detail (the error, the number of items) or null. */
  public record Run(String destination, LocalDate day, Outcome outcome, String detail) {}

  private static final Logger LOG = LoggerFactory.getLogger(Digests.class);
  static final Duration TICK = Duration.ofSeconds(30);
  static final Duration LEASE = Duration.ofMinutes(10);

  static final Duration KEEP = Duration.ofDays(90);

  private final DigestRunner runner;
  private final Schedules schedules;
  private final Ledger ledger;
  private final Clock clock;
  private ScheduledExecutorService ticker;

  private Digests(DigestRunner runner, Schedules schedules, Ledger ledger, Clock clock) {
    this.runner = runner;
    this.schedules = schedules;
    this.ledger = ledger;
    this.clock = clock;
  }

  /** Digests written by the extractive writer. */
  public static Digests create(Config config, ParagraphIndex index, Links links, BotState state,
      List<DigestSink> sinks, Clock clock) {
    return create(config, index, new ExtractiveWriter(links), state, sinks, clock);
  }

  /** Reads and checks the digest settings (a bad one stops start-up naming it); posts nothing yet. */
  public static Digests create(Config config, ParagraphIndex index, DigestWriter writer, BotState state,
      List<DigestSink> sinks, Clock clock) {
    Schedules schedules = Schedules.from(config);
    Ledger ledger = new Ledger(state, owner(), LEASE);
    DigestRunner runner = new DigestRunner(sinks, schedules, ledger, new DigestComposer(index, writer),
        config.get(Settings.DIGEST_GRACE), config.get(Settings.DIGEST_QUIET) == Settings.QuietDay.POST);
    return new Digests(runner, schedules, ledger, clock);
  }

  /** This package's own sinks: the Teams Workflows webhook, when {@code TEAMS_DIGEST_WEBHOOK_URL} is set. */
  public static List<DigestSink> ownSinks(Config config) {
    List<DigestSink> sinks = new ArrayList<>();
    String webhook = config.get(Settings.TEAMS_DIGEST_WEBHOOK_URL);
    if (webhook != null) {
      sinks.add(new TeamsWebhookSink(webhook, HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()));
    }
    return sinks;
  }

  /** Checks now and every 30 seconds for due digests (a digest missed while down goes out now if within grace). */
  public synchronized Digests start() {
    if (ticker == null) {
      ledger.prune(clock.instant().minus(KEEP));
      ticker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "digest");
        t.setDaemon(true);
        return t;
      });
      ticker.scheduleWithFixedDelay(this::tick, 0, TICK.toSeconds(), TimeUnit.SECONDS);
      LOG.info("digest scheduled {} (per-channel overrides in {})", schedules.fallback(), Schedules.FILE);
    }
    return this;
  }

  /** One check at the clock's instant; what the background thread runs. */
  public List<Run> tick() {
    try {
      return runDue(clock.instant());
    } catch (RuntimeException e) {
      LOG.warn("digest check failed: {}", Failures.inWords(e));
      return List.of();
    }
  }

  /** Posts every digest due at {@code now} that has not gone out yet, and retries failed ones whose time came. */
  public List<Run> runDue(Instant now) {
    return runner.runDue(now);
  }

  /** Posts today's digest to every destination that has not had it yet (by hand, whatever the schedule). */
  public List<Run> postNow() {
    return runner.postNow(clock.instant());
  }

  /**
   * Today's digest as it would be posted now (or as it went out, with anything new since), with the default filter
   * and language, posting nothing.
   */
  public Digest preview() {
    return runner.preview(schedules.fallback(), clock.instant()).digest();
  }

  /** The same with the filter and language of {@code sink:destination} ({@code slack:C0123}), as digest.yaml says. */
  public Digest preview(String sink, String destination) {
    return runner.preview(schedules.of(sink, destination), clock.instant()).digest();
  }

  /**
   * The language of {@code sink:destination}'s digest ({@code nl}): its own in digest.yaml, else
   * BRIEFBOT_DIGEST_LANGUAGE's (English unless set).
   */
  public String language(String sink, String destination) {
    return schedules.of(sink, destination).language().code();
  }

  /** The digest as people read it in a terminal. */
  public static String readable(Digest digest) {
    return DigestText.readable(digest);
  }

  /** The digest as one JSON object: day, headline, quiet, items, citations (in the answer JSON's form). */
  public static String json(Digest digest) {
    return DigestText.json(digest).toString();
  }

  private static String owner() {
    return ProcessHandle.current().pid() + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  /** Stops the background checks, letting a post in progress finish. */
  @Override
  public synchronized void close() {
    if (ticker != null) {
      ticker.shutdown();
      try {
        if (!ticker.awaitTermination(30, TimeUnit.SECONDS)) {
          ticker.shutdownNow();
        }
      } catch (InterruptedException e) {
        ticker.shutdownNow();
        Thread.currentThread().interrupt();
      }
      ticker = null;
    }
  }
}
