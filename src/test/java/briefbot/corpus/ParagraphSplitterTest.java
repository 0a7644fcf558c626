package briefbot.corpus;

import static briefbot.corpus.ArticleFile.anArticle;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Splitting article text into citable paragraphs: headings, bullets, captions, repeated titles, cruft. */
class ParagraphSplitterTest {

  @Test
  void headingBecomesTheSectionOfTheParagraphsBelowIt() {
    Article a = anArticle("a").title("Allies meet").language("en")
        .paragraph("Allies meet")
        .paragraph("The first paragraph says who met and where they met.")
        .paragraph("Threats to Global Security")
        .paragraph("Rutte emphasised that the alliances pose significant threats to Europe.")
        .parse();
    assertThat(a.paragraphs()).extracting(Paragraph::text).containsExactly(
        "The first paragraph says who met and where they met.",
        "Rutte emphasised that the alliances pose significant threats to Europe.");
    assertThat(a.paragraphs()).extracting(Paragraph::section).containsExactly(null, "Threats to Global Security");
    assertThat(a.paragraphs()).extracting(Paragraph::number).containsExactly(1, 2);
  }

  @Test
  void bulletItemsAreKeptAsTextWithoutTheirBullets() {
    Article a = anArticle("b").language("en")
        .paragraph("Leaders met in Budapest on Thursday to talk about the war.")
        .paragraph("  • Rutte reiterated the importance of transatlantic unity.\n  • He called for ongoing support for Ukraine.")
        .parse();
    assertThat(a.paragraphs()).extracting(Paragraph::text).containsExactly(
        "Leaders met in Budapest on Thursday to talk about the war.",
        "Rutte reiterated the importance of transatlantic unity.",
        "He called for ongoing support for Ukraine.");
  }

  @Test
  void aLoneLowerCaseWordAfterTheLastSentenceIsDroppedAsScraperResidue() {
    Article a = anArticle("f").language("en")
        .paragraph("Moscow is providing Tehran with fighter jets, missile defense systems and technology. spatial.")
        .paragraph("Hulde aan de millennials die dat beter lijken te begrijpen. Reageren? economie")
        .paragraph("The order went to the U.S. military.")
        .paragraph("People chanted \"Sichuan jiayou\" (Let's go, Sichuan!) afterwards.")
        .parse();
    assertThat(a.paragraphs()).extracting(Paragraph::text).containsExactly(
        "Moscow is providing Tehran with fighter jets, missile defense systems and technology.",
        "Hulde aan de millennials die dat beter lijken te begrijpen. Reageren?",
        "The order went to the U.S. military.",
        "People chanted \"Sichuan jiayou\" (Let's go, Sichuan!) afterwards.");
  }

  @Test
  void photoCaptionAndCreditAreDropped() {
    Article a = anArticle("c").language("en")
        .paragraph("NATO wants to strengthen relations with countries on the other side of the world.")
        .paragraph("Jens Stoltenberg, Secretary General of NATO.")
        .paragraph("Photo:EFE")
        .paragraph("Thus, countries are also rushing to get closer to NATO, the minister said.")
        .parse();
    assertThat(a.paragraphs()).extracting(Paragraph::text).containsExactly(
        "NATO wants to strengthen relations with countries on the other side of the world.",
        "Thus, countries are also rushing to get closer to NATO, the minister said.");
  }

  @Test
  void oneLinePerParagraphFilesSplitOnLinesAndDropInlineCruft() {
    Article a = anArticle("d").language("nl")
        .paragraph("LIMA – President Joe Biden prees vrijdag de samenwerking tussen Zuid-Korea en Japan.\n"
            + "Aanbevolen video’s\n"
            + "Biden vierde het partnerschap tussen Japan en Zuid-Korea.\n"
            + "Santana berichtte vanuit Washington.")
        .parse();
    assertThat(a.paragraphs()).extracting(Paragraph::text).containsExactly(
        "LIMA – President Joe Biden prees vrijdag de samenwerking tussen Zuid-Korea en Japan.",
        "Biden vierde het partnerschap tussen Japan en Zuid-Korea.");
  }

  @Test
  void wrappedLinesOfOneParagraphAreJoined() {
    Article a = anArticle("e").language("en")
        .paragraph("This sentence was wrapped by an editor at a fixed width, so it\ncontinues on the next line.")
        .parse();
    assertThat(a.paragraphs()).singleElement().extracting(Paragraph::text)
        .isEqualTo("This sentence was wrapped by an editor at a fixed width, so it continues on the next line.");
  }

  @Test
  void markdownHeadingsAreSections() {
    Article a = Corpus.parse("m", "# Title here\n\nIntro paragraph of the story in full.\n\n## Background\n\n"
        + "What happened before, told in a sentence.\n", "h", "m.md");
    assertThat(a.title()).isEqualTo("Title here");
    assertThat(a.paragraphs()).extracting(Paragraph::section).containsExactly(null, "Background");
  }

  @Test
  void languageIsDetectedPerArticleAndPerParagraph() {
    Article a = anArticle("f")
        .paragraph("The minister said that the talks with the allies were useful and that they will continue.")
        .paragraph("De minister zei dat de gesprekken met de bondgenoten nuttig waren en dat ze worden voortgezet.")
        .paragraph("The next round of talks is planned for the spring, according to the ministry.")
        .parse();
    assertThat(a.language()).isEqualTo("en");
    assertThat(a.paragraphs()).extracting(Paragraph::language).containsExactly("en", "nl", "en");
  }

  @Test
  void anArticleOfOnlyCruftIsRefused() {
    assertThatThrownBy(() -> anArticle("g").paragraph("Read More").paragraph("Photo:EFE").parse())
        .isInstanceOf(CorpusException.class).hasMessageContaining("g.txt").hasMessageContaining("no article text");
  }

  @Test
  void seedArticlesKeepNoCruft() {
    Corpus corpus = new Corpus(Path.of("corpus"));
    List<String> cruft = List.of("Read More", "Photo:", "Aanbevolen", "Leave a Reply", "#countries", "Written by",
        "berichtte vanuit", "FOR TIME", "Your email address");
    for (Corpus.Entry entry : corpus.scan().entries()) {
      for (Paragraph p : corpus.read(entry).paragraphs()) {
        assertThat(cruft).as(entry.id() + " #" + p.number()).noneMatch(c -> p.text().contains(c));
        assertThat(p.text().strip()).as(entry.id() + " #" + p.number()).isNotIn("Posted", "in", "by", "Comments");
      }
    }
  }
}
