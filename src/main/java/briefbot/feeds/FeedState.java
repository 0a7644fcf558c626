package briefbot.feeds;

import briefbot.state.BotState;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
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

  private final BotState state;
  private final ObjectMapper json = new ObjectMapper();

  FeedState(BotState state) {
    this.state = state;
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
    return state.get(ITEMS, itemUrl).map(v -> read(v).path("final").asBoolean()).orElse(false);
  }

  /** Records an item that failed; returns true when it is now given up on. */
  boolean failed(String itemUrl, String reason, boolean retry) {
    int attempts = state.get(ITEMS, itemUrl).map(v -> read(v).path("attempts").asInt()).orElse(0) + 1;
    boolean done = !retry || attempts >= ITEM_ATTEMPTS;
    ObjectNode node = json.createObjectNode().put("attempts", attempts).put("reason", reason).put("final", done);
    state.put(ITEMS, itemUrl, node.toString());
    return done;
  }

  Validators validators(String feed) {
    return state.get(HTTP, feed).map(this::read)
        .map(n -> new Validators(text(n, "etag"), text(n, "lastModified")))
        .orElse(new Validators(null, null));
  }

  void validators(String feed, Validators v) {
    if (v.etag() == null && v.lastModified() == null) {
      state.delete(HTTP, feed);
      return;
    }
    state.put(HTTP, feed, json.createObjectNode().put("etag", v.etag()).put("lastModified", v.lastModified()).toString());
  }

  Optional<Backoff> backoff(String feed) {
    return state.get(BACKOFF, feed).map(this::read)
        .map(n -> new Backoff(n.path("failures").asInt(), Instant.parse(n.path("retryAt").asText()), text(n, "reason")));
  }

  /** Counts a failure and sets the next try: one interval, then doubling, at most a day. */
  Backoff fail(String feed, String reason, Duration interval, Instant now) {
    int failures = backoff(feed).map(Backoff::failures).orElse(0) + 1;
    Duration wait = interval.multipliedBy(1L << Math.min(failures - 1, 20));
    Backoff b = new Backoff(failures, now.plus(wait.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait), reason);
    state.put(BACKOFF, feed, json.createObjectNode().put("failures", b.failures())
        .put("retryAt", b.retryAt().toString()).put("reason", reason).toString());
    return b;
  }

  void succeeded(String feed) {
    state.delete(BACKOFF, feed);
  }

  private JsonNode read(String value) {
    try {
      return json.readTree(value);
    } catch (java.io.IOException e) {
      return json.createObjectNode();
    }
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
