package briefbot.corpus;

import static briefbot.corpus.ArticleFile.anArticle;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/** Reading the corpus folder: front matter, skipped files, clear errors. */
class CorpusTest {

  @TempDir
  Path dir;

  @Test
  void frontMatterGivesTheArticlesMetadata() {
    anArticle("nato-2024").title("NATO Chief: \"Perils\"").source("Reuters").url("https://example.org/a")
        .published("2024-11-07").language("en").paragraph("Rutte spoke about the alliance in Budapest today.")
        .writeTo(dir);
    Corpus corpus = new Corpus(dir);
    Article a = corpus.read(corpus.scan().entries().get(0));
    assertThat(a.id()).isEqualTo("nato-2024");
    assertThat(a.title()).isEqualTo("NATO Chief: \"Perils\"");
    assertThat(a.source()).isEqualTo("Reuters");
    assertThat(a.url()).isEqualTo("https://example.org/a");
    assertThat(a.published()).isEqualTo(LocalDate.of(2024, 11, 7));
  }

  @Test
  void articleWithoutTitleShowsItsOpeningWordsWithoutTheDateline() {
    Article a = anArticle("x").paragraph("WASHINGTON (Reuters) – Joe Biden urges U.S. national security agencies, "
        + "ahead of Donald Trump’s inauguration, to develop strategies.").parse();
    assertThat(a.displayTitle()).startsWith("Joe Biden urges U.S.").endsWith("…");
  }

  @Test
  void binaryEmptyAndOtherFilesAreSkippedWithAWarningNamingThemAndLatin1IsRead() throws Exception {
    anArticle("good").paragraph("A readable article about the summit in Lima, Peru.").writeTo(dir);
    Files.write(dir.resolve("binary.txt"), new byte[] {0x50, 0x4b, 0x03, 0x04, 0, 0, 1, 2});
    Files.writeString(dir.resolve("empty.txt"), "");
    Files.write(dir.resolve("latin1.txt"), "Le caf\u00e9 au lait co\u00fbte deux euros \u00e0 Li\u00e8ge.".getBytes("ISO-8859-1"));
    Files.writeString(dir.resolve("notes.pdf"), "ignored: not .txt or .md");
    Corpus corpus = new Corpus(dir);
    Files.writeString(dir.resolve(".hidden.html"), "a dot file: the user's tools' business");
    var entries = corpus.scan().entries();
    assertThat(entries).extracting(Corpus.Entry::id).containsExactly("binary", "empty", "good", "latin1");
    assertThat(corpus.scan().warnings()).containsExactly("skipped notes.pdf: only .txt and .md files are articles");
    assertThatThrownBy(() -> corpus.read(entries.get(0))).hasMessageContaining("binary.txt");
    assertThatThrownBy(() -> corpus.read(entries.get(1))).hasMessageContaining("empty.txt");
    assertThat(corpus.read(entries.get(3)).paragraphs()).extracting(Paragraph::text)
        .containsExactly("Le caf\u00e9 au lait co\u00fbte deux euros \u00e0 Li\u00e8ge.");
  }

  @Test
  void windows1252QuotesAreReadAndOtherBytesAreRefused() throws Exception {
    byte[] quoted = "The minister said \u201cno\u201d \u2013 twice.".getBytes("windows-1252");
    Files.write(dir.resolve("quotes.txt"), quoted);
    Files.write(dir.resolve("garbage.txt"), new byte[] {(byte) 0xC3, 0x28, 0x01, 0x02, 0x41});
    Corpus corpus = new Corpus(dir);
    var entries = corpus.scan().entries();
    assertThat(corpus.read(entries.get(1)).paragraphs()).extracting(Paragraph::text)
        .containsExactly("The minister said \u201cno\u201d \u2013 twice.");
    assertThatThrownBy(() -> corpus.read(entries.get(0))).hasMessage("garbage.txt: neither UTF-8 nor Latin-1 text");
  }

  @Test
  void badFrontMatterIsOneClearError() {
    assertThatThrownBy(() -> Corpus.parse("bad", "---\ntitle: [unclosed\n---\nText of it.\n", "h", "bad.txt"))
        .isInstanceOf(CorpusException.class).hasMessageStartingWith("bad.txt: front matter");
    assertThatThrownBy(() -> Corpus.parse("bad", "---\npublished: yesterday\n---\nText of it.\n", "h", "bad.txt"))
        .hasMessageContaining("published must be a date");
  }

  /** Issue 20, failure 7: a url that could break out of a link, and titles over several lines, never get in. */
  @Test
  void aUrlMustBeAPlainWebAddressAndTitlesAreOneLine() {
    String injected = "---\ntitle: \"Storm\\n**Injected** <at>General</at>\"\nsource: \"Wire\\u0007\\r\\nDesk\"\n"
        + "url: %s\n---\nText of it.\n";
    for (String url : new String[] {"\"https://example.org/a\\n**Injected** <at>General</at>\"", "\"https://x.org/ a\"",
        "javascript:alert(1)", "\"http://user:pw@x.org/\""}) {
      assertThatThrownBy(() -> Corpus.parse("bad", injected.formatted(url), "h", "bad.txt")).as(url)
          .isInstanceOf(CorpusException.class).hasMessageStartingWith("bad.txt: url must be an absolute http");
    }
    Article ok = Corpus.parse("ok", injected.formatted("https://example.org/a"), "h", "ok.txt");
    assertThat(ok.title()).isEqualTo("Storm **Injected** <at>General</at>");
    assertThat(ok.source()).isEqualTo("Wire Desk");
  }

