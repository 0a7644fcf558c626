package briefbot.retrieval;

import briefbot.corpus.LanguageDetector;
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

  private final List<String> languages;
  /** language -> word -> its row. */
  private final Map<String, Map<String, String[][]>> rows = new HashMap<>();

  private Demonyms(List<String> languages) {
    this.languages = languages;
  }

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
    List<String[]> lines = PackagedTable.rows("demonyms.tsv");
    Demonyms table = new Demonyms(List.of(lines.get(0)));
    for (String[] columns : lines.subList(1, lines.size())) {
      String[][] row = new String[columns.length][];
      for (int i = 0; i < columns.length; i++) {
        row[i] = columns[i].split("\\|");
      }
      for (int i = 0; i < row.length; i++) {
        Map<String, String[][]> known = table.rows.computeIfAbsent(table.languages.get(i), k -> new HashMap<>());
        for (String form : row[i]) {
          known.putIfAbsent(form, row);
          known.putIfAbsent(LanguageDetector.fold(form), row);
        }
      }
    }
    return table;
  }
}
