package briefbot.feeds;

import briefbot.corpus.Corpus;
import briefbot.corpus.LanguageDetector;
import briefbot.text.Untrusted;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.stream.Stream;

/**
 * Writes an article into corpus/ as a markdown file with front matter, atomically: a hidden temp file in the same
 * folder, forced to disk, then renamed into place, so the index never sees half a file.
 */
final class CorpusWriter {

  private static final String TEMP_PREFIX = ".feeds-";
  private static final int MAX_SLUG = 60;

  private final Path dir;
  private static final ObjectMapper JSON = new ObjectMapper();

  CorpusWriter(Path dir) {
    this.dir = dir;
  }

  /** A safe article id: date, title words and a hash of the URL; the same page read again gets the same id. */
  static String id(String title, LocalDate published, String canonicalUrl) {
    String slug = LanguageDetector.fold(title == null ? "" : title).replaceAll("[^a-z0-9]+", "-")
        .replaceAll("^-|-$", "");
    if (slug.length() > MAX_SLUG) {
      int cut = slug.lastIndexOf('-', MAX_SLUG);
      slug = slug.substring(0, cut > 20 ? cut : MAX_SLUG).replaceAll("-$", "");
    }
    String hash = Corpus.hash(canonicalUrl.getBytes(StandardCharsets.UTF_8)).substring(0, 10);
    String id = (published == null ? "" : published + "-") + (slug.isEmpty() ? "article" : slug) + "-" + hash;
    if (!Corpus.isValidId(id)) {
      throw new IllegalStateException("made an invalid article id: " + id);
    }
    return id;
  }

  /** The file text: front matter (values JSON-quoted, which YAML reads as plain strings) and the body. */
  static String content(Page page, String source, String url) {
    StringBuilder out = new StringBuilder("---\n");
    field(out, "title", page.title());
    field(out, "source", source);
    field(out, "url", Untrusted.webUrl(url)); // the corpus refuses a file whose url is not a plain web address
    if (page.published() != null) {
      out.append("published: ").append(page.published()).append('\n');
    }
    field(out, "language", page.language());
    return out.append("---\n").append(page.body()).toString();
  }

  private static void field(StringBuilder out, String name, String value) {
    if (value == null || value.isBlank()) {
      return;
    }
    try {
      out.append(name).append(": ").append(JSON.writeValueAsString(Extractor.clean(value))).append('\n');
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  Path path(String id) {
    return dir.resolve(id + ".md");
  }

  boolean exists(String id) {
    return Files.exists(path(id));
  }

  /** Writes the file atomically; a failure leaves corpus/ as it was. */
  void write(String id, String content) {
    Path target = path(id);
    Path temp = null;
    try {
      Files.createDirectories(dir);
      temp = Files.createTempFile(dir, TEMP_PREFIX, ".tmp");
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
        channel.write(ByteBuffer.wrap(content.getBytes(StandardCharsets.UTF_8)));
        channel.force(true);
      }
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
      temp = null;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + target.getFileName() + " into the corpus: " + e.getMessage(), e);
    } finally {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException ignored) {
          // A leftover hidden temp file is ignored by the corpus and swept at the next start.
        }
      }
    }
  }

  /** Removes temp files a crash left behind (older than an hour, so a writer in another process is not disturbed). */
  void sweep(Instant now) {
    if (!Files.isDirectory(dir)) {
      return;
    }
    try (Stream<Path> files = Files.list(dir)) {
      for (Path p : files.filter(p -> p.getFileName().toString().startsWith(TEMP_PREFIX)).toList()) {
        if (Files.getLastModifiedTime(p).toInstant().isBefore(now.minus(Duration.ofHours(1)))) {
          Files.deleteIfExists(p);
        }
      }
    } catch (IOException e) {
      // Nothing to do: leftovers are hidden files the corpus never reads.
    }
  }
}
