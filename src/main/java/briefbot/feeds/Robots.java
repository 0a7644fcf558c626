package briefbot.feeds;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** robots.txt per host, fetched once a day and kept in memory; a {@link Fetcher.Gate} for every page and feed. */
final class Robots implements Fetcher.Gate {

  private static final Logger LOG = LoggerFactory.getLogger(Robots.class);
  private static final long MAX_BYTES = 500 * 1024;
  private static final Duration KEEP = Duration.ofHours(24);
  private static final Duration KEEP_UNREACHABLE = Duration.ofMinutes(30);

  /** The rules of a site, or why its robots.txt could not be read (then nothing is fetched from it for a while). */
  private record Cached(RobotsRules rules, String unreachable, Duration keep) {}

  private final Fetcher fetcher;
  private final String agent;
  private final Cache<String, Cached> cache;

  Robots(Fetcher fetcher, String agent, Clock clock) {
    this.fetcher = fetcher;
    this.agent = agent;
    this.cache = Caffeine.newBuilder()
        .maximumSize(1_000)
        .expireAfter(Expiry.creating((String site, Cached cached) -> cached.keep()))
        .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
        .build();
  }

  @Override
  public void check(URI uri) {
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    if (uri.getRawQuery() != null) {
      path += "?" + uri.getRawQuery();
    }
    Cached site = site(uri);
    if (site.unreachable() != null) {
      throw FetchException.passing("robots.txt of " + uri.getHost() + " could not be read (" + site.unreachable()
          + "); trying again later");
    }
    if (!site.rules().allows(path)) {
      throw FetchException.permanent("robots.txt of " + uri.getHost() + " disallows it");
    }
  }

  /** The site's cached rules; one fetch of its robots.txt however many threads ask at once. */
  private Cached site(URI uri) {
    String site = uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getRawAuthority().toLowerCase(Locale.ROOT);
    return cache.get(site, s -> fetch(URI.create(s + "/robots.txt")));
  }

  private Cached fetch(URI robots) {
    try {
      Fetcher.Fetched response = fetcher.get(robots, Map.of("Accept", "text/plain"), uri -> { },
          LimitedBody.truncating(MAX_BYTES));
      int status = response.status();
      if (status >= 200 && status < 300) {
        String text = new String(response.body(), StandardCharsets.UTF_8);
        return new Cached(RobotsRules.parse(text, agent), null, KEEP);
      }
      if (status >= 400 && status < 500) {
        return new Cached(RobotsRules.ALLOW_ALL, null, KEEP);
      }
      return unreachable(robots, "HTTP " + status);
    } catch (FetchException e) {
      return unreachable(robots, e.getMessage());
    }
  }

  /** RFC 9309: a robots.txt that cannot be read (5xx, network) means nothing may be fetched until it can. */
  private static Cached unreachable(URI robots, String reason) {
    LOG.info("feeds: robots.txt {} could not be read ({}); not fetching from that site for {}", robots, reason,
        KEEP_UNREACHABLE);
    return new Cached(RobotsRules.DISALLOW_ALL, reason, KEEP_UNREACHABLE);
  }
}
