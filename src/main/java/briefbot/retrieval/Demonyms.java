package briefbot.retrieval;

import briefbot.corpus.LanguageDetector;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Nationality nouns and adjectives across languages ({@code demonyms.tsv}): dictionaries give a demonym's slang or
 * one narrow sense ("Deutschen": huns, "Franzosen": frogs, "franceses": frenchwoman).
 */
final class Demonyms {

  private static final Demonyms TABLE = load();

  private List<String> languages;
  /** language -> word -> its row. */
  private final Map<String, Map<String, String[][]>> rows = new HashMap<>();

  static Demonyms table() {
    return TABLE;
  }

  /** The forms in {@code target} of a demonym {@code word} of {@code language}, each fully trusted; none for another word. */
  Map<String, Double> translate(String word, String language, String target) {
    int to = languages.indexOf(target);
    Map<String, String[][]> known = rows.getOrDefault(language, Map.of());
    String[][] row = known.getOrDefault(word.toLowerCase(Locale.ROOT), known.get(LanguageDetector.fold(word)));
    if (row == null || to < 0 || to >= row.length) {
      return Map.of();
    }
    Map<String, Double> out = new LinkedHashMap<>();
    for (String form : row[to]) {
      if (!form.isEmpty()) {
        out.put(form, 1.0);
      }
    }
    return out;
  }

  private static Demonyms load() {
    Demonyms table = new Demonyms();
    try (InputStream in = Demonyms.class.getResourceAsStream("demonyms.tsv")) {
      if (in == null) {
        throw new IllegalStateException("demonyms.tsv is missing from the jar");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] columns = line.split("\t");
        if (table.languages == null) {
          table.languages = List.of(columns);
          continue;
        }
        String[][] row = new String[columns.length][];
        for (int i = 0; i < columns.length; i++) {
          row[i] = columns[i].split("\\|");
        }
        for (int i = 0; i < row.length; i++) {
          for (String form : row[i]) {
            table.rows.computeIfAbsent(table.languages.get(i), k -> new HashMap<>()).putIfAbsent(form, row);
            table.rows.get(table.languages.get(i)).putIfAbsent(LanguageDetector.fold(form), row);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return table;
  }
}
