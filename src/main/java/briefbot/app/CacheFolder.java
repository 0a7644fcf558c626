package briefbot.app;

import briefbot.config.Config;
import briefbot.config.ConfigException;
import briefbot.config.Settings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The cache folder a process uses, checked once at start-up: without one that can be written, every start converts
 * the dictionaries again (minutes) and each of its users would warn about the same path on its own.
 */
final class CacheFolder {

  private static final Logger LOG = LoggerFactory.getLogger(CacheFolder.class);
  /** The folder each asked-for folder resolved to, so that the check and its warning happen once a process. */
  private static final Map<Path, Path> RESOLVED = new ConcurrentHashMap<>();

  private CacheFolder() {}

  /**
   * {@code BRIEFBOT_CACHE} when it can be written, else a stop naming it (the user chose it: using another folder
   * would hide the mistake); the default folder, else one in the system's temporary folder with one warning (a home
   * folder that cannot be written, as in some containers, should not stop a first question).
   */
  static Path of(Config config) {
    if (config.isSet(Settings.CACHE)) {
      Path chosen = config.get(Settings.CACHE);
      String why = unwritable(chosen);
      if (why != null) {
        throw new ConfigException(config.nameOf(Settings.CACHE) + " must be a folder Briefbot can write, not '"
            + chosen + "' (" + why + "); unset it to use " + Briefbot.DEFAULT_CACHE);
      }
      return chosen;
    }
    return RESOLVED.computeIfAbsent(Briefbot.DEFAULT_CACHE, preferred -> preferredOr(preferred,
        Path.of(System.getProperty("java.io.tmpdir"), "briefbot-cache-" + System.getProperty("user.name"))));
  }

  /** {@code preferred} when it can be written, else {@code temporary} with one warning, else a stop. */
  static Path preferredOr(Path preferred, Path temporary) {
    String why = unwritable(preferred);
    if (why == null) {
      return preferred;
    }
    if (unwritable(temporary) != null) {
      throw new ConfigException("the cache folder " + preferred + " cannot be written (" + why + "): set "
          + Settings.CACHE.name() + " to a folder Briefbot can write");
    }
    LOG.warn("the cache folder {} cannot be written ({}): using {} instead; set {} to keep it elsewhere", preferred,
        why, temporary, Settings.CACHE.name());
    return temporary;
  }

  /** Why {@code folder} cannot be created or written, in words; null when it can. */
  static String unwritable(Path folder) {
    try {
      Files.createDirectories(folder);
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return Files.exists(folder) && !Files.isDirectory(folder) ? "a file is there" : "it cannot be created";
    }
    return Files.isWritable(folder) ? null : "it is read-only";
  }
}
