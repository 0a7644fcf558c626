package briefbot.index.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import briefbot.config.Settings;
import briefbot.corpus.Article;
import briefbot.corpus.Paragraph;
import briefbot.index.IndexFields;
import briefbot.index.ParagraphIndex.Filter;
import briefbot.index.ParagraphIndex.Hit;
import briefbot.index.TextAnalysis;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DenseNormsTest {

  private static final List<String> FIELDS = List.of(IndexFields.body("en"), IndexFields.body("de"),
      IndexFields.body("es"), IndexFields.BODY_NEUTRAL);
  private static final Map<String, List<String>> WORDS = Map.of(
      "en", List.of("council", "budget", "harbour", "minister", "vote", "river", "strike", "Lisbon"),
      "de", List.of("Rat", "Haushalt", "Hafen", "Minister", "Abstimmung", "Fluss", "Streik", "Lisbon"),
      "es", List.of("consejo", "presupuesto", "puerto", "ministro", "votación", "río", "huelga", "Lisbon"));

  @TempDir
  Path dir;

  @Test
  void normsFromMemoryAreLucenesOwnForEveryDocumentOfEverySegment() throws IOException {
    try (Directory directory = FSDirectory.open(dir)) {
      write(directory, 3);
      try (DirectoryReader plain = DirectoryReader.open(directory);
          DirectoryReader dense = new DenseNorms(DirectoryReader.open(directory))) {
        assertThat(plain.leaves()).hasSize(3);
        for (int i = 0; i < plain.leaves().size(); i++) {
          LeafReader onDisk = plain.leaves().get(i).reader();
          LeafReader inMemory = dense.leaves().get(i).reader();
          for (String field : FIELDS) {
            for (int ask = 0; ask < DenseNorms.LOAD_AFTER; ask++) {
              inMemory.getNormValues(field);
            }
            NumericDocValues loaded = inMemory.getNormValues(field);
            assertThat(loaded.getClass()).isNotEqualTo(onDisk.getNormValues(field).getClass());
            assertThat(values(loaded, onDisk.maxDoc())).isEqualTo(values(onDisk.getNormValues(field), onDisk.maxDoc()));
            assertThat(docs(inMemory.getNormValues(field))).isEqualTo(docs(onDisk.getNormValues(field)));
          }
        }
      }
    }
  }

  @Test
  void bm25FindsAndScoresTheSameParagraphsAsFromDisk() throws IOException {
    List<Map<String, Map<String, Double>>> clauses = List.of(
        Map.of(IndexFields.body("en"), Map.of("budget", 1.0), IndexFields.body("de"), Map.of("haushalt", 0.8),
            IndexFields.BODY_NEUTRAL, Map.of("budget", 1.0)),
        Map.of(IndexFields.body("es"), Map.of("puert", 0.7), IndexFields.body("en"), Map.of("harbour", 1.0)),
        Map.of(IndexFields.BODY_NEUTRAL, Map.of("lisbon", 1.0)));
    try (Directory directory = FSDirectory.open(dir)) {
      write(directory, 2);
      try (DirectoryReader plain = DirectoryReader.open(directory);
          DirectoryReader dense = new DenseNorms(DirectoryReader.open(directory))) {
        List<Hit> fromDisk = bm25(new IndexSearcher(plain), clauses);
        IndexSearcher memory = new IndexSearcher(dense);
        for (int i = 0; i < DenseNorms.LOAD_AFTER; i++) {
          bm25(memory, clauses);
        }
        assertThat(fromDisk).hasSizeGreaterThan(20);
        assertThat(bm25(memory, clauses)).isEqualTo(fromDisk);
      }
    }
  }

  @Test
  void aRefreshedSnapshotKeepsItsNormsInMemoryAndSeesTheNewSegment() throws IOException {
    try (Directory directory = FSDirectory.open(dir);
        IndexWriter writer = new IndexWriter(directory, config())) {
      add(writer, 0, new SplittableRandom(1));
      try (SearcherManager searchers = DenseNorms.searchers(DirectoryReader.open(writer))) {
        int before = count(searchers);
        add(writer, 1, new SplittableRandom(2));
        searchers.maybeRefreshBlocking();
        IndexSearcher searcher = searchers.acquire();
        try {
          assertThat(searcher.getIndexReader()).isInstanceOf(DenseNorms.class);
          assertThat(searcher.getIndexReader().leaves()).hasSize(2);
        } finally {
          searchers.release(searcher);
        }
        assertThat(count(searchers)).isGreaterThan(before);
      }
    }
  }

  private static int count(SearcherManager searchers) throws IOException {
    IndexSearcher searcher = searchers.acquire();
    try {
      return bm25(searcher, List.of(Map.of(IndexFields.BODY_NEUTRAL, Map.of("lisbon", 1.0)))).size();
    } finally {
      searchers.release(searcher);
    }
  }

  private static List<Hit> bm25(IndexSearcher searcher, List<Map<String, Map<String, Double>>> clauses)
      throws IOException {
    return LuceneQueries.bm25(searcher, new SharedTermStates(), clauses, 1000, Filter.NONE);
  }

  private static List<Integer> values(NumericDocValues norms, int maxDoc) throws IOException {
    List<Integer> out = new ArrayList<>();
    for (int doc = 0; doc < maxDoc; doc++) {
      out.add(norms.advanceExact(doc) ? (int) norms.longValue() : Integer.MIN_VALUE);
    }
    return out;
  }

  private static List<Integer> docs(NumericDocValues norms) throws IOException {
    List<Integer> out = new ArrayList<>();
    for (int doc = norms.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = norms.nextDoc()) {
      out.add(doc);
    }
    return out;
  }

  /** Articles in three languages with paragraphs of 1 to 200 words, one commit (a segment) per part. */
  private static void write(Directory directory, int parts) throws IOException {
    try (IndexWriter writer = new IndexWriter(directory, config())) {
      SplittableRandom random = new SplittableRandom(7);
      for (int part = 0; part < parts; part++) {
        add(writer, part, random);
      }
    }
  }

  /** As an index opened with the setting's default: German parts fields, without norms, where the lists are. */
  private static final TextAnalysis ANALYSIS = TextAnalysis.of(Settings.WORD_LISTS.defaultValue(), null);

  private static IndexWriterConfig config() {
    // no merge, so that each commit stays a segment of its own
    return new IndexWriterConfig(ANALYSIS.perField()).setSimilarity(new BM25Similarity(1.2f, 0.75f, false))
        .setMergePolicy(NoMergePolicy.INSTANCE);
  }

  private static void add(IndexWriter writer, int part, SplittableRandom random) throws IOException {
    for (String language : List.of("en", "de", "es")) {
      for (int a = 0; a < 4; a++) {
        List<Paragraph> paragraphs = new ArrayList<>();
        for (int p = 1; p <= 5; p++) {
          paragraphs.add(new Paragraph(p, null, text(language, 1 + random.nextInt(p == 5 ? 200 : 30), random),
              language));
        }
        String id = language + "-" + part + "-" + a;
        Article article = new Article(id, "Title " + id, "Example News", "https://news.example/" + id, null,
            language, paragraphs, "hash-" + id);
        writer.addDocuments(Documents.of(article, Instant.parse("2026-12-01T08:00:00Z"),
            Collections.nCopies(paragraphs.size(), (float[]) null), "120:1764496800000", ANALYSIS));
      }
    }
    writer.commit();
  }

  private static String text(String language, int words, SplittableRandom random) {
    List<String> vocabulary = WORDS.get(language);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < words; i++) {
      out.append(i == 0 ? "" : " ").append(vocabulary.get(random.nextInt(vocabulary.size())));
    }
    return out.append('.').toString();
  }
}
