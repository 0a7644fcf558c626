package briefbot.index.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import briefbot.index.IndexFields;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NearestWordTest {

  @TempDir
  Path dir;

  /**
   * The checker searches two letters apart only where such a word can pass the accuracy (ten letters or more): what it
   * offers must be what the full two-edit search offered, for every length, on words crowded with near neighbours.
   */
  @Test
  void offersWhatTheTwoEditSearchOffered() throws IOException {
    Random random = new Random(7);
    Set<String> held = new LinkedHashSet<>();
    while (held.size() < 4_000) {
      held.add(word(random, 5 + random.nextInt(10)));
    }
    try (Directory directory = FSDirectory.open(dir)) {
      try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new KeywordAnalyzer()))) {
        for (String word : held) {
          Document doc = new Document();
          doc.add(new StringField(IndexFields.BODY_NEUTRAL, word, Field.Store.NO));
          writer.addDocument(doc);
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        List<String> asked = new ArrayList<>();
        for (String word : held) {
          if (asked.size() < 800) {
            asked.add(misspelt(random, word, 1 + random.nextInt(2)));
          }
        }
        int offered = 0;
        int offeredTwoApart = 0;
        for (String word : asked) {
          if (word.length() < 5) { // four letters: lackingALetterOfAFourLetterWord
            continue;
          }
          Optional<String> fast = NearestWord.of(new IndexSearcher(reader), word);
          Optional<String> full = NearestWord.nearest(fullSearch(), reader, word);
          assertThat(fast).as(word).isEqualTo(full);
          offered += fast.isPresent() ? 1 : 0;
          offeredTwoApart += fast.isPresent() && word.length() >= 10 && apart(word, fast.get()) == 2 ? 1 : 0;
        }
        assertThat(offered).isGreaterThan(150);
        assertThat(offeredTwoApart).as("long words offered two letters apart").isGreaterThan(5);
      }
    }
  }

  /**
   * A four-letter word is offered the five-letter word it lacks an inner letter of, and nothing else: not a word it
   * lacks the first or last letter of (a plural, another form), nor one a letter away by another letter.
   */
  @Test
  void offersAFourLetterWordOnlyTheWordItLacksAnInnerLetterOf() throws IOException {
    try (Directory directory = FSDirectory.open(dir)) {
      try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new KeywordAnalyzer()))) {
        for (String word : List.of("japan", "limas", "lina", "iraq", "tokyo")) {
          Document doc = new Document();
          doc.add(new StringField(IndexFields.BODY_NEUTRAL, word, Field.Store.NO));
          writer.addDocument(doc);
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        assertThat(NearestWord.of(searcher, "Japn")).contains("japan");
        assertThat(NearestWord.of(searcher, "jpan")).contains("japan");
        assertThat(NearestWord.of(searcher, "Lima")).as("a letter added at the end").isEmpty();
        assertThat(NearestWord.of(searcher, "Lino")).as("another letter").isEmpty();
        assertThat(NearestWord.of(searcher, "Iran")).as("another letter").isEmpty();
        assertThat(NearestWord.of(searcher, "toky")).as("the last letter left out").isEmpty();
        assertThat(NearestWord.of(searcher, "apan")).as("the first letter left out").isEmpty();
        assertThat(NearestWord.of(searcher, "tky")).as("three letters").isEmpty();
      }
    }
  }

  @Test
  void searchesTwoLettersApartFromTenLettersOn() {
    assertThat(NearestWord.maxEdits(5)).isEqualTo(1);
    assertThat(NearestWord.maxEdits(9)).isEqualTo(1);
    assertThat(NearestWord.maxEdits(10)).isEqualTo(2);
    assertThat(NearestWord.maxEdits(14)).isEqualTo(2);
  }

  /** The checker as the offer was made before: both searches, one and two letters apart, whatever the length. */
  private static DirectSpellChecker fullSearch() {
    DirectSpellChecker checker = new DirectSpellChecker();
    checker.setMinQueryLength(5);
    checker.setAccuracy(0.8f);
    checker.setMaxEdits(2);
    return checker;
  }

  /** A word of few letters, so that many words lie one or two letters from it. */
  private static String word(Random random, int length) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < length; i++) {
      out.append("aeiklmnorst".charAt(random.nextInt(11)));
    }
    return out.toString();
  }

  private static String misspelt(Random random, String word, int edits) {
    StringBuilder out = new StringBuilder(word);
    for (int e = 0; e < edits; e++) {
      int at = 1 + random.nextInt(out.length() - 1); // the checker keeps the first letter
      switch (random.nextInt(3)) {
        case 0 -> out.setCharAt(at, "aeiklmnorst".charAt(random.nextInt(11)));
        case 1 -> out.deleteCharAt(at);
        default -> out.insert(at, "aeiklmnorst".charAt(random.nextInt(11)));
      }
    }
    return out.toString();
  }

  private static int apart(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      for (int j = 0; j <= b.length(); j++) {
        d[i][j] = i == 0 ? j : j == 0 ? i : Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1),
            d[i - 1][j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
      }
    }
    return d[a.length()][b.length()];
  }
}
