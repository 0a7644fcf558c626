package briefbot.feeds;

import briefbot.config.Config;
import briefbot.config.Settings;
import briefbot.corpus.Article;
import briefbot.corpus.Paragraph;
import briefbot.index.SyncReport;
import briefbot.state.BotState;
import briefbot.text.Failures;
import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the corpus fresh: polls RSS/Atom feeds on a schedule and stores each new item's article, and adds single
 * article URLs by hand; every URL is fetched politely and within limits, and only from public addresses.
 */
public final class Feeds implements AutoCloseable {

  /** How feeds are fetched; {@link #from(Config)} for the bot, the withers for tests (short timeouts, loopback). */
  public record Options(Duration interval, Duration connectTimeout, Duration timeout, long maxBytes, int maxRedirects,
      int maxItemsPerFeed, Duration hostDelay, String userAgent, boolean allowLoopback) {

    public static Options from(Config config) {
      Duration interval = config.get(Settings.FEEDS_INTERVAL);
      return new Options(interval, Duration.ofSeconds(10), Duration.ofSeconds(30), 5L << 20, 5, 20,
          Duration.ofSeconds(1), "Briefbot/0.1 (+" + config.baseUrl() + ")", false);
    }

    /** The same options with loopback addresses allowed: for tests that serve pages from 127.0.0.1 only. */
    public Options allowingLoopback() {
      return new Options(interval, connectTimeout, timeout, maxBytes, maxRedirects, maxItemsPerFeed, hostDelay,
          userAgent, true);
    }

    /** The pause between two requests to one host (politeness; tests use zero). */
    public Options withHostDelay(Duration delay) {
      return new Options(interval, connectTimeout, timeout, maxBytes, maxRedirects, maxItemsPerFeed, delay, userAgent,
          allowLoopback);
    }

    public Options withTimeouts(Duration connect, Duration total) {
      return new Options(interval, connect, total, maxBytes, maxRedirects, maxItemsPerFeed, hostDelay, userAgent,
          allowLoopback);
    }
  }

  /** What happened to one URL; {@link #reply()} says it in one line. */
  public sealed interface Result {
    String reply();

    /** Stored as a new corpus file. */
    record Saved(String id, String title, String source, String url, String language, LocalDate published,
        List<Paragraph> paragraphs) implements Result {
      public String reply() {
        return "added \"%s\" as %s (%d paragraphs, %s%s)".formatted(title, id, paragraphs.size(), language,
            source == null ? "" : ", from " + source);
      }
    }

    /** Already in the corpus (same URL, or the same text under another URL). */
    record Known(String id, String url) implements Result {
      public String reply() {
        return "already in the corpus as " + id;
      }
    }

    /** Not stored, and why. */
    record Skipped(String url, String reason) implements Result {
      public String reply() {
        return "not added: " + reason;
      }
    }
  }

  /** What {@code add} would store from one page or saved file, worked out without storing it. */
  public sealed interface Extracted {
    /** The file or URL as given. */
    String input();

    /**
     * The article as the corpus would hold it, with the words of text the page held; {@code refusal} says why
     * {@code add} would not store it (too short to be an article), empty when it would.
     */
    record Read(String input, Article article, int words, Optional<String> refusal) implements Extracted {}

    /** Nothing to show: the file or page could not be read, was refused, or holds no article text. */
    record Unreadable(String input, String reason) implements Extracted {}
  }

  /** What one poll of every feed did. */
  public record Poll(int feeds, int notModified, int failed, int waiting, List<Result.Saved> saved, List<String> problems) {}

  private static final Logger LOG = LoggerFactory.getLogger(Feeds.class);

  private final FeedList list;
  private final Supplier<SyncReport> index;
  private final Options options;
  private final AddressPolicy policy;
  private final Fetcher fetcher;
  private final Ingest ingest;
  private final FeedPoller poller;
  private final CorpusWriter writer;
  private final Object polling = new Object();
  private ScheduledExecutorService schedule;
  private volatile boolean closed;

  Feeds(Path corpusDir, FeedList list, BotState botState, Supplier<SyncReport> index, Options options, Clock clock,
      AddressPolicy.Resolver resolver) {
    this.list = list;
    this.index = index;
    this.options = options;
    this.policy = new AddressPolicy(options.allowLoopback(), resolver);
    this.fetcher = new Fetcher(policy, options);
    Robots robots = new Robots(fetcher, "briefbot", clock);
    FeedState state = new FeedState(botState);
    this.writer = new CorpusWriter(corpusDir);
    this.ingest = new Ingest(fetcher, robots, state, writer, options.maxBytes());
    this.poller = new FeedPoller(fetcher, robots, ingest, state, options, clock, () -> closed);
  }

  /**
   * Feeds for a bot: the feed list from BRIEFBOT_FEEDS and data/feeds.txt, checked now so a bad entry stops start-up;
   * {@code sync} brings the index in step with corpus/ after articles were stored (progress lines in, report out).
   */
  public static Feeds open(Config config, BotState state, Function<Consumer<String>, SyncReport> sync, Options options,
      Clock clock) {
    FeedList list = new FeedList(config.get(Settings.FEEDS), config.dataDir().resolve(FeedList.FILE));
    list.read(true);
    Supplier<SyncReport> index = () -> {
      SyncReport report = sync.apply(LOG::info);
      report.warnings().forEach(w -> LOG.warn("feeds: index: {}", w));
      return report;
    };
    return new Feeds(config.corpusDir(), list, state, index, options, clock, InetAddress::getAllByName);
  }

