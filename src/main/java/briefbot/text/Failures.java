package briefbot.text;

import java.net.ConnectException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** A failure said in words for a user or a log line, never with a Java class name. */
public final class Failures {

  /** "java.nio.file.NoSuchFileException: /x" and the like, as exceptions built from a cause word their message. */
  private static final Pattern CLASS_NAME = Pattern.compile(
      "(?<![\\w$.])(?:[a-z][\\w$]*\\.)+[A-Z][\\w$]*(?:Exception|Error)(?::\\s?|(?![\\w$]))");

  /** A cause chain can be made to loop (initCause); no real one is this long. */
  private static final int MAX_LINKS = 32;

  private Failures() {}

  /**
   * What went wrong in words: the first message down the cause chain, or where none has one the root cause's name
   * as words ("UnknownHostException": "unknown host").
   */
  public static String inWords(Throwable thrown) {
    return message(thrown).orElseGet(() -> named(thrown));
  }

  /**
   * The first message down the cause chain that says something, with the class names library messages carry taken
   * out; a file-system failure, whose message is only a path, is said with what happened to it.
   */
  public static Optional<String> message(Throwable thrown) {
    int links = 0;
    for (Throwable t = thrown; t != null && links++ < MAX_LINKS; t = next(t)) {
      String known = fileSystem(t);
      if (known != null) {
        return Optional.of(known);
      }
      if (t.getMessage() == null || next(t) != null && t.getMessage().equals(next(t).toString())) {
        continue; // a wrapper that only repeats its cause: the cause says it better
      }
      String message = CLASS_NAME.matcher(t.getMessage()).replaceAll("").strip();
      if (!message.isEmpty()) {
        return Optional.of(message);
      }
    }
    return Optional.empty();
  }

  private static Throwable next(Throwable t) {
    return t.getCause() == t ? null : t.getCause();
  }

  /**
   * The deepest failure of the chain whose kind is known to say more than its name (Java's HTTP client throws a
   * refused connection as ConnectException over ClosedChannelException, none with a message), else the root's name.
   */
  private static String named(Throwable thrown) {
    String said = null;
    Throwable root = thrown;
    int links = 0;
    for (Throwable t = thrown; t != null && links++ < MAX_LINKS; t = next(t)) {
      said = knownName(t) != null ? knownName(t) : said;
      root = t;
    }
    return said != null ? said : words(root.getClass().getSimpleName());
  }

  private static String knownName(Throwable t) {
    return switch (t) {
      case ConnectException c -> "cannot connect";
      case UnresolvedAddressException u -> "the host name does not resolve";
      default -> null;
    };
  }

  private static String fileSystem(Throwable t) {
    return switch (t) {
      case NoSuchFileException f -> "no such file or folder: " + f.getFile();
      case AccessDeniedException f -> "permission denied: " + f.getFile();
      case FileAlreadyExistsException f -> "already exists: " + f.getFile();
      case NotDirectoryException f -> "not a folder: " + f.getFile();
      default -> null;
    };
  }

  private static String words(String className) {
    String name = className.replaceAll("(Exception|Error)$", "");
    String words = name.replaceAll("(?<=\\p{Ll})(?=\\p{Lu})", " ").toLowerCase(Locale.ROOT).strip();
    return words.isEmpty() ? "failed" : words;
  }
}
