package briefbot.feeds;

import briefbot.corpus.Article;
import briefbot.corpus.Corpus;
import briefbot.corpus.CorpusException;
import briefbot.corpus.LanguageDetector;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Turns one article URL into one corpus file: fetch (policy, robots, limits), extract, check it is not already
 * stored under another URL or as the same text, and write it atomically. Indexing is the caller's next step.
 */
final class Ingest {

  /** What a feed says about an item, used where the page says nothing. */
  record Hint(String title, LocalDate published, String source) {
    static final Hint NONE = new Hint(null, null, null);
  }

  private static final Map<String, String> ACCEPT = Map.of("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1");

  private final Fetcher fetcher;
  private final Robots robots;
  private final FeedState state;
  private final CorpusWriter writer;
  private final long maxBytes;
  private final Object writing = new Object();

  Ingest(Fetcher fetcher, Robots robots, FeedState state, CorpusWriter writer, long maxBytes) {
    this.fetcher = fetcher;
    this.robots = robots;
    this.state = state;
    this.writer = writer;
    this.maxBytes = maxBytes;
  }

  /** Whether this URL is already in the corpus (checked before fetching anything). */
  Optional<String> known(URI url) {
    return state.seen(Set.of(Canonical.of(url)), null);
  }

  /**
   * Fetches and stores one article; throws {@link FetchException} with the reason when it is not stored. An article
   * whose file was deleted stays deleted for feeds, but comes back when a person adds it {@code byHand}.
   */
  Feeds.Result fetch(URI url, Hint hint, boolean byHand) {
    Predicate<String> present = byHand ? writer::exists : id -> true;
    Optional<String> before = known(url);
    if (before.filter(present).isPresent()) {
      return new Feeds.Result.Known(before.get(), url.toString());
    }
    Fetcher.Fetched response = download(fetcher, robots, url, maxBytes);
    Page page = Extractor.extract(response.body(), response.charset(), response.uri());
    URI stored = page.canonical() != null ? page.canonical() : response.uri();
    Set<String> urls = new LinkedHashSet<>();
    urls.add(Canonical.of(stored));
    urls.add(Canonical.of(url));
    urls.add(Canonical.of(response.uri()));
    String textHash = textHash(page);
    String title = page.title() == null || page.title().isEmpty() ? hint.title() : page.title();
    LocalDate published = hint.published() != null ? hint.published() : page.published();
    Page complete = new Page(title, page.siteName(), page.canonical(), published, page.language(), page.blocks(), page.words());
    String source = hint.source() != null ? hint.source() : page.siteName() != null ? page.siteName() : stored.getHost();
    String id = before.orElseGet(() -> CorpusWriter.id(complete.title(), complete.published(), urls.iterator().next()));
    return store(id, complete, source, stored.toString(), urls, textHash, present);
  }

  /**
   * Stores the article of a web page saved to a file, extracted as a fetched page is; its address is the page's
   * canonical one when it names one. Throws {@link FetchException} with the reason when it is not stored.
   */
  Feeds.Result storeSaved(Path file) {
    byte[] html;
    try {
      if (Files.size(file) > maxBytes) {
        throw FetchException.permanent("larger than " + (maxBytes >> 20) + " MB, not an article page");
      }
      html = Files.readAllBytes(file);
    } catch (IOException e) {
      throw FetchException.permanent("cannot read " + file + " (" + (Files.exists(file) ? "a read error" : "no such file")
          + ")");
    }
    Page page = Extractor.extract(html, null, file.toAbsolutePath().toUri());
    URI canonical = page.canonical();
    Set<String> urls = canonical == null ? Set.of() : Set.of(Canonical.of(canonical));
    String source = page.siteName() != null ? page.siteName() : canonical != null ? canonical.getHost() : null;
    String url = canonical == null ? null : canonical.toString();
    String id = CorpusWriter.id(page.title(), page.published(), url != null ? url : file.getFileName().toString());
    return store(id, page, source, url, urls, textHash(page), writer::exists);
  }

  /** The page's words, folded: the same text under another URL (or none) is the same article. */
  private static String textHash(Page page) {
    return Corpus.hash(LanguageDetector.fold(String.join(" ", page.blocks())).replaceAll("[^\\p{L}\\p{N}]+", " ")
        .strip().getBytes(StandardCharsets.UTF_8));
  }

  /** GETs an article page (policy, robots, size cap); throws {@link FetchException} unless it answered 2xx with HTML. */
  static Fetcher.Fetched download(Fetcher fetcher, Robots robots, URI url, long maxBytes) {
    Fetcher.Fetched response = fetcher.get(url, ACCEPT, robots, LimitedBody.handler(maxBytes));
    int status = response.status();
    if (status < 200 || status > 299) {
      String reason = "the page answered HTTP " + status;
      throw status >= 500 || status == 429 || status == 408 ? FetchException.passing(reason) : FetchException.permanent(reason);
    }
    String type = response.contentType();
    if (!type.isEmpty() && !type.contains("html")) {
      throw FetchException.permanent("not an article: the page is " + type.split(";")[0].strip() + ", not HTML");
    }
    return response;
  }

  /** The article as the corpus reads the file that would be written; throws {@link FetchException} when it has no text. */
  static Article article(String id, Page page, String source, String url) {
    String content = CorpusWriter.content(page, source, url);
    try {
      return Corpus.parse(id, content, Corpus.hash(content.getBytes(StandardCharsets.UTF_8)), id + ".md");
    } catch (CorpusException e) {
      throw FetchException.permanent("not an article: " + e.getMessage().replaceFirst("^" + Pattern.quote(id) + "\\.md: ", ""));
    }
  }

  /** Why {@code add} would not store this article, or null when it would. */
  static String refusal(Page page, Article article) {
    if (page.words() < Extractor.MIN_WORDS) {
      return "not an article: only " + page.words() + " words of text on the page";
    }
    return article.paragraphs().size() < 2 ? "not an article: only one paragraph of text" : null;
  }

  private Feeds.Result store(String id, Page page, String source, String url, Set<String> urls, String textHash,
      Predicate<String> present) {
    String content = CorpusWriter.content(page, source, url);
    Article article = article(id, page, source, url);
    if (article.paragraphs().size() < 2) {
      throw FetchException.permanent("not an article: only one paragraph of text");
    }
    synchronized (writing) {
      Optional<String> existing = state.seen(urls, textHash).filter(present);
      if (existing.isPresent()) {
        state.remember(urls, textHash, existing.get());
        return new Feeds.Result.Known(existing.get(), url);
      }
      if (writer.exists(id)) {
        // Written before a crash that came before it was remembered: the same URL, so the same article.
        state.remember(urls, textHash, id);
        return new Feeds.Result.Known(id, url);
      }
      writer.write(id, content);
      state.remember(urls, textHash, id);
    }
    return new Feeds.Result.Saved(id, article.displayTitle(), source, url, article.language(), article.published(),
        article.paragraphs());
  }
}
