package briefbot.bench;

import static org.assertj.core.api.Assertions.assertThat;

import briefbot.corpus.Article;
import briefbot.corpus.Corpus;
import briefbot.corpus.Paragraph;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusGeneratorTest {

  @TempDir
  Path dir;

  @Test
  void writesExactlyTheParagraphsAskedForAsCorpusFilesInFiveLanguages() {
    var generated = new CorpusGenerator(Vocabulary.load(1), 1).write(dir.resolve("c"), 400, 30, line -> {});
    Corpus corpus = new Corpus(generated.dir());
    var scan = corpus.scan();
    assertThat(scan.warnings()).isEmpty();
    assertThat(scan.entries()).hasSize(generated.articles());
    List<Paragraph> paragraphs = new ArrayList<>();
    Map<String, Integer> agree = new HashMap<>();
    for (var entry : scan.entries()) {
      Article article = corpus.read(entry);
      assertThat(article.title()).isNotBlank();
      assertThat(article.source()).isNotBlank();
      paragraphs.addAll(article.paragraphs());
      String written = entry.id().substring(0, 2);
      agree.merge(written.equals(article.language()) ? "same" : "other", 1, Integer::sum);
    }
    assertThat(paragraphs).hasSize(400);
    assertThat(paragraphs).extracting(Paragraph::language).contains("en", "nl", "de", "fr", "es");
    assertThat(agree.getOrDefault("same", 0)).as("articles detected in the language they were written in")
        .isGreaterThan(generated.articles() * 9 / 10);
    double words = paragraphs.stream().mapToInt(p -> p.text().split("\\s+").length).average().orElse(0);
    assertThat(words).as("news-like paragraph length").isBetween(25.0, 90.0);
    assertThat(paragraphs).anyMatch(p -> p.text().matches(".*\\d.*"));
    assertThat(generated.questions()).hasSize(30).allMatch(q -> q.endsWith("?"));
  }

  @Test
  void isTheSameForTheSameSeedAndDiffersForAnother() throws Exception {
    var a = new CorpusGenerator(Vocabulary.load(5), 5).write(dir.resolve("a"), 60, 10, line -> {});
    var b = new CorpusGenerator(Vocabulary.load(5), 5).write(dir.resolve("b"), 60, 10, line -> {});
    var c = new CorpusGenerator(Vocabulary.load(6), 6).write(dir.resolve("c"), 60, 10, line -> {});
    assertThat(a.questions()).isEqualTo(b.questions());
    assertThat(Files.readString(first(a.dir()))).isEqualTo(Files.readString(first(b.dir())));
    assertThat(Files.readString(first(a.dir()))).isNotEqualTo(Files.readString(first(c.dir())));
  }

  private static Path first(Path dir) throws Exception {
    try (var files = Files.list(dir)) {
      return files.sorted().findFirst().orElseThrow();
    }
  }
}
