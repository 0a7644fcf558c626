package briefbot.corpus;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The folder of article files: lists them, and reads one into a cleaned {@link Article}. */
public final class Corpus {

  /**
   * An article file: its id (the file name without extension), path, and a stamp of size and modification time
   * that tells cheaply whether it may have changed; {@link #hash()} tells for sure.
   */
  public record Entry(String id, Path path, String stamp) {

    /** The SHA-256 of the file's bytes. */
    public String hash() {
      try {
        return Corpus.hash(Files.readAllBytes(path));
      } catch (IOException e) {
        throw new CorpusException(path.getFileName() + ": unreadable (" + why(e) + ")");
      }
    }
  }

  /** What a scan found: the readable entries, and a warning for each file that was skipped. */
  public record Scan(List<Entry> entries, List<String> warnings) {}

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,199}");
  private static final long MAX_FILE_BYTES = 5 * 1024 * 1024;

  private final Path dir;
  private final String origin;

  public Corpus(Path dir) {
    this(dir, "set BRIEFBOT_CORPUS_DIR or --corpus");
  }

  /** {@code origin} says where the folder was named (a flag or a variable), for the message when it is missing. */
  public Corpus(Path dir, String origin) {
    this.dir = dir;
    this.origin = origin;
  }

  public Path dir() {
    return dir;
  }

  /** Why a file could not be read, in words. */
  static String why(IOException e) {
    return switch (e) {
      case java.nio.file.AccessDeniedException a -> "permission denied";
      case NoSuchFileException n -> "it disappeared";
      default -> "a read error";
    };
  }

  /** Whether a string is a well-formed article id (what reader URLs and file names may carry). */
  public static boolean isValidId(String id) {
    return id != null && ID.matcher(id).matches() && !id.contains("..");
  }

  /** Lists the article files; fails with a clear message when the folder is missing. */
  public Scan scan() {
    if (!Files.isDirectory(dir)) {
      throw new CorpusException("corpus folder not found: " + dir + " (" + origin + ")");
    }
    List<Entry> entries = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.sorted().toList()) {
        String name = file.getFileName().toString();
        if (!isArticleFile(file, name)) {
          continue;
        }
        String id = name.substring(0, name.lastIndexOf('.'));
        if (!isValidId(id)) {
          warnings.add("skipped " + name + ": the file name must be letters, digits, '.', '_' or '-'");
          continue;
        }
        try {
          entries.add(new Entry(id, file, Files.size(file) + ":" + Files.getLastModifiedTime(file).toMillis()));
        } catch (IOException e) {
          warnings.add("skipped " + name + ": unreadable (" + why(e) + ")");
        }
      }
    } catch (IOException e) {
      throw new CorpusException("cannot list corpus folder " + dir + ": " + e.getMessage());
    }
    return new Scan(entries, warnings);
  }

  private static boolean isArticleFile(Path file, String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return Files.isRegularFile(file) && !name.startsWith(".") && (lower.endsWith(".txt") || lower.endsWith(".md"));
  }

  /** Reads and cleans one article; throws {@link CorpusException} naming the file when it can't. */
  public Article read(Entry entry) {
    String name = entry.path().getFileName().toString();
    byte[] bytes;
    try {
      if (Files.size(entry.path()) > MAX_FILE_BYTES) {
        throw new CorpusException(name + ": larger than 5 MB, not an article");
      }
      bytes = Files.readAllBytes(entry.path());
    } catch (NoSuchFileException e) {
      throw new CorpusException(name + ": removed while reading");
    } catch (IOException e) {
      throw new CorpusException(name + ": unreadable (" + e.getMessage() + ")");
    }
    return parse(entry.id(), decode(bytes, name), hash(bytes), name);
  }

  /** Cleans article text that did not come from a file (feeds, tests). */
  public static Article parse(String id, String text, String hash, String name) {
    FrontMatter front = FrontMatter.parse(text, name);
    String body = front.body();
    String language = front.language() != null ? front.language() : LanguageDetector.detect(body, "en");
    ParagraphSplitter.Result split = ParagraphSplitter.split(body, front.title(), language);
    List<Paragraph> paragraphs = split.paragraphs().stream()
        .map(p -> new Paragraph(p.number(), p.section(), p.text(), paragraphLanguage(p.text(), language)))
        .toList();
    if (paragraphs.isEmpty()) {
      throw new CorpusException(name + ": no article text (empty, or only web cruft)");
    }
    String title = front.title() != null ? front.title() : split.firstHeading();
    return new Article(id, title, front.source(), front.url(), front.published(), language, paragraphs, hash);
  }

  /** A paragraph long enough to tell may be in another language than its article (quotes, mixed pages). */
  private static String paragraphLanguage(String text, String articleLanguage) {
    return text.split("\\s+").length < 12 ? articleLanguage : LanguageDetector.detect(text, articleLanguage);
  }

  private static String decode(byte[] bytes, String name) {
    for (byte b : bytes) {
      if (b == 0) {
        throw new CorpusException(name + ": binary file, not text");
      }
    }
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return westernEuropean(bytes, name);
    }
  }

  /**
   * Text that is not UTF-8 is nearly always Latin-1 or its Windows superset (older scrapes, Windows editors); every
   * byte is a character there, so the text is taken as Windows-1252 unless that gives control characters.
   */
  private static String westernEuropean(byte[] bytes, String name) {
    try {
      String text = Charset.forName("windows-1252").newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
          throw new CorpusException(name + ": neither UTF-8 nor Latin-1 text");
        }
      }
      return text;
    } catch (CharacterCodingException e) {
      throw new CorpusException(name + ": neither UTF-8 nor Latin-1 text");
    }
  }

  public static String hash(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
