package briefbot.retrieval;

import briefbot.cache.StampedFiles;
import briefbot.corpus.LanguageDetector;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Country, territory and language names as each language writes them ("Kyrgyzstan": Kirguistán, Kirgisistan;
 * "Solomon Islands": Islas Salomón), word by word, from Debian's iso-codes: the English names of ISO 3166-1, 3166-3
 * and 639-2 and their translations in gettext catalogs. Dictionaries list few of them, and no spelling rule makes
 * "Kirguistán" of "Kyrgyzstan". Read from the system, never shipped (iso-codes is LGPL-2.1).
 */
final class PlaceNames {

  private static final Logger LOG = LoggerFactory.getLogger(PlaceNames.class);
  /**
   * A standard read: its JSON file's name, which its catalogs share, and the file's top-level key. A country's name
   * turns around at its comma ("Korea, Republic of": Korea); in a language's, what follows the comma qualifies it
   * ("English, Middle (1100-1500)": Mittelenglisch, not Englisch), so such a name is left out.
   */
  private record Standard(String file, String key, boolean commaQualifies) {

    /** Its English names: {@code json/FILE.json} in iso-codes' folder. */
    Path names(Path folder) {
      return folder.resolve("json").resolve(file + ".json");
    }

    /** Its catalogs there are, by language: {@code LANGUAGE/LC_MESSAGES/FILE.mo} in the locale folder. */
    Map<String, Path> catalogs(Path locale) {
      Map<String, Path> out = new LinkedHashMap<>();
      for (String language : LanguageDetector.SUPPORTED) {
        Path mo = locale.resolve(language).resolve("LC_MESSAGES").resolve(file + ".mo");
        if (!language.equals("en") && Files.isRegularFile(mo)) {
          out.put(language, mo);
        }
      }
      return out;
    }
  }

  private static final List<Standard> STANDARDS = List.of(new Standard("iso_3166-1", "3166-1", false),
      new Standard("iso_3166-3", "3166-3", false), new Standard("iso_639-2", "639-2", true));
  /** The English fields that hold a name, the ISO name and the one in common use ("Bolivia", "South Korea"). */
  private static final Set<String> NAME_FIELDS = Set.of("name", "common_name");
  /**
   * In how many entries of one language a word may stand and still tell its entry's name ("Salomón"), where words of
   * many names say what kind of place it is ("Islas", "Republik", "Saint").
   */
  private static final int DISTINCT_ENTRIES = 2;

  /** Raised when the pairing changes, so that pairs kept by an older one are made again. */
  private static final String FORMAT = "2";
  /** The kept pairs in the cache, one file per stamp: those of an older iso-codes or format are deleted. */
  private static final StampedFiles KEPT = new StampedFiles("placenames-", ".tsv");

  /** Nothing known: what a machine without iso-codes gets. */
  static final PlaceNames NONE = new PlaceNames(Map.of());

  /** "language:folded word" to its forms in every other language. */
  private final Map<String, Map<String, Set<String>>> forms;

  private PlaceNames(Map<String, Map<String, Set<String>>> forms) {
    this.forms = forms;
  }

  /**
   * {@link #load(Path)}, its word pairs kept in {@code cache} (Briefbot's cache folder) once made: reading the
   * catalogs and pairing the names' words cost a fresh process about 0.4 s of CPU on its way to its first answer;
   * reading the kept pairs a few milliseconds. A new iso-codes version (its files' sizes and dates) pairs again.
   */
  static PlaceNames load(Path folder, Path cache) {
    List<Path> sources = sources(folder);
    if (sources.isEmpty()) {
      return load(folder);
    }
    Path file = cache.resolve(KEPT.prefix() + stamp(sources) + KEPT.suffix());
    try {
      if (Files.isRegularFile(file)) {
        PlaceNames kept = read(file);
        KEPT.keepOnly(file);
        return kept;
      }
    } catch (IOException | RuntimeException e) {
      LOG.warn("cannot read the kept place names in {} ({}): they are paired again", file, e.getMessage());
    }
    PlaceNames names = load(folder);
    try {
      Files.createDirectories(cache);
      Path tmp = Files.createTempFile(cache, "placenames", ".tmp");
      Files.write(tmp, names.lines(), StandardCharsets.UTF_8);
      Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      KEPT.keepOnly(file);
    } catch (IOException e) {
      LOG.warn("cannot keep the place names in {} ({}): they are paired again next start", cache, e.getMessage());
    }
    return names;
  }

  /** The JSON files and catalogs {@link #load(Path)} reads, those that are there. */
  private static List<Path> sources(Path folder) {
    Path locale = folder.toAbsolutePath().resolveSibling("locale");
    List<Path> out = new ArrayList<>();
    for (Standard standard : STANDARDS) {
      Path json = standard.names(folder);
      if (Files.isRegularFile(json)) {
        out.add(json);
        out.addAll(standard.catalogs(locale).values());
      }
    }
    return out;
  }

