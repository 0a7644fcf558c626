package briefbot.retrieval;

import briefbot.corpus.LanguageDetector;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The names of countries, territories and languages in Debian's iso-codes: the English names of ISO 3166-1, 3166-3
 * and 639-2 in its JSON files, each with its translations in the gettext catalogs of the locale folder beside it.
 */
final class IsoCodeNames {

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

  private IsoCodeNames() {}

  /** The JSON files and catalogs {@link #entries} reads, those that are there. */
  static List<Path> sources(Path folder) {
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

  /**
   * The entries of iso-codes' {@code folder}, each the names of one place or language by language code, in the
   * English names' order in every language, null where a catalog lacks one; none when the folder holds no names.
   */
  static List<Map<String, List<String>>> entries(Path folder) throws IOException {
    Path locale = folder.toAbsolutePath().resolveSibling("locale");
    List<Map<String, List<String>>> entries = new ArrayList<>();
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
    return entries;
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
