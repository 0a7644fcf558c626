package briefbot.feeds;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Polite, bounded HTTP GETs: a User-Agent that names Briefbot, redirects followed by hand (each hop checked
 * against the address policy and the gate), a time limit per hop, a size cap, and a pause between hits on one host.
 */
final class Fetcher implements AutoCloseable {

  /** A response: the URL it came from after redirects, status, headers and body. */
  record Fetched(URI uri, int status, HttpHeaders headers, byte[] body) {
    String contentType() {
      return headers.firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT);
    }

    /** The charset the server declared, or null to let the parser find it in the document. */
    Charset charset() {
      for (String part : contentType().split(";")) {
        String p = part.strip();
        if (p.startsWith("charset=")) {
          try {
            return Charset.forName(p.substring(8).replace("\"", "").strip());
          } catch (RuntimeException e) {
            return null;
          }
        }
      }
      return null;
    }

    String header(String name) {
      return headers.firstValue(name).orElse(null);
    }
  }

  /** A check every hop must pass besides the address policy (robots.txt). */
  @FunctionalInterface
  interface Gate {
    void check(URI uri);
  }

  private final AddressPolicy policy;
  private final Feeds.Options options;
  private final HttpClient client;
  private final Map<String, Long> lastHit = new LinkedHashMap<>(64, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
      return size() > 1_000;
    }
  };

  Fetcher(AddressPolicy policy, Feeds.Options options) {
    this.policy = policy;
    this.options = options;
    this.client = HttpClient.newBuilder()
        .followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(options.connectTimeout())
        .build();
  }

  /** GETs a URL, following up to {@code maxRedirects} redirects, the body read by {@link LimitedBody}; throws {@link FetchException} with the reason. */
  Fetched get(URI start, Map<String, String> headers, Gate gate, HttpResponse.BodyHandler<byte[]> body) {
    Set<String> visited = new HashSet<>();
    URI uri = start;
    for (int hop = 0; ; hop++) {
      policy.check(uri);
      gate.check(uri);
      visited.add(withoutFragment(uri));
      Fetched response = once(uri, headers, body);
      String location = response.header("Location");
      if (!isRedirect(response.status()) || location == null) {
        return response;
      }
      URI next = resolve(uri, location);
      if (visited.contains(withoutFragment(next))) {
        throw FetchException.permanent("redirect loop (" + next + " was already visited)");
      }
      if (hop + 1 > options.maxRedirects()) {
        throw FetchException.permanent("too many redirects (more than " + options.maxRedirects() + ")");
      }
      uri = next;
    }
  }

  private Fetched once(URI uri, Map<String, String> headers, HttpResponse.BodyHandler<byte[]> body) {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET()
        .timeout(options.timeout())
        .header("User-Agent", options.userAgent());
    if ("http".equalsIgnoreCase(uri.getScheme())) {
      request.version(HttpClient.Version.HTTP_1_1);
    }
    headers.forEach(request::header);
    pace(uri.getHost() + ":" + uri.getPort());
    CompletableFuture<HttpResponse<byte[]>> future = client.sendAsync(request.build(), body);
    try {
      HttpResponse<byte[]> response = future.get(options.timeout().toMillis(), TimeUnit.MILLISECONDS);
      return new Fetched(uri, response.statusCode(), response.headers(), response.body());
    } catch (TimeoutException e) {
      future.cancel(true);
      throw FetchException.passing("timed out after " + seconds(options.timeout()));
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw FetchException.passing("interrupted");
    } catch (ExecutionException e) {
      throw failure(e.getCause(), uri);
    }
  }

  private FetchException failure(Throwable cause, URI uri) {
    while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
      cause = cause.getCause();
    }
    if (cause instanceof FetchException f) {
      return f;
    }
    if (cause instanceof HttpConnectTimeoutException) {
      return FetchException.passing("could not connect to " + uri.getHost() + " within " + seconds(options.connectTimeout()));
    }
    if (cause instanceof HttpTimeoutException) {
      return FetchException.passing("timed out after " + seconds(options.timeout()));
    }
    if (cause instanceof ConnectException) {
      return FetchException.passing("could not connect to " + uri.getHost());
    }
    if (cause instanceof javax.net.ssl.SSLException) {
      return FetchException.passing("the secure connection to " + uri.getHost() + " failed");
    }
    if (cause instanceof IOException) {
      return FetchException.passing("a network error while reading from " + uri.getHost());
    }
    return FetchException.passing("fetching from " + uri.getHost() + " failed");
  }

  /** Waits so that one host is hit at most once per {@code hostDelay}. */
  private void pace(String host) {
    long delay = options.hostDelay().toNanos();
    if (delay <= 0) {
      return;
    }
    long now = System.nanoTime();
    long slot;
    synchronized (lastHit) {
      Long last = lastHit.get(host);
      slot = last == null ? now : Math.max(now, last + delay);
      lastHit.put(host, slot);
    }
    try {
      Thread.sleep(Duration.ofNanos(Math.max(0, slot - now)));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw FetchException.passing("interrupted");
    }
  }

  private static boolean isRedirect(int status) {
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
  }

  private static URI resolve(URI base, String location) {
    try {
      return base.resolve(new URI(location.strip()));
    } catch (URISyntaxException | IllegalArgumentException e) {
      throw FetchException.permanent("redirect to a malformed URL");
    }
  }

  private static String withoutFragment(URI uri) {
    String s = uri.toString();
    int hash = s.indexOf('#');
    return hash < 0 ? s : s.substring(0, hash);
  }

  static String seconds(Duration d) {
    return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
  }

  @Override
  public void close() {
    client.shutdownNow();
  }
}
