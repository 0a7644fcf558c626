package briefbot.corpus;

import static briefbot.corpus.ArticleFile.anArticle;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
  void aSentenceEndGluedToTheNextGetsItsSpaceButNamesAndAbbreviationsKeepTheirForm() {
    Article a = anArticle("g").language("en")
        .paragraph("It has an audio/headphone jack.The machine comes with Mac OS X. The U.S.Army agreed (e.g.The Times).")
        .paragraph("He saved shots in Belmarsh goal, for example).This country signs up to it in 1967.However, it waits.")
        .paragraph("He arrived on the red carpet.\"It's unlike anything,\" he said. She cited \"the best\".Then she left.")
        .paragraph("Claude Errera, editor of fansite Halo.Bungie.Org, saw bbc.co.uk, Node.js 3.5 and Mr.Benn on www.Site.Com today.")
        .parse();
    assertThat(a.paragraphs()).extracting(Paragraph::text).containsExactly(
        "It has an audio/headphone jack. The machine comes with Mac OS X. The U.S.Army agreed (e.g.The Times).",
        "He saved shots in Belmarsh goal, for example). This country signs up to it in 1967. However, it waits.",
        "He arrived on the red carpet. \"It's unlike anything,\" he said. She cited \"the best\". Then she left.",
        "Claude Errera, editor of fansite Halo.Bungie.Org, saw bbc.co.uk, Node.js 3.5 and Mr.Benn on www.Site.Com today.");
  }

  /** A stop after an abbreviation-like word that ends in capitals, or an ellipsis, glued to the next sentence. */
  @Test
  void aSentenceGluedAfterAWordEndingInCapitalsOrAnEllipsisGetsItsSpace() {
    Article a = anArticle("g3").language("de")
        .paragraph("So entschied der EuGH.Hingegen blieb die GmbH.Die Klage ging an die U.S.Army und den BGH.AZ 12.")
        .paragraph("Sie sagte, es sei das Beste...Wir vergessen das. Und dann…Die Tür ging zu. Wie ASP.NET und iOS.")
        .parse();
    assertThat(a.paragraphs()).extracting(Paragraph::text).containsExactly(
        "So entschied der EuGH. Hingegen blieb die GmbH. Die Klage ging an die U.S.Army und den BGH.AZ 12.",
        "Sie sagte, es sei das Beste... Wir vergessen das. Und dann… Die Tür ging zu. Wie ASP.NET und iOS.");
  }

  /** Each word between spaces is judged once: a dotted name's stops keep their form, the next word's get a space. */
  @Test
  void theStopsOfOneWordShareItsVerdictAndTheNextWordIsJudgedAfresh() {
    Article a = anArticle("g4").language("en")
        .paragraph("The fansite Halo.Bungie.Org.Then it closed.Next it opened.Again on www.Site.Com.Today it ended.So")
        .paragraph("Halo.Bungie.Org.Then.More.Words.Without.Spaces.At.All.Here")
        .parse();
    assertThat(a.paragraphs()).extracting(Paragraph::text).containsExactly(
        "The fansite Halo.Bungie.Org.Then it closed. Next it opened. Again on www.Site.Com.Today it ended. So",
        "Halo.Bungie.Org.Then.More.Words.Without.Spaces.At.All.Here");
  }

  @Test
  void aGluedStraightQuoteClosesOrOpensByTheQuotesBeforeItInTheWholeParagraph() {
    Article a = anArticle("g2").language("en")
        .paragraph("He said \"it is over.\"Then he left.\"We won,\" she said.\"No.\"They agreed.\"Yes.\"Fine.")
        .parse();
    assertThat(a.paragraphs()).extracting(Paragraph::text).containsExactly(
        "He said \"it is over.\" Then he left. \"We won,\" she said. \"No.\" They agreed. \"Yes.\" Fine.");
  }

  @Test
  void aSentenceCutByAParagraphBreakIsOneParagraphMarkedWhereWordsMayBeLost() {
    Article a = anArticle("h").language("en")
        .paragraph("Agassi won 6-1. Fourth seed")
        .paragraph("survived an injury scare as he battled past Mario Ancic.")
        .paragraph("Hrbaty will now play 2002 champion")
        .paragraph(", who outlasted American Kevin Kim.")
        .paragraph("The top seed and defending champion won easily.")
        .paragraph("'s route to the fourth round was made easy.")
        .paragraph("They give three key reasons:")
        .paragraph("call centres are part of their core business,")
        .paragraph("iPods have won several awards.")
        .parse();
    assertThat(a.paragraphs()).extracting(Paragraph::text).containsExactly(
        "Agassi won 6-1. Fourth seed … survived an injury scare as he battled past Mario Ancic.",
        "Hrbaty will now play 2002 champion …, who outlasted American Kevin Kim.",
        "The top seed and defending champion won easily.",
        "…'s route to the fourth round was made easy.",
        "They give three key reasons:",
        "call centres are part of their core business,",
        "iPods have won several awards.");
    assertThat(a.paragraphs()).extracting(Paragraph::number).containsExactly(1, 2, 3, 4, 5, 6, 7);
  }

  @Test
  void corpusCheckWarnsOfEachSentenceACutBreakLeftIncomplete(@TempDir Path dir) {
    anArticle("bbc-sport-480").language("en")
        .paragraph("The top seed won easily and was never troubled. Fourth seed")
        .paragraph("survived an injury scare as he battled past Mario Ancic.")
        .paragraph("'s route to the fourth round was made easy.")
        .writeTo(dir);
    Corpus corpus = new Corpus(dir);
    Corpus.Cleaning cleaning = corpus.check(corpus.scan().entries().getFirst());
    assertThat(cleaning.warnings()).containsExactly(
        "a sentence cut by a paragraph break, joined with …: \"...as never troubled. Fourth seed\" / "
            + "\"survived an injury scare as he...\"",
        "a paragraph starts mid-sentence, marked …: \"'s route to the fourth round w...\"");
    assertThat(cleaning.eventful()).isTrue();
  }

  @Test
  void aLowerCasedTextIsNotReadAsCutSentences() {
    Article a = anArticle("i").language("nl")
        .paragraph("de lampen kunt u gratis inleveren bij de winkel waar u een nieuwe koopt.,")
        .paragraph("oude lampen inleveren bij gemeente, : u kunt oude lampen ook bij de gemeente inleveren.")
        .paragraph("het vermogen is meer dan 0,5")
        .paragraph("kilowatt (kw).")
        .parse();
    assertThat(a.paragraphs()).hasSize(4).noneMatch(p -> p.text().contains("…"));
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
