package briefbot.app;

import briefbot.config.Config;
import briefbot.config.ConfigException;
import briefbot.config.Settings;
import briefbot.index.TextAnalysis;
import briefbot.retrieval.Translations;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
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
  private static final String READ_ONLY = "it is read-only";

  private CacheFolder() {}

  /**
   * {@code BRIEFBOT_CACHE} when it can be written, or when it is read-only and already holds every file this
   * configuration keeps there (a container image's cache, made by a first run); else a stop naming it (the user chose
   * it: using another folder would hide the mistake); the default folder (read-only, when it holds those files), else
   * one in the system's temporary folder with one warning (a home folder that cannot be written, as in some
   * containers, should not stop a first question).
   */
  static Path of(Config config) {
    if (config.isSet(Settings.CACHE)) {
      Path chosen = config.get(Settings.CACHE);
      return chosen(config, chosen, unwritable(chosen));
    }
    return RESOLVED.computeIfAbsent(Briefbot.DEFAULT_CACHE, preferred -> preferredOr(config, preferred,
        unwritable(preferred),
        Path.of(System.getProperty("java.io.tmpdir"), "briefbot-cache-" + System.getProperty("user.name"))));
  }

  /** The folder chosen by {@code BRIEFBOT_CACHE}, given why it cannot be written (null: it can), or a stop. */
  static Path chosen(Config config, Path chosen, String why) {
    if (why == null) {
      return chosen;
    }
    if (!READ_ONLY.equals(why)) {
      throw new ConfigException(config.nameOf(Settings.CACHE) + " must be a folder Briefbot can write, not '"
          + chosen + "' (" + why + "); unset it to use " + Briefbot.DEFAULT_CACHE);
    }
    List<Path> lacking = lacking(config, chosen);
    if (!lacking.isEmpty()) {
      throw new ConfigException(config.nameOf(Settings.CACHE) + " '" + chosen + "' is read-only and lacks "
          + names(lacking) + " (made again at every start without it): run Briefbot once with it writable to fill"
          + " it, or unset it to use " + Briefbot.DEFAULT_CACHE);
    }
    return chosen; // read as it is: each user reads its file there and writes nothing
  }

  /**
   * {@code preferred} when it can be written ({@code why} null) or is read-only and holds every file {@code config}
   * keeps there (a container image's home folder that a first run filled: the temporary folder would make them again
   * at every start), else {@code temporary} with one warning, else a stop.
   */
  static Path preferredOr(Config config, Path preferred, String why, Path temporary) {
    if (why == null || READ_ONLY.equals(why) && lacking(config, preferred).isEmpty()) {
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

  /**
   * The files this configuration keeps in the cache folder {@code cache} (the converted dictionaries, the place names,
   * the compound word lists) that it does not hold: what would be made again at every start, minutes for the
   * dictionaries. The embedding model and ONNX runtime are not among them: without their files they are read from the
   * jar, as when run from classes.
   */
  static List<Path> lacking(Config config, Path cache) {
    List<Path> kept = new ArrayList<>(Translations.kept(config.get(Settings.DICTIONARIES), cache,
        config.get(Settings.ISO_CODES)));
    kept.addAll(TextAnalysis.kept(config.get(Settings.WORD_LISTS), cache));
    return kept.stream().filter(file -> !Files.isRegularFile(file)).toList();
  }

  private static String names(List<Path> files) {
    return files.stream().map(f -> f.getFileName().toString()).collect(Collectors.joining(", "));
  }

  /** Why {@code folder} cannot be created or written, in words; null when it can. */
  static String unwritable(Path folder) {
    try {
      Files.createDirectories(folder);
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return Files.exists(folder) && !Files.isDirectory(folder) ? "a file is there" : "it cannot be created";
    }
    return Files.isWritable(folder) ? null : READ_ONLY;
  }
}
