package briefbot.feeds;

import briefbot.config.ConfigException;
import briefbot.config.Settings;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The feeds to poll: {@code BRIEFBOT_FEEDS} (comma-separated) plus {@code feeds.txt} in the data folder (one URL a
 * line, {@code #} comments), re-read at every poll so a feed can be added without a restart.
 */
final class FeedList {

  static final String FILE = "feeds.txt";
  private static final Logger LOG = LoggerFactory.getLogger(FeedList.class);

  private final List<String> fromEnv;
  private final Path file;

  FeedList(List<String> fromEnv, Path file) {
    this.fromEnv = List.copyOf(fromEnv);
    this.file = file;
  }

  /** The feed URLs; strict (at start-up) a bad entry is a {@link ConfigException} naming it, else it is logged and skipped. */
  List<URI> read(boolean strict) {
    Set<URI> feeds = new LinkedHashSet<>();
    for (String entry : fromEnv) {
      add(feeds, entry, Settings.FEEDS.name(), strict);
    }
    List<String> lines = lines(strict);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).replaceFirst("\\s+#.*$", "").strip();
      if (!line.isEmpty() && !line.startsWith("#")) {
        add(feeds, line, file + " line " + (i + 1), strict);
      }
    }
    return new ArrayList<>(feeds);
  }

  private List<String> lines(boolean strict) {
    if (!Files.isRegularFile(file)) {
      return List.of();
    }
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      if (strict) {
        throw new ConfigException(file + " cannot be read as a feed list: " + e.getMessage());
      }
      LOG.warn("feeds: cannot read {} ({}); polling the other feeds", file, e.getMessage());
      return List.of();
    }
  }

  private static void add(Set<URI> feeds, String value, String where, boolean strict) {
    try {
      URI uri = new URI(value);
      if (!("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme())) || uri.getHost() == null) {
        throw new URISyntaxException(value, "not http(s)");
      }
      feeds.add(uri);
    } catch (URISyntaxException e) {
      String message = where + " must list http(s) feed URLs, not '" + value + "'";
      if (strict) {
        throw new ConfigException(message);
      }
      LOG.warn("feeds: {}; skipped", message);
    }
  }
}
