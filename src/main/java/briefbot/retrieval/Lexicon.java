package briefbot.retrieval;

import briefbot.corpus.LanguageDetector;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
    try (InputStream in = Lexicon.class.getResourceAsStream("lexicon.tsv")) {
      if (in == null) {
        throw new IllegalStateException("lexicon.tsv is missing from the jar");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      Lexicon lexicon = null;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] columns = line.split("\t");
        if (lexicon == null) {
          lexicon = new Lexicon(List.of(columns));
          continue;
        }
        lexicon.add(columns);
      }
      return lexicon;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
