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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A small bilingual news lexicon: the words of other languages that translate a question word. */
final class Lexicon {

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

  /** The translations of a word, by language (the words of whole variants, split into tokens). */
  Map<String, Set<String>> translate(String word) {
    Map<String, Set<String>> out = new HashMap<>();
    for (String[][] row : rowsByWord.getOrDefault(LanguageDetector.fold(word), List.of())) {
      for (int i = 0; i < row.length && i < languages.size(); i++) {
        for (String variant : row[i]) {
          out.computeIfAbsent(languages.get(i), k -> new LinkedHashSet<>()).add(variant);
        }
      }
    }
    return out;
  }
}
