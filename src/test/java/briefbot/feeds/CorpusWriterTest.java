package briefbot.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import briefbot.corpus.Article;
import briefbot.corpus.Corpus;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusWriterTest {

  @TempDir
  Path dir;

  @Test
  void idsAreSafeSlugsStableForOneUrl() {
    String id = CorpusWriter.id("Café déjà vu: l'été à Paris!", LocalDate.of(2025, 3, 4), "https://a.example/x");
    assertThat(id).matches("2025-03-04-cafe-deja-vu-l-ete-a-paris-[0-9a-f]{10}");
    assertThat(CorpusWriter.id("Café déjà vu: l'été à Paris!", LocalDate.of(2025, 3, 4), "https://a.example/x")).isEqualTo(id);
    assertThat(CorpusWriter.id("Café déjà vu: l'été à Paris!", LocalDate.of(2025, 3, 4), "https://a.example/y")).isNotEqualTo(id);
    assertThat(CorpusWriter.id("Москва", null, "https://a.example/x")).matches("article-[0-9a-f]{10}");
    String longId = CorpusWriter.id("word ".repeat(40), null, "https://a.example/x");
    assertThat(longId).matches("(word-){11}word-[0-9a-f]{10}");
    assertThat(List.of(id, longId)).allMatch(Corpus::isValidId);
  }

  @Test
  void theFrontMatterReadsBackExactlyWhateverTheTitleHolds() {
    String title = "Quote \"this\": a # not-a-heading --- <!channel> \\ back";
    Page page = new Page(title + "\nsecond line", "Site", null, LocalDate.of(2025, 3, 4), "en",
        List.of("## Section", "First paragraph with enough words to count as text.", "Second paragraph here."), 12);
    CorpusWriter writer = new CorpusWriter(dir);
    String content = CorpusWriter.content(page, "Source: \"The\" Times", "https://a.example/x?y=1&z=2");

    Article article = Corpus.parse("x", content, "h", "x.md");

    assertThat(article.title()).isEqualTo(title + " second line");
    assertThat(article.source()).isEqualTo("Source: \"The\" Times");
    assertThat(article.url()).isEqualTo("https://a.example/x?y=1&z=2");
    assertThat(article.published()).isEqualTo(LocalDate.of(2025, 3, 4));
    assertThat(article.paragraphs()).extracting(p -> p.section() + "|" + p.text()).containsExactly(
        "Section|First paragraph with enough words to count as text.", "Section|Second paragraph here.");
  }

  @Test
  void writesAtomicallyAndSweepsOnlyOldLeftovers() throws IOException {
    CorpusWriter writer = new CorpusWriter(dir);
    writer.write("a-1", "---\ntitle: A\n---\nText.\n");
    Path old = Files.writeString(dir.resolve(".feeds-123.tmp"), "half");
    Files.setLastModifiedTime(old, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
    Path fresh = Files.writeString(dir.resolve(".feeds-456.tmp"), "being written");

    writer.sweep(Instant.now());

    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted()).containsExactly(".feeds-456.tmp", "a-1.md");
    }
    assertThat(Files.readString(dir.resolve("a-1.md"))).isEqualTo("---\ntitle: A\n---\nText.\n");
    assertThat(fresh).exists();
  }

  @Test
  void canonicalUrlsDropFragmentsTrackingAndDefaultPorts() {
    assertThat(Canonical.of(URI.create("HTTPS://News.Example:443/a/b?utm_source=x&id=7&fbclid=1#top")))
        .isEqualTo("https://news.example/a/b?id=7");
    assertThat(Canonical.of(URI.create("http://news.example"))).isEqualTo("http://news.example/");
    assertThat(Canonical.of(URI.create("http://news.example:8080/a?b=2&a=1"))).isEqualTo("http://news.example:8080/a?a=1&b=2");
  }
}
