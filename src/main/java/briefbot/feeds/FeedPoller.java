package briefbot.feeds;

import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls one feed: skips it while it backs off, asks with its validators (ETag, Last-Modified) so an unchanged
 * feed costs one 304, stores its new items oldest first, and remembers the validators only once every item is done.
 */
final class FeedPoller {

  enum Status { NOT_MODIFIED, FETCHED, FAILED, WAITING }

  /** What polling one feed did. */
  record Outcome(Status status, List<Feeds.Result.Saved> saved, List<String> problems) {}

  private static final Logger LOG = LoggerFactory.getLogger(FeedPoller.class);
  private static final String ACCEPT = "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.1";

  private final Fetcher fetcher;
  private final Robots robots;
  private final Ingest ingest;
  private final FeedState state;
  private final Feeds.Options options;
  private final Clock clock;
  private final BooleanSupplier closing;

  /** {@code closing} tells a failure caused by shutting down (aborted requests) from a real one, which is recorded. */
  FeedPoller(Fetcher fetcher, Robots robots, Ingest ingest, FeedState state, Feeds.Options options, Clock clock,
      BooleanSupplier closing) {
    this.fetcher = fetcher;
    this.robots = robots;
    this.ingest = ingest;
    this.state = state;
    this.options = options;
    this.clock = clock;
    this.closing = closing;
  }

  /** Polls the feeds in turn until done or the bot is closing. */
  Feeds.Poll pollAll(List<URI> feeds) {
    int notModified = 0;
    int failed = 0;
    int waiting = 0;
    List<Feeds.Result.Saved> saved = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (URI feed : feeds) {
      if (closing.getAsBoolean()) {
        break;
      }
      Outcome outcome = poll(feed);
      switch (outcome.status()) {
        case NOT_MODIFIED -> notModified++;
        case WAITING -> waiting++;
        case FAILED -> failed++;
        case FETCHED -> { }
      }
      saved.addAll(outcome.saved());
      problems.addAll(outcome.problems());
    }
    return new Feeds.Poll(feeds.size(), notModified, failed, waiting, saved, problems);
  }

  Outcome poll(URI feed) {
    String key = feed.toString();
    Optional<FeedState.Backoff> backoff = state.backoff(key);
    if (backoff.isPresent() && clock.instant().isBefore(backoff.get().retryAt())) {
      return new Outcome(Status.WAITING, List.of(), List.of());
    }
    try {
      Fetcher.Fetched response = fetcher.get(feed, headers(state.validators(key)), robots,
          LimitedBody.handler(options.maxBytes()));
      if (response.status() == 304) {
        state.succeeded(key);
        return new Outcome(Status.NOT_MODIFIED, List.of(), List.of());
      }
      if (response.status() < 200 || response.status() > 299) {
        throw FetchException.passing("the feed answered HTTP " + response.status());
      }
      FeedParser.Feed parsed = FeedParser.parse(response.body(), response.contentType(), response.uri());
      Outcome outcome = items(parsed);
      if (outcome.status() == Status.FETCHED) {
        state.validators(key, new FeedState.Validators(response.header("ETag"), response.header("Last-Modified")));
      }
      state.succeeded(key);
      return new Outcome(Status.FETCHED, outcome.saved(), outcome.problems());
    } catch (FetchException e) {
      if (stopping()) {
        return new Outcome(Status.FAILED, List.of(), List.of());
      }
      FeedState.Backoff next = state.fail(key, e.getMessage(), options.interval(), clock.instant());
      LOG.warn("feeds: feed {} skipped: {} (failure {} in a row, next try after {})", feed, e.getMessage(),
          next.failures(), next.retryAt());
      return new Outcome(Status.FAILED, List.of(), List.of("feed " + feed + ": " + e.getMessage()));
    }
  }

  private boolean stopping() {
    return closing.getAsBoolean() || Thread.currentThread().isInterrupted();
  }

  private static Map<String, String> headers(FeedState.Validators validators) {
    Map<String, String> headers = new TreeMap<>(Map.of("Accept", ACCEPT));
    if (validators.etag() != null) {
      headers.put("If-None-Match", validators.etag());
    }
    if (validators.lastModified() != null) {
      headers.put("If-Modified-Since", validators.lastModified());
    }
    return headers;
  }

  /**
   * Stores the newest unseen items, at most {@code maxItemsPerFeed} a poll, oldest first. The outcome's status is
   * FETCHED when every item is settled (stored, known or given up on), else FAILED so the validators are not kept
   * and the next poll sees the items again.
   */
  private Outcome items(FeedParser.Feed feed) {
    List<FeedParser.Item> todo = new ArrayList<>();
    boolean settled = true;
    for (FeedParser.Item item : feed.items()) {
      if (ingest.known(item.link()).isPresent() || state.givenUp(Canonical.of(item.link()))) {
        continue;
      }
      if (todo.size() == options.maxItemsPerFeed()) {
        settled = false;
        break;
      }
      todo.add(item);
    }
    List<Feeds.Result.Saved> saved = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (FeedParser.Item item : todo.reversed()) {
      try {
        Feeds.Result result = ingest.fetch(item.link(), new Ingest.Hint(item.title(), item.published(), feed.title()),
            false);
        if (result instanceof Feeds.Result.Saved s) {
          saved.add(s);
          LOG.info("feeds: added {} from {} ({} paragraphs)", s.id(), item.link(), s.paragraphs().size());
        }
      } catch (FetchException e) {
        if (stopping()) {
          settled = false;
          break;
        }
        boolean gaveUp = state.failed(Canonical.of(item.link()), e.getMessage(), e.retry());
        settled &= gaveUp;
        problems.add("item " + item.link() + ": " + e.getMessage());
        LOG.warn("feeds: item {} skipped: {}{}", item.link(), e.getMessage(), gaveUp ? "" : " (will retry)");
      } catch (RuntimeException e) {
        settled = false;
        if (stopping()) {
          break;
        }
        problems.add("item " + item.link() + ": " + e.getMessage());
        LOG.warn("feeds: item {} failed", item.link(), e);
      }
    }
    return new Outcome(settled ? Status.FETCHED : Status.FAILED, saved, problems);
  }
}
