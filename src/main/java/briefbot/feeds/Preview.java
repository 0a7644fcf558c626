package briefbot.feeds;

import briefbot.corpus.Article;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/**
 * What {@code add} would store from a page, worked out without storing anything: a URL is fetched as {@code add}
 * fetches it (address policy, robots.txt, size cap), a file is read as the page it was saved from.
 */
final class Preview implements AutoCloseable {

  private final Feeds.Options options;
  private final Fetcher fetcher;
  private final Robots robots;
  private final long maxBytes;

  Preview(Feeds.Options options, Clock clock) {
    this.options = options;
    this.fetcher = new Fetcher(new AddressPolicy(options.allowLoopback(), InetAddress::getAllByName), options);
    this.robots = new Robots(fetcher, "briefbot", clock);
    this.maxBytes = options.maxBytes();
  }

  /** Whether the input names a web page rather than a file. */
  static boolean isUrl(String input) {
    return input.matches("(?i)^[a-z][a-z0-9+.-]*://.*") || input.startsWith("<");
  }

  Feeds.Extracted of(String input) {
    try {
      return isUrl(input) ? url(input) : file(input);
    } catch (FetchException e) {
      return new Feeds.Extracted.Unreadable(input, e.getMessage());
    }
  }

  private Feeds.Extracted url(String input) {
    var refused = Feeds.refusal(input, options);
    if (refused.isPresent()) {
      return new Feeds.Extracted.Unreadable(input, refused.get().reason());
    }
    URI asked = URI.create(Feeds.unwrap(input));
    Fetcher.Fetched response = Ingest.download(fetcher, robots, asked, maxBytes);
    Page page = Extractor.read(response.body(), response.charset(), response.uri());
    URI stored = page.canonical() != null ? page.canonical() : response.uri();
    String source = page.siteName() != null ? page.siteName() : stored.getHost();
    return read(input, page, source, stored.toString());
  }

  private Feeds.Extracted file(String input) {
    Path path = Path.of(input);
    byte[] html;
    try {
      if (Files.isDirectory(path)) {
        return new Feeds.Extracted.Unreadable(input, "a folder, not a page");
      }
      if (Files.size(path) > maxBytes) {
        return new Feeds.Extracted.Unreadable(input, "larger than " + (maxBytes >> 20) + " MB, not an article page");
      }
      html = Files.readAllBytes(path);
    } catch (NoSuchFileException e) {
      return new Feeds.Extracted.Unreadable(input, "no such file");
    } catch (IOException e) {
      return new Feeds.Extracted.Unreadable(input,
          e instanceof AccessDeniedException ? "permission denied" : "unreadable (a read error)");
    }
    Page page = Extractor.read(html, null, path.toAbsolutePath().toUri());
    String url = page.canonical() != null ? page.canonical().toString() : null;
    String source = page.siteName() != null ? page.siteName() : page.canonical() != null ? page.canonical().getHost() : null;
    return read(input, page, source, url);
  }

  private static Feeds.Extracted read(String input, Page page, String source, String url) {
    String id = CorpusWriter.id(page.title(), page.published(), url == null ? input : url);
    Article article = Ingest.article(id, page, source, url);
    return new Feeds.Extracted.Read(input, article, page.words(), Optional.ofNullable(Ingest.refusal(page, article)));
  }

  @Override
  public void close() {
    fetcher.close();
  }
}
