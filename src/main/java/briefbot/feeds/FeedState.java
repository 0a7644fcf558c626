package briefbot.feeds;

import briefbot.state.BotState;
import briefbot.state.Namespace;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;

/**
 * What the feeds remember in the bot state, so a restart neither refetches nor duplicates anything:
 * {@code feeds.seen} (canonical URL or text hash → article id), {@code feeds.items} (items given up on),
 * {@code feeds.http} (ETag and Last-Modified per feed), {@code feeds.backoff} (failures and next try per feed).
 */
final class FeedState {

  static final String SEEN = "feeds.seen";
  static final String ITEMS = "feeds.items";
  static final String HTTP = "feeds.http";
  static final String BACKOFF = "feeds.backoff";
  static final int ITEM_ATTEMPTS = 3;
  private static final Duration MAX_BACKOFF = Duration.ofHours(24);

  /** The validators of a feed's last complete response. */
  record Validators(String etag, String lastModified) {}

  /** A feed that failed: how often in a row, why, and not before when to try again. */
  record Backoff(int failures, Instant retryAt, String reason) {}

  /** An item that failed: how often, why, and whether it was given up on ({@code final}). */
  record ItemFailure(int attempts, String reason, @JsonProperty("final") boolean givenUp) {}

  private final BotState state;
  private final Namespace<ItemFailure> items;
  private final Namespace<Validators> http;
  private final Namespace<Backoff> backoffs;

  FeedState(BotState state) {
    this.state = state;
    this.items = Namespace.of(state, ITEMS, ItemFailure.class);
    this.http = Namespace.of(state, HTTP, Validators.class);
    this.backoffs = Namespace.of(state, BACKOFF, Backoff.class);
  }

  /** The article already stored under one of these canonical URLs or this text hash. */
  Optional<String> seen(Collection<String> urls, String textHash) {
    for (String url : urls) {
      Optional<String> id = state.get(SEEN, "url:" + url);
      if (id.isPresent()) {
        return id;
      }
    }
    return textHash == null ? Optional.empty() : state.get(SEEN, "text:" + textHash);
  }

  void remember(Collection<String> urls, String textHash, String id) {
    urls.forEach(url -> state.put(SEEN, "url:" + url, id));
    if (textHash != null) {
      state.put(SEEN, "text:" + textHash, id);
    }
  }

  /** Whether an item was given up on (not an article, or failed {@value #ITEM_ATTEMPTS} times). */
  boolean givenUp(String itemUrl) {
    return items.get(itemUrl).map(ItemFailure::givenUp).orElse(false);
  }

  /** Records an item that failed; returns true when it is now given up on. */
  boolean failed(String itemUrl, String reason, boolean retry) {
    int attempts = items.get(itemUrl).map(ItemFailure::attempts).orElse(0) + 1;
    boolean done = !retry || attempts >= ITEM_ATTEMPTS;
    items.put(itemUrl, new ItemFailure(attempts, reason, done));
    return done;
  }

  Validators validators(String feed) {
    return http.get(feed).orElse(new Validators(null, null));
  }

  void validators(String feed, Validators v) {
    if (v.etag() == null && v.lastModified() == null) {
      http.delete(feed);
      return;
    }
    http.put(feed, v);
  }

  Optional<Backoff> backoff(String feed) {
    return backoffs.get(feed);
  }

  /** Counts a failure and sets the next try: one interval, then doubling, at most a day. */
  Backoff fail(String feed, String reason, Duration interval, Instant now) {
    int failures = backoff(feed).map(Backoff::failures).orElse(0) + 1;
    Duration wait = interval.multipliedBy(1L << Math.min(failures - 1, 20));
    Backoff b = new Backoff(failures, now.plus(wait.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait), reason);
    backoffs.put(feed, b);
    return b;
  }

  void succeeded(String feed) {
    backoffs.delete(feed);
  }
}
