package briefbot.feeds;

import java.net.URI;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The form of a URL used to tell whether two links name the same article: no fragment, no tracking parameters. */
final class Canonical {

  private Canonical() {}

  static String of(URI uri) {
    String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
    String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
    int port = uri.getPort();
    boolean defaultPort = port == -1 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    String query = uri.getRawQuery() == null ? "" : Arrays.stream(uri.getRawQuery().split("&"))
        .filter(p -> !p.isEmpty() && !isTracking(p.toLowerCase(Locale.ROOT)))
        .sorted()
        .collect(Collectors.joining("&"));
    return scheme + "://" + host + (defaultPort ? "" : ":" + port) + path + (query.isEmpty() ? "" : "?" + query);
  }

  private static boolean isTracking(String param) {
    return param.startsWith("utm_") || param.startsWith("fbclid=") || param.startsWith("gclid=")
        || param.startsWith("mc_cid=") || param.startsWith("mc_eid=") || param.startsWith("ref=")
        || param.startsWith("cmpid=");
  }
}