  @Test
  void frontMatterLinesWithoutTheFencesAreFrontMatterNotText() {
    var article = Corpus.parse("budget", "Title: Budget talks: a deal at last\r\nSource: Example News\r\n\r\n"
        + "Ministers agreed on the budget after three days of talks in Brussels.\r\n\r\n"
        + "The deal still needs the approval of parliament next month.\r\n", "h", "budget.txt");
    assertThat(article.title()).isEqualTo("Budget talks: a deal at last");
    assertThat(article.source()).isEqualTo("Example News");
    assertThat(article.paragraphs()).extracting(Paragraph::text).noneMatch(t -> t.contains("Budget talks"))
        .first().asString().startsWith("Ministers agreed");
  }

  @Test
  void aLineThatOnlyLooksLikeFrontMatterStaysText() {
    var followed = Corpus.parse("t", "Title: not a header, the text goes on\nright below it.\n\nMore text here.\n", "h",
        "t.txt");
    assertThat(followed.title()).isNull();
    assertThat(followed.paragraphs().get(0).text()).startsWith("Title: not a header");
    var unreadable = Corpus.parse("u", "Source: [1] the ministry, whose report was read out in parliament on Monday.\n\n"
        + "The report was published on Monday by the ministry.\n", "h", "u.txt");
    assertThat(unreadable.source()).isNull();
    assertThat(unreadable.paragraphs().get(0).text()).startsWith("Source: [1]");
  }

  @Test
  void aColonInAnUnquotedTitleIsPartOfTheTitle() {
    var article = Corpus.parse("zelda", "---\ntitle: The Legend of Zelda: Twilight Princess\nlanguage: en\n---\n"
        + "Twilight Princess is an action-adventure game.\n", "h", "zelda.txt");
    assertThat(article.title()).isEqualTo("The Legend of Zelda: Twilight Princess");
    assertThat(article.language()).isEqualTo("en");
  }

  @Test
  void missingFolderIsOneClearError() {
    assertThatThrownBy(() -> new Corpus(dir.resolve("nope")).scan())
        .isInstanceOf(CorpusException.class).hasMessageContaining("corpus folder not found");
  }

  @Test
  void articleIdsAreSafeForUrlsAndFiles() {
    assertThat(Corpus.isValidId("000_a17e017304ae15f4")).isTrue();
    assertThat(Corpus.isValidId("../etc/passwd")).isFalse();
    assertThat(Corpus.isValidId("a/b")).isFalse();
    assertThat(Corpus.isValidId("")).isFalse();
  }

  @ParameterizedTest(name = "\"{0}\" is titled \"{1}\"")
  @CsvSource(delimiter = '=', value = {
      "Brits paspoort al zonder 'EU'. brexit = Brits paspoort al zonder 'EU'",
      "Waarom krijgt hij subsidie?. BRIEF VAN DE DAG = Waarom krijgt hij subsidie?",
      "Monument voor vliegtuigen. OPHEUSDEN = Monument voor vliegtuigen",
      "Fietsers. Column = Fietsers",
      "Vakbonden snel terug aan tafel. Commentaar | Hans van Soest = Vakbonden snel terug aan tafel",
      "Paul de Leeuw, wie kijkt er nog?. Het debat = Paul de Leeuw, wie kijkt er nog? Het debat",
      "Haftar rukt op naar Tripoli. Generaal eist de macht op = Haftar rukt op naar Tripoli. Generaal eist de macht op",
      ". Brieven = Brieven",
      "C. V. Raman = C. V. Raman",
      "Georg VI. (Vereinigtes Königreich) = Georg VI. (Vereinigtes Königreich)",
      "St. Louis = St. Louis",
      "Edgy Agassi struggles past Dent = Edgy Agassi struggles past Dent",
  })
  void aKickerBesideTheHeadlineIsNoPartOfTheTitle(String title, String kept) {
    Article a = anArticle("t").title(title).paragraph("The article says what happened and where it happened.").parse();
    assertThat(a.title()).isEqualTo(kept);
  }

  @Test
  void characterReferencesAScraperLeftAreReadAsTheirCharacters() {
    Article a = anArticle("viacom").title("&#163;1.8m indecency fine for Viacom").source("BBC &amp; friends")
        .paragraph("&#163;1.8m indecency fine for Viacom")
        .paragraph("Beyonc&#233; sang; Marks &amp; Spencer paid &#x20AC;5m&nbsp;in fines.")
        .paragraph("AT&T and R&D stay as written, and so do &c and &unknownname; here.").parse();
    assertThat(a.title()).isEqualTo("\u00a31.8m indecency fine for Viacom");
    assertThat(a.source()).isEqualTo("BBC & friends");
    assertThat(a.paragraphs()).extracting(Paragraph::text).containsExactly(
        "Beyonc\u00e9 sang; Marks & Spencer paid \u20ac5m in fines.",
        "AT&T and R&D stay as written, and so do &c and &unknownname; here.");
  }
}
