package briefbot.retrieval;

import briefbot.cache.StampedFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The installed dictionaries, converted once into a {@link TermTable} cached under a stamp of their files, and opened
 * once per cache file in a process.
 */
final class DictionaryTables {

  /** Logged as the dictionaries' own lines, as before they were opened here. */
  private static final Logger LOG = LoggerFactory.getLogger(Dictionaries.class);
  /** Raised when the conversion changes, so that a table cached by an older one is converted again. */
  private static final String FORMAT = "16";
  /** Where Debian installs Apertium's language pairs, beside dictd's folder. */
  private static final String APERTIUM = "apertium";
  /** The tables in the cache, one per stamp: an upgrade's or another set of dictionaries' old one is deleted. */
  private static final StampedFiles TABLES = new StampedFiles("freedict-", ".fst");
  /** One table per cache file in a process: tests and commands that open Briefbot many times load it once. */
  private static final Map<Path, Translations> OPEN = new ConcurrentHashMap<>();

  private DictionaryTables() {}

  /**
   * The dictionaries in a folder of FreeDict's, with Apertium's compiled ones in the {@code apertium} folder beside it
   * (Debian's {@code /usr/share/dictd} and {@code /usr/share/apertium}).
   */
  static Translations open(Path folder, Path cache) {
    Installed installed = installed(folder);
    if (installed.none()) {
      LOG.info("no FreeDict dictionaries in {}: cross-language matching uses the small built-in lexicon "
          + "(install dict-freedict-eng-deu and the others, or set BRIEFBOT_DICTIONARIES)", folder);
      return Lexicon.load();
    }
    Set<String> pairs = new TreeSet<>();
    installed.sources().forEach(s -> pairs.add(s.from() + ">" + s.to()));
    installed.bidixes().forEach(s -> pairs.add(s.from() + ">" + s.to()));
    return OPEN.computeIfAbsent(installed.table(cache).toAbsolutePath(),
        f -> new Dictionaries(table(installed.sources(), installed.bidixes(), f), pairs).and(Lexicon.load()));
  }

  /** The converted table {@link #open} keeps in {@code cache} for the dictionaries in {@code folder}; none without. */
  static Optional<Path> kept(Path folder, Path cache) {
    Installed installed = installed(folder);
    return installed.none() ? Optional.empty() : Optional.of(installed.table(cache));
  }

  /** The FreeDict and Apertium dictionaries installed. */
  private record Installed(List<FreeDict.Source> sources, List<ApertiumBidix.Source> bidixes) {
    boolean none() {
      return sources.isEmpty() && bidixes.isEmpty();
    }

    /** Their table's file in {@code cache}, named by their stamp. */
    Path table(Path cache) {
      List<Path> files = new ArrayList<>();
      sources.forEach(s -> files.addAll(List.of(s.index(), s.dict())));
      bidixes.forEach(s -> files.add(s.file()));
      return cache.resolve("freedict-" + stamp(files) + ".fst");
    }
  }

  private static Installed installed(Path folder) {
    try {
      return new Installed(FreeDict.find(folder), ApertiumBidix.find(folder.toAbsolutePath().resolveSibling(APERTIUM)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the dictionaries in " + folder, e);
    }
  }

  /**
   * The cached table, or a new conversion written atomically next to it (in memory only when it cannot be written);
   * either way the tables of other stamps unused for a day are deleted ({@link StampedFiles}).
   */
  private static TermTable table(List<FreeDict.Source> sources, List<ApertiumBidix.Source> bidixes, Path file) {
    try {
      if (Files.isRegularFile(file)) {
        TermTable cached = TermTable.load(file); // read whole: deleting the file later changes nothing here
        TABLES.keepOnly(file);
        return cached;
      }
      long t0 = System.nanoTime();
      LOG.info("converting {} FreeDict and {} Apertium dictionaries into {} (once)", sources.size(), bidixes.size(),
          file);
      TermTable table = FreeDictTable.build(sources, bidixes, file.getParent());
      try {
        Files.createDirectories(file.getParent());
        Path tmp = Files.createTempFile(file.getParent(), "freedict", ".tmp");
        table.save(tmp);
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        TABLES.keepOnly(file).forEach(old -> LOG.info("deleted the old converted dictionaries {}", old));
      } catch (IOException e) {
        LOG.warn("cannot cache the converted dictionaries in {} ({}): they are converted again next start",
            file.getParent(), e.getMessage());
      }
      LOG.info("converted the dictionaries in {} s ({} MB)", (System.nanoTime() - t0) / 1_000_000_000,
          table.bytes() >> 20);
      return table;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the dictionaries for " + file.getFileName(), e);
    }
  }

  /** The dictionaries' names, sizes and dates and the conversion's format: a new package version converts again. */
  private static String stamp(List<Path> files) {
    try {
      return StampedFiles.stamp(FORMAT, files, p -> p.getFileName().toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the dictionaries' sizes", e);
    }
  }

}
