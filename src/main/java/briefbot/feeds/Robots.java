package briefbot.feeds;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** robots.txt per host, fetched once a day and kept in memory; a {@link Fetcher.Gate} for every page and feed. */
final class Robots implements Fetcher.Gate {

  private static final Logger LOG = LoggerFactory.getLogger(Robots.class);
  private static final long MAX_BYTES = 500 * 1024;
  private static final Duration KEEP = Duration.ofHours(24);
  private static final Duration KEEP_UNREACHABLE = Duration.ofMinutes(30);

  /** The rules of a site, or why its robots.txt could not be read (then nothing is fetched from it for a while). */
  private record Cached(RobotsRules rules, String unreachable, Instant until) {}

  private final Fetcher fetcher;
  private final String agent;
  private final Clock clock;
  private final Map<String, Cached> cache = new LinkedHashMap<>(64, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Cached> eldest) {
      return size() > 1_000;
    }
  };

  Robots(Fetcher fetcher, String agent, Clock clock) {
    this.fetcher = fetcher;
    this.agent = agent;
    this.clock = clock;
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

  private Cached site(URI uri) {
    String site = uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getRawAuthority().toLowerCase(Locale.ROOT);
    synchronized (cache) {
      Cached cached = cache.get(site);
      if (cached != null && clock.instant().isBefore(cached.until())) {
        return cached;
      }
    }
    Cached fresh = fetch(URI.create(site + "/robots.txt"));
    synchronized (cache) {
      cache.put(site, fresh);
    }
    return fresh;
  }

  private Cached fetch(URI robots) {
    Instant now = clock.instant();
    try {
      Fetcher.Fetched response = fetcher.get(robots, Map.of("Accept", "text/plain"), uri -> { },
          LimitedBody.truncating(MAX_BYTES));
      int status = response.status();
      if (status >= 200 && status < 300) {
        String text = new String(response.body(), StandardCharsets.UTF_8);
        return new Cached(RobotsRules.parse(text, agent), null, now.plus(KEEP));
      }
      if (status >= 400 && status < 500) {
        return new Cached(RobotsRules.ALLOW_ALL, null, now.plus(KEEP));
      }
      return unreachable(robots, "HTTP " + status, now);
    } catch (FetchException e) {
      return unreachable(robots, e.getMessage(), now);
    }
  }

  /** RFC 9309: a robots.txt that cannot be read (5xx, network) means nothing may be fetched until it can. */
  private static Cached unreachable(URI robots, String reason, Instant now) {
    LOG.info("feeds: robots.txt {} could not be read ({}); not fetching from that site for {}", robots, reason,
        KEEP_UNREACHABLE);
    return new Cached(RobotsRules.DISALLOW_ALL, reason, now.plus(KEEP_UNREACHABLE));
  }
}
