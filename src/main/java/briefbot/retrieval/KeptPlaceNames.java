package briefbot.retrieval;

import briefbot.cache.StampedFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Place names' word pairs kept in Briefbot's cache folder once made, one file per stamp of iso-codes' files. */
final class KeptPlaceNames {

  /** As before the split: the place names' log lines. */
  private static final Logger LOG = LoggerFactory.getLogger(PlaceNames.class);
  /** Raised when the pairing changes, so that pairs kept by an older one are made again. */
  private static final String FORMAT = "2";
  /** The kept pairs in the cache, one file per stamp: those of an older iso-codes or format are deleted. */
  private static final StampedFiles KEPT = new StampedFiles("placenames-", ".tsv");

  private KeptPlaceNames() {}

  /**
   * {@link PlaceNames#load(Path)}, its word pairs kept in {@code cache} (Briefbot's cache folder) once made: reading
   * the catalogs and pairing the names' words cost a fresh process about 0.4 s of CPU on its way to its first answer;
   * reading the kept pairs a few milliseconds. A new iso-codes version (its files' sizes and dates) pairs again.
   */
  static PlaceNames load(Path folder, Path cache) {
    Optional<Path> keptIn = kept(folder, cache);
    if (keptIn.isEmpty()) {
      return PlaceNames.load(folder);
    }
    Path file = keptIn.get();
    try {
      if (Files.isRegularFile(file)) {
        PlaceNames kept = read(file);
        KEPT.keepOnly(file);
        return kept;
      }
    } catch (IOException | RuntimeException e) {
      LOG.warn("cannot read the kept place names in {} ({}): they are paired again", file, e.getMessage());
    }
    PlaceNames names = PlaceNames.load(folder);
    try {
      Files.createDirectories(cache);
      Path tmp = Files.createTempFile(cache, "placenames", ".tmp");
      Files.write(tmp, lines(names), StandardCharsets.UTF_8);
      Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      KEPT.keepOnly(file);
    } catch (IOException e) {
      LOG.warn("cannot keep the place names in {} ({}): they are paired again next start", cache, e.getMessage());
    }
    return names;
  }

  /** The file {@link #load} keeps in {@code cache} for the catalogs in {@code folder}; none without them. */
  static Optional<Path> kept(Path folder, Path cache) {
    List<Path> sources = IsoCodeNames.sources(folder);
    return sources.isEmpty() ? Optional.empty()
        : Optional.of(cache.resolve(KEPT.prefix() + stamp(sources) + KEPT.suffix()));
  }

  /** The files' paths, sizes and dates and the pairing's format, hashed: what names a kept file of pairs. */
  private static String stamp(List<Path> files) {
    try {
      return StampedFiles.stamp(FORMAT, files, p -> p.toAbsolutePath().toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read iso-codes' file sizes", e);
    }
  }

  /** The pairs as lines of a kept file: "language:folded word", a language, its forms joined by "|". */
  private static List<String> lines(PlaceNames names) {
    List<String> out = new ArrayList<>();
    names.forms().forEach((key, byLanguage) -> byLanguage.forEach(
        (language, set) -> out.add(key + "\t" + language + "\t" + String.join("|", set))));
    return out;
  }

  private static PlaceNames read(Path file) throws IOException {
    Map<String, Map<String, Set<String>>> forms = new HashMap<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String[] columns = line.split("\t");
      if (columns.length != 3) {
        throw new IOException("a line of " + columns.length + " columns");
      }
      forms.computeIfAbsent(columns[0], k -> new LinkedHashMap<>()).put(columns[1],
          Collections.unmodifiableSet(new LinkedHashSet<>(List.of(columns[2].split("\\|")))));
    }
    return new PlaceNames(forms);
  }
}
