package briefbot.cache;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One kind of file that Briefbot keeps in its cache folder ({@code BRIEFBOT_CACHE}) under a name stamped with what it
 * was made from ("freedict-9c0b2855a28a.fst", a folder "linux-x64-0118c7bc-df167ef0"): the one a process uses is
 * marked used at each start, and the kind's entries of other stamps beside it that no start marked for a day are
 * deleted, so that an upgrade, or another set of installed dictionaries, leaves no old table of tens of megabytes behind
 * for good. Only names of the kind's own pattern are touched, never the user's other files.
 */
public record StampedFiles(String prefix, String suffix) {

  /**
   * How long an entry of another stamp stays unused before it goes: two installed versions used in turn (a user
   * trying an upgrade beside the old one, a developer's builds) each keep theirs instead of converting again at every
   * switch, at the cost of the old entry's space for a day after an upgrade.
   */
  public static final Duration UNUSED = Duration.ofDays(1);
  /** A stamp: lower-case hexadecimal, or several joined by hyphens (a checksum each). */
  private static final String STAMP = "[0-9a-f]+(?:-[0-9a-f]+)*";

  /**
   * A stamp of the {@code files} an entry is made from (each as {@code named} writes it, with its size and date) and of
   * the {@code format} that made it, six bytes of SHA-256 in hexadecimal: a new package version or format is a new
   * stamp.
   */
  public static String stamp(String format, List<Path> files, Function<Path, String> named) throws IOException {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(format.getBytes(StandardCharsets.UTF_8));
      for (Path p : files) {
        String line = named.apply(p) + "\t" + Files.size(p) + "\t" + Files.getLastModifiedTime(p).toMillis();
        sha.update((line + "\n").getBytes(StandardCharsets.UTF_8));
      }
      return HexFormat.of().formatHex(sha.digest(), 0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Whether {@code name} is of this kind: the prefix, a stamp, the suffix. */
  public boolean matches(String name) {
    return Pattern.matches(Pattern.quote(prefix) + STAMP + Pattern.quote(suffix), name);
  }

  /**
   * Marks {@code current} (a file or folder of this kind) used now and deletes the kind's other entries in its folder
   * that were last used {@link #UNUSED} ago or longer; returns those deleted. An entry that cannot be deleted (open
   * in another process on Windows) is left for a later start. On Linux and macOS a file another running process holds
   * open or mapped is deleted by name only: that process reads on until it closes it (the dictionary table and the
   * place names are read whole at start and held in memory; the runtime's libraries stay mapped).
   */
  public List<Path> keepOnly(Path current) {
    return keepOnly(current, Instant.now());
  }

  /** {@link #keepOnly(Path)} at {@code now}. */
  List<Path> keepOnly(Path current, Instant now) {
    try {
      Files.setLastModifiedTime(current, FileTime.from(now));
    } catch (IOException e) {
      return List.of(); // a cache that cannot be written: nothing to mark, nothing to clean
    }
    Path folder = current.toAbsolutePath().getParent();
    String own = current.getFileName().toString();
    Instant before = now.minus(UNUSED);
    List<Path> deleted = new ArrayList<>();
    try (Stream<Path> entries = Files.list(folder)) {
      for (Path entry : entries.toList()) {
        String name = entry.getFileName().toString();
        if (!name.equals(own) && matches(name) && unusedSince(entry, before) && delete(entry)) {
          deleted.add(entry);
        }
      }
    } catch (IOException e) {
      // the folder cannot be listed: the old entries wait for a later start
    }
    return deleted;
  }

  private static boolean unusedSince(Path entry, Instant before) {
    try {
      return Files.getLastModifiedTime(entry).toInstant().isBefore(before);
    } catch (IOException e) {
      return false;
    }
  }

  /** Deletes a file, or a folder and what it holds; whether it is gone. */
  private static boolean delete(Path entry) {
    try (Stream<Path> inside = Files.walk(entry)) {
      for (Path path : inside.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
      return true;
    } catch (NoSuchFileException e) {
      return false; // another process deleted it first
    } catch (IOException e) {
      return false;
    }
  }
}
