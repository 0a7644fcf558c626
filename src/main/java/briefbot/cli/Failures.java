package briefbot.cli;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.regex.Pattern;

/** A failure said in plain words: its own message, with the Java class names some library messages carry taken out. */
final class Failures {

  /** "java.nio.file.NoSuchFileException: /x" and the like, as exceptions built from a cause word their message. */
  private static final Pattern CLASS_PREFIX = Pattern.compile("^(?:[a-z][\\w$]*\\.)+[A-Z][\\w$]*(?:Exception|Error): ?");

  private Failures() {}

  static String plain(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String known = known(t);
      if (known != null) {
        return known;
      }
      if (t.getMessage() == null || t.getCause() != null && t.getMessage().equals(t.getCause().toString())) {
        continue; // a wrapper that only repeats its cause: the cause says it better
      }
      String message = CLASS_PREFIX.matcher(t.getMessage().strip()).replaceFirst("");
      if (!message.isBlank()) {
        return message;
      }
    }
    return "something went wrong (run with --verbose to see the log)";
  }

  /** File-system failures, whose messages are only a path. */
  private static String known(Throwable t) {
    return switch (t) {
      case NoSuchFileException f -> "no such file or folder: " + f.getFile();
      case AccessDeniedException f -> "permission denied: " + f.getFile();
      case FileAlreadyExistsException f -> "already exists: " + f.getFile();
      case NotDirectoryException f -> "not a folder: " + f.getFile();
      default -> null;
    };
  }
}
