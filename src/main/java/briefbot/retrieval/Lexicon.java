package briefbot.retrieval;

import briefbot.corpus.LanguageDetector;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small bilingual news lexicon: the words of other languages that translate a question word; what translates
 * when no dictionaries are installed.
 */
final class Lexicon implements Translations {

  private final List<String> languages;
  /** word (folded) -> rows that contain it. */
  private final Map<String, List<String[][]>> rowsByWord = new HashMap<>();

  private Lexicon(List<String> languages) {
    this.languages = languages;
  }

  static Lexicon load() {
    List<String[]> rows = PackagedTable.rows("lexicon.tsv");
    Lexicon lexicon = new Lexicon(List.of(rows.get(0)));
    rows.subList(1, rows.size()).forEach(lexicon::add);
    return lexicon;
  }

  private void add(String[] columns) {
    String[][] row = new String[columns.length][];
    for (int i = 0; i < columns.length; i++) {
      row[i] = columns[i].split("\\|");
    }
    for (String[] variants : row) {
      for (String variant : variants) {
        for (String token : variant.split("[\\s-]+")) {
          rowsByWord.computeIfAbsent(LanguageDetector.fold(token), k -> new ArrayList<>()).add(row);
        }
      }
    }
  }

  /**
   * The translations of a word by language, each fully trusted; rows are written by hand and not directed, so the
   * question's own language gets its variants too ("meet": "met", "meeting").
   */
  @Override
  public Map<String, Map<String, Double>> weighted(String word, String language) {
    Map<String, Map<String, Double>> out = new HashMap<>();
    for (String[][] row : rowsByWord.getOrDefault(LanguageDetector.fold(word), List.of())) {
      for (int i = 0; i < row.length && i < languages.size(); i++) {
        for (String variant : row[i]) {
          out.computeIfAbsent(languages.get(i), k -> new LinkedHashMap<>()).put(variant, 1.0);
        }
      }
    }
    return out;
  }
}