  /** Starts polling in the background: once now, then every interval. */
  public void start() {
    start(poll -> { });
  }

  /** Starts polling in the background, telling {@code afterEachPoll} what each poll did (metrics). */
  public synchronized void start(Consumer<Poll> afterEachPoll) {
    if (schedule != null || closed) {
      return;
    }
    writer.sweep(Instant.now());
    schedule = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "feeds-poller");
      t.setDaemon(true);
      return t;
    });
    schedule.scheduleWithFixedDelay(() -> pollQuietly(afterEachPoll), 0, options.interval().toMillis(),
        TimeUnit.MILLISECONDS);
    LOG.info("feeds: polling {} feeds every {}", list.read(false).size(), options.interval());
  }

  private void pollQuietly(Consumer<Poll> afterEachPoll) {
    try {
      Poll poll = pollOnce();
      afterEachPoll.accept(poll);
      LOG.info("feeds: polled {} feeds: {} unchanged, {} failed, {} backing off, {} articles added",
          poll.feeds(), poll.notModified(), poll.failed(), poll.waiting(), poll.saved().size());
    } catch (RuntimeException e) {
      LOG.error("feeds: poll failed", e);
    }
  }

  /** Polls every feed that is due, stores the new articles and indexes them. */
  public Poll pollOnce() {
    synchronized (polling) {
      Poll poll = poller.pollAll(list.read(false));
      if (!poll.saved().isEmpty() && !closed) {
        indexQuietly();
      }
      return poll;
    }
  }

  /**
   * Why a URL a person gave cannot be fetched (not http(s), no host, credentials, an address that is not public),
   * checked without opening anything, so a command refuses at once; empty when it may be fetched.
   */
  public static Optional<Result.Skipped> refusal(String url, Options options) {
    String raw = unwrap(url);
    try {
      new AddressPolicy(options.allowLoopback(), InetAddress::getAllByName).check(raw);
      return Optional.empty();
    } catch (FetchException e) {
      return Optional.of(new Result.Skipped(raw, e.getMessage()));
    }
  }

  /**
   * Reads each page (a URL, fetched as {@code add} fetches it, or a saved HTML file) and hands {@code each} what
   * would be stored from it, in order; nothing is stored. A page that cannot be read is an
   * {@link Extracted.Unreadable}, never an exception.
   */
  public static void extract(List<String> inputs, Options options, Clock clock, Consumer<Extracted> each) {
    try (Preview preview = new Preview(options, clock)) {
      for (String input : inputs) {
        each.accept(preview.of(input));
      }
    }
  }

  /** A URL as typed, or as Slack wraps it ({@code <https://...|label>}). */
  static String unwrap(String url) {
    String raw = url == null ? "" : url.strip();
    if (raw.startsWith("<") && raw.endsWith(">")) {
      raw = raw.substring(1, raw.length() - 1).split("\\|", 2)[0];
    }
    return raw;
  }

  /** Fetches and stores one article a person asked for; never throws: a refusal is a {@link Result.Skipped}. */
  public Result add(String url) {
    String raw = unwrap(url);
    return addedByHand(raw, raw, () -> ingest.fetch(policy.check(raw), Ingest.Hint.NONE, true));
  }

  /**
   * Stores the article of a web page saved to a file ({@code add page.html}), extracted as {@link #add} extracts a
   * fetched one, and indexes it; never throws: a refusal is a {@link Result.Skipped}.
   */
  public Result addSaved(Path file) {
    return addedByHand(file.toString(), "the saved page " + file, () -> ingest.storeSaved(file));
  }

  /**
   * What {@code storing} stored from {@code input} (described in the log as {@code from}), indexed; a refusal, or a
   * failure, as a {@link Result.Skipped} saying why.
   */
  private Result addedByHand(String input, String from, Supplier<Result> storing) {
    try {
      Result result = storing.get();
      if (result instanceof Result.Saved saved) {
        LOG.info("feeds: added {} by hand from {}", saved.id(), from);
        indexQuietly();
      }
      return result;
    } catch (FetchException e) {
      LOG.info("feeds: not added {}: {}", input, e.getMessage());
      return new Result.Skipped(input, e.getMessage());
    } catch (RuntimeException e) {
      LOG.warn("feeds: adding {} failed", input, e);
      return new Result.Skipped(input, "something went wrong while adding it; the log says what");
    }
  }

  /** Whether {@code input} names a saved page rather than a web address ({@code add} takes either). */
  public static boolean isFile(String input) {
    return !Preview.isUrl(input) && !input.contains("://");
  }

  /** Files in corpus/ stay there when indexing fails: an add is not turned into a refusal, the next sync retries. */
  private void indexQuietly() {
    try {
      index.get();
    } catch (RuntimeException e) {
      LOG.warn("feeds: indexing failed ({}); the next poll or 'briefbot index' retries it", Failures.inWords(e));
      LOG.debug("feeds: indexing failure", e);
    }
  }

  /** {@code /brief add URL} for a chat adapter: URL in, one reply line out (angle brackets neutralised). */
  public Function<String, String> adder() {
    return url -> add(url).reply().replace('<', '‹').replace('>', '›');
  }

  /**
   * Stops polling: requests in flight are aborted (closing the HTTP client, not interrupting the poller, which
   * would break the index if it were writing), and an index sync in progress is waited for.
   */
  @Override
  public synchronized void close() {
    closed = true;
    fetcher.close();
    if (schedule != null) {
      schedule.shutdown();
      try {
        if (!schedule.awaitTermination(60, TimeUnit.SECONDS)) {
          LOG.warn("feeds: the poller did not stop within 60 s");
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
