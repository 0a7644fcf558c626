package briefbot.corpus;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
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

  /**
   * What cleaning did to one article, for a person checking the corpus: the lines and sentences it dropped as cruft
   * (with the rule, in words), the lines it made section titles, the paragraphs it cut into passages, and warnings
   * about what the file lacks or looks wrong.
   */
  public record Cleaning(Article article, List<Drop> dropped, List<String> headings, List<Cut> cuts,
      List<String> warnings) {

    /** A line or sentence dropped, and why ("letters page", "photo caption"). */
    public record Drop(String text, String rule) {}

    /** A paragraph of {@code chars} characters stored as paragraphs {@code first} to {@code last}. */
    public record Cut(int first, int last, int chars) {}

    /** The rule that drops a first line repeating the title: expected, so not worth listing the article for. */
    public static final String TITLE_REPEATED = "title repeated";

    /** Whether cleaning did more than drop a repeated title, or has anything to warn about. */
    public boolean eventful() {
      return dropped.stream().anyMatch(d -> !d.rule().equals(TITLE_REPEATED)) || !headings.isEmpty() || !cuts.isEmpty()
          || !warnings.isEmpty();
    }
  }

  /** Fewer words than this is a fragment, not an article (what feeds call "not an article"). */
  private static final int FEW_WORDS = 30;
  /** Dropping more than this share of a file's text is worth a look. */
  private static final double MUCH_DROPPED = 0.3;

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
      case AccessDeniedException a -> "permission denied";
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
        if (!isArticleName(name)) {
          // a saved web page or a PDF dropped here would otherwise be left out without a word
          if (!name.startsWith(".") && Files.isRegularFile(file)) {
            warnings.add("skipped " + name + ": only .txt and .md files are articles");
          }
          continue;
        }
        // one stat a file (a start checks every file of the corpus)
        BasicFileAttributes attributes = attributes(file);
        if (attributes == null || !attributes.isRegularFile()) {
          continue;
        }
        String id = name.substring(0, name.lastIndexOf('.'));
        if (!isValidId(id)) {
          warnings.add("skipped " + name + ": the file name must be letters, digits, '.', '_' or '-'");
          continue;
        }
        entries.add(new Entry(id, file, attributes.size() + ":" + attributes.lastModifiedTime().toMillis()));
      }
    } catch (IOException e) {
      throw new CorpusException("cannot list corpus folder " + dir + ": " + e.getMessage());
    }
    return new Scan(entries, warnings);
  }

  private static boolean isArticleName(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return !name.startsWith(".") && (lower.endsWith(".txt") || lower.endsWith(".md"));
  }

  /** The file's attributes, following a link; null when it cannot be read (gone since the listing), as no file. */
  private static BasicFileAttributes attributes(Path file) {
    try {
      return Files.readAttributes(file, BasicFileAttributes.class);
    } catch (IOException e) {
      return null;
    }
  }

  /** Reads and cleans one article; throws {@link CorpusException} naming the file when it can't. */
  public Article read(Entry entry) {
    String name = entry.path().getFileName().toString();
    byte[] bytes = bytes(entry, name);
    return parse(entry.id(), decode(bytes, name), hash(bytes), name);
  }

  private static byte[] bytes(Entry entry, String name) {
    try {
      if (Files.size(entry.path()) > MAX_FILE_BYTES) {
        throw new CorpusException(name + ": larger than 5 MB, not an article");
      }
      return Files.readAllBytes(entry.path());
    } catch (NoSuchFileException e) {
      throw new CorpusException(name + ": removed while reading");
    } catch (IOException e) {
      throw new CorpusException(name + ": unreadable (" + e.getMessage() + ")");
    }
  }

  /** Reads one article and says what cleaning did to it; throws {@link CorpusException} as {@link #read} does. */
  public Cleaning check(Entry entry) {
    String name = entry.path().getFileName().toString();
    byte[] bytes = bytes(entry, name);
    String text = decode(bytes, name);
    FrontMatter front = FrontMatter.parse(text, name);
    String language = language(front);
    ParagraphSplitter.Result split = ParagraphSplitter.split(front.body(), front.title(), language);
    Article article = article(entry.id(), front, language, split, hash(bytes), name);
    List<Cleaning.Drop> dropped = split.dropped().stream()
        .map(d -> new Cleaning.Drop(d.text(), d.reason().toLowerCase(Locale.ROOT).replace('_', ' '))).toList();
    List<Cleaning.Cut> cuts = split.cuts().stream()
        .map(c -> new Cleaning.Cut(c.first(), c.first() + c.passages() - 1, c.chars())).toList();
    return new Cleaning(article, dropped, split.headings(), cuts, warnings(bytes, text, front, split, article));
  }

  private static List<String> warnings(byte[] bytes, String text, FrontMatter front, ParagraphSplitter.Result split,
      Article article) {
    List<String> warnings = new ArrayList<>();
    if (!utf8(bytes)) {
      warnings.add("not UTF-8: read as Windows-1252 (Latin-1)");
    }
    if (text.indexOf('\uFFFD') >= 0) {
      warnings.add("holds replacement characters (\uFFFD): the text was decoded wrongly before it was saved");
    }
    if (front.language() != null) {
      String reads = LanguageDetector.detect(front.body(), front.language());
      if (!reads.equals(front.language())) {
        warnings.add("the front matter says language " + front.language() + ", the text reads as " + reads);
      }
    }
    warnings.addAll(split.cutSentences());
    int words = article.paragraphs().stream().mapToInt(p -> p.text().split("\\s+").length).sum();
    if (words < FEW_WORDS) {
      warnings.add("only " + words + " words of text");
    }
    int droppedChars = split.dropped().stream().mapToInt(d -> d.text().length()).sum();
    int keptChars = article.paragraphs().stream().mapToInt(p -> p.text().length()).sum();
    if (droppedChars > MUCH_DROPPED * (droppedChars + keptChars)) {
      warnings.add("%d%% of the text dropped as cruft".formatted(Math.round(100.0 * droppedChars / (droppedChars + keptChars))));
    }
    return warnings;
  }

  /** Cleans article text that did not come from a file (feeds, tests). */
  public static Article parse(String id, String text, String hash, String name) {
    FrontMatter front = FrontMatter.parse(text, name);
    String language = language(front);
    return article(id, front, language, ParagraphSplitter.split(front.body(), front.title(), language), hash, name);
  }

  private static String language(FrontMatter front) {
    return front.language() != null ? front.language() : LanguageDetector.detect(front.body(), "en");
  }

  private static Article article(String id, FrontMatter front, String language, ParagraphSplitter.Result split,
      String hash, String name) {
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
    return utf8(bytes) ? new String(bytes, StandardCharsets.UTF_8) : westernEuropean(bytes, name);
  }

  private static boolean utf8(byte[] bytes) {
    try {
      StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
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
          .decode(ByteBuffer.wrap(bytes)).toString();
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