  /** The files' paths, sizes and dates and the pairing's format, hashed: what names a kept file of pairs. */
  private static String stamp(List<Path> files) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(FORMAT.getBytes(StandardCharsets.UTF_8));
      for (Path p : files) {
        String line = p.toAbsolutePath() + "\t" + Files.size(p) + "\t" + Files.getLastModifiedTime(p).toMillis();
        sha.update((line + "\n").getBytes(StandardCharsets.UTF_8));
      }
      return HexFormat.of().formatHex(sha.digest(), 0, 6);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read iso-codes' file sizes", e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The pairs as lines of a kept file: "language:folded word", a language, its forms joined by "|". */
  private List<String> lines() {
    List<String> out = new ArrayList<>();
    forms.forEach((key, byLanguage) -> byLanguage.forEach(
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

  /**
   * The names in iso-codes' {@code folder} (Debian's {@code /usr/share/iso-codes}: {@code json/} holds the English
   * names), translated by the catalogs in the {@code locale} folder beside it; {@link #NONE} when it holds none.
   */
  static PlaceNames load(Path folder) {
    Path locale = folder.toAbsolutePath().resolveSibling("locale");
    List<Map<String, List<String>>> entries = new ArrayList<>();
    try {
      for (Standard standard : STANDARDS) {
        Path json = standard.names(folder);
        if (!Files.isRegularFile(json)) {
          continue;
        }
        Map<String, Map<String, String>> catalogs = new HashMap<>();
        for (Map.Entry<String, Path> mo : standard.catalogs(locale).entrySet()) {
          catalogs.put(mo.getKey(), GettextCatalog.read(mo.getValue()));
        }
        for (List<String> written : englishNames(json, standard.key())) {
          List<String> english = standard.commaQualifies()
              ? written.stream().filter(name -> !name.contains(",")).toList() : written;
          if (english.isEmpty()) {
            continue;
          }
          Map<String, List<String>> entry = new LinkedHashMap<>();
          entry.put("en", english);
          catalogs.forEach((language, catalog) -> {
            // in the English names' order, a name the catalog lacks as null
            List<String> translated = new ArrayList<>();
            english.forEach(name -> translated.add(catalog.get(name)));
            if (translated.stream().anyMatch(t -> t != null)) {
              entry.put(language, translated);
            }
          });
          entries.add(entry);
        }
      }
    } catch (IOException e) {
      LOG.warn("cannot read iso-codes' names in {} ({}): place names are not translated", folder, e.getMessage());
      return NONE;
    }
    if (entries.isEmpty()) {
      LOG.info("no iso-codes in {}: place names are not translated (install iso-codes, or set BRIEFBOT_ISO_CODES)",
          folder);
      return NONE;
    }
    return of(entries);
  }

  /**
   * The word-by-word forms of some entries, each the names of one place or language by language code (each name as
   * iso-codes writes it: "Korea, Republic of", "Kirghiz; Kyrgyz"), in the same order in every language, null where a
   * language lacks one.
   */
  static PlaceNames of(List<Map<String, List<String>>> entries) {
    Map<String, String> folded = new HashMap<>(); // the same words recur in every language's names
    Function<String, String> fold = w -> folded.computeIfAbsent(w, LanguageDetector::fold);
    Map<String, Map<String, Integer>> spread = new HashMap<>(); // language -> folded word -> entries holding it
    List<Map<String, List<List<List<String>>>>> parsed = new ArrayList<>();
    for (Map<String, List<String>> entry : entries) {
      Map<String, List<List<List<String>>>> byLanguage = new LinkedHashMap<>();
      entry.forEach((language, names) -> {
        List<List<List<String>>> parts = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String name : names) {
          List<List<String>> words = new ArrayList<>();
          for (String part : (name == null ? "" : name).split(";")) {
            List<String> tokens = words(part);
            words.add(tokens);
            tokens.forEach(t -> seen.add(fold.apply(t)));
          }
          parts.add(words);
        }
        seen.forEach(w -> spread.computeIfAbsent(language, k -> new HashMap<>()).merge(w, 1, Integer::sum));
        byLanguage.put(language, parts);
      });
      parsed.add(byLanguage);
    }
    Map<String, Map<String, Set<String>>> forms = new HashMap<>();
    for (Map<String, List<List<List<String>>>> entry : parsed) {
      Map<String, List<List<Name>>> names = new LinkedHashMap<>();
      entry.forEach((language, parts) -> names.put(language, parts.stream()
          .map(words -> words.stream().map(w -> Name.of(w, spread.get(language), fold)).toList()).toList()));
      for (var from : names.entrySet()) {
        for (var to : names.entrySet()) {
          if (from.getKey().equals(to.getKey())) {
            continue;
          }
          // a place's names stand in the same order in every language (its ISO name, then its common one)
          for (int n = 0; n < Math.min(from.getValue().size(), to.getValue().size()); n++) {
            List<Name> sources = from.getValue().get(n);
            List<Name> targets = to.getValue().get(n);
            // "Kirghiz; Kyrgyz" beside "Kirgisisch; Kirgisisch": a list pairs name by name when both are as long
            boolean inOrder = sources.size() == targets.size();
            for (int i = 0; i < sources.size(); i++) {
              for (int j = 0; j < targets.size(); j++) {
                Pair pair = inOrder && i != j ? null : pair(sources.get(i), targets.get(j), inOrder, fold);
                if (pair != null) {
                  forms.computeIfAbsent(from.getKey() + ":" + fold.apply(pair.from()), k -> new HashMap<>())
                      .computeIfAbsent(to.getKey(), k -> new LinkedHashSet<>()).add(pair.to());
                }
              }
            }
          }
        }
      }
    }
    Map<String, Map<String, Set<String>>> frozen = new HashMap<>();
    forms.forEach((key, byLanguage) -> {
      Map<String, Set<String>> copy = new LinkedHashMap<>();
      byLanguage.forEach((language, set) -> copy.put(language, Collections.unmodifiableSet(set)));
      frozen.put(key, Collections.unmodifiableMap(copy));
    });
    return new PlaceNames(frozen);
  }

  /**
   * One name's words, and those of them that tell it from other places' names: no more than
   * {@link #DISTINCT_ENTRIES} entries of its language hold them ("Salomón" of "Islas Salomón", not "Islas"), and they
   * are no stop word.
   */
  private record Name(List<String> words, List<String> distinct) {

    static Name of(List<String> words, Map<String, Integer> spread, Function<String, String> fold) {
      return new Name(words, words.stream()
          .filter(w -> w.length() >= 3 && spread.getOrDefault(fold.apply(w), 0) <= DISTINCT_ENTRIES
              && !Concepts.isStopWord(w))
          .toList());
    }
  }

  /**
   * The word of a name that another language's name writes another way, and that way: the two names' only words
   * that tell them from other places' names ("Solomon" of "Solomon Islands", "Salomón" of "Islas Salomón"), which,
   * unless both names are that one word ("Austria": "Österreich"), must start with the same letter ("Congo" is not
   * the "Demokratische" of "Demokratische Republik Kongo"); null when there are none, several, or they are one word.
   */
  private static Pair pair(Name source, Name target, boolean inOrder, Function<String, String> fold) {
    if (source.words().isEmpty() || target.words().isEmpty()) {
      return null;
    }
    String from;
    String to;
    if (source.words().size() == 1 && target.words().size() == 1 && inOrder) {
      from = source.words().get(0);
      to = target.words().get(0);
    } else {
      if (source.distinct().size() != 1 || target.distinct().size() != 1) {
        return null;
      }
      from = source.distinct().get(0);
      to = target.distinct().get(0);
      if (fold.apply(from).charAt(0) != fold.apply(to).charAt(0)) {
        return null;
      }
    }
    if (from.length() < 3 || to.length() < 3 || fold.apply(from).equals(fold.apply(to))) {
      return null;
    }
    return new Pair(from, to);
  }

  /** A word of one language's name and the word another language's name writes for it. */
  private record Pair(String from, String to) {}

  /** A name's words, before the comma that turns it around ("Korea, Republic of": Korea). */
  private static List<String> words(String name) {
    int comma = name.indexOf(',');
    String head = (comma < 0 ? name : name.substring(0, comma)).strip();
    return Arrays.stream(head.split("[\\s\\-]+")).filter(w -> !w.isEmpty() && Character.isLetter(w.charAt(0)))
        .toList();
  }

  /**
   * The forms of a word of a place's or language's name in the other languages, by language code ("Kyrgyzstan",
   * "en": es Kirguistán, de Kirgisistan, nl Kirgizië); empty for any other word.
   */
  Map<String, Set<String>> of(String word, String language) {
    return forms.getOrDefault(language + ":" + LanguageDetector.fold(word), Map.of());
  }

  /** {@code dictionaries}, with these names as its {@link Translations#placeNames}. */
  Translations beside(Translations dictionaries) {
    return new ForwardingTranslations(dictionaries) {
      @Override
      public Map<String, Set<String>> placeNames(String word, String language) {
        return of(word, language);
      }
    };
  }

  /** How many words of names it knows, in every language: a log line's figure. */
  int size() {
    return forms.size();
  }

  /** The English names of a standard's entries, each the list of its name fields' values. */
  private static List<List<String>> englishNames(Path json, String key) throws IOException {
    List<List<String>> out = new ArrayList<>();
    try (JsonParser parser = new JsonFactory().createParser(json.toFile())) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw new IOException(json + " holds no object");
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        boolean ours = parser.currentName().equals(key);
        JsonToken value = parser.nextToken();
        if (!ours || value != JsonToken.START_ARRAY) {
          parser.skipChildren();
          continue;
        }
        while (parser.nextToken() == JsonToken.START_OBJECT) {
          List<String> names = new ArrayList<>();
          while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken token = parser.nextToken();
            if (NAME_FIELDS.contains(field) && token == JsonToken.VALUE_STRING) {
              names.add(parser.getText());
            } else {
              parser.skipChildren();
            }
          }
          if (!names.isEmpty()) {
            out.add(names);
          }
        }
      }
    }
    return out;
  }
}
