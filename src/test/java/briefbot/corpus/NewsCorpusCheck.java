package briefbot.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Cleaning on the real news corpus (3,682 BBC and Dutch DPG articles, ../shared/datasets/news/corpus, read at run
 * time): no lead stored as a section title, no letters-page or privacy notice in a stored paragraph, no paragraph
 * over 1,500 characters. Not in the test tiers; run it by name.
 */
@Tag("benchmark")
class NewsCorpusCheck {

  private static final Path NEWS =
      Path.of(System.getProperty("briefbot.datasets", "../shared/datasets"), "news", "corpus");
  private static final List<String> NOTICES = List.of("stuur uw mening naar", "gebruikt uw persoonsgegevens",
      "privacystatement", "mail uw tekst en foto", "kijk op de site bij");

  @Test
  void cleaningHoldsOnRealNews() throws Exception {
    Assumptions.assumeTrue(Files.isDirectory(NEWS), "skipped: the news corpus is not at " + NEWS.toAbsolutePath());
    Corpus corpus = new Corpus(NEWS);
    int articles = 0;
    int paragraphs = 0;
    int sections = 0;
    int longest = 0;
    List<String> leadsAsSections = new ArrayList<>();
    List<String> notices = new ArrayList<>();
    List<String> tooLong = new ArrayList<>();
    List<String> fragments = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    for (Corpus.Entry entry : corpus.scan().entries()) {
      Article article;
      try {
        article = corpus.read(entry);
      } catch (CorpusException e) {
        skipped.add(e.getMessage());
        continue;
      }
      articles++;
      for (Paragraph p : article.paragraphs()) {
        paragraphs++;
        longest = Math.max(longest, p.text().length());
        if (p.text().length() > 1500) {
          tooLong.add(entry.id());
        }
        if (fragment(p.text(), entry.path())) {
          fragments.add(entry.id() + ": " + p.text().substring(0, Math.min(80, p.text().length())));
        }
        String lower = p.text().toLowerCase(Locale.ROOT);
        if (NOTICES.stream().anyMatch(lower::contains)) {
          notices.add(entry.id() + ": " + p.text().substring(0, Math.min(120, p.text().length())));
        }
      }
      sections += (int) article.paragraphs().stream().map(Paragraph::section).filter(s -> s != null).distinct().count();
      String lead = bbcLead(entry.path());
      if (lead != null && !article.paragraphs().get(0).text().startsWith(lead.substring(0, Math.min(40, lead.length())))) {
        leadsAsSections.add(entry.id() + ": " + lead);
      }
    }
    System.out.printf("news corpus: %d articles, %d paragraphs, %d section titles, longest paragraph %d chars%n",
        articles, paragraphs, sections, longest);
    System.out.printf("leads not stored as the first paragraph: %d; notices kept: %d; paragraphs over 1,500: %d; "
        + "paragraphs starting mid-sentence: %d%n", leadsAsSections.size(), notices.size(), tooLong.size(),
        fragments.size());
    skipped.forEach(s -> System.out.println("  skipped: " + s));
    leadsAsSections.stream().limit(10).forEach(s -> System.out.println("  lead: " + s));
    notices.stream().limit(10).forEach(s -> System.out.println("  notice: " + s));
    fragments.stream().limit(10).forEach(s -> System.out.println("  fragment: " + s));

    assertThat(leadsAsSections).isEmpty();
    assertThat(notices).isEmpty();
    assertThat(tooLong).isEmpty();
    assertThat(fragments).as("passages cut inside a quotation").isEmpty();
    // Every file is read (Latin-1 and Windows-1252 ones too); only files holding nothing but web cruft are skipped.
    assertThat(skipped).allMatch(s -> s.contains("no article text"));
  }

  /**
   * A paragraph that starts where a sentence cannot (", vindt hij": cut after a quotation closed mid-sentence),
   * unless the file's own paragraph starts so (the BBC files lost some names: "\n, who outlasted Kevin Kim").
   * A Dutch opening quote ",," starts a sentence.
   */
  private static boolean fragment(String text, Path file) throws Exception {
    if (text.isEmpty() || ",;:".indexOf(text.charAt(0)) < 0 || text.startsWith(",,")) {
      return false;
    }
    String start = text.substring(0, Math.min(40, text.length()));
    return !Files.readString(file, StandardCharsets.ISO_8859_1)
        .contains("\n" + new String(start.getBytes(StandardCharsets.UTF_8),
            StandardCharsets.ISO_8859_1));
  }

  /** A BBC file's lead: the block after the headline that the body repeats. */
  private static String bbcLead(Path file) throws Exception {
    if (!file.getFileName().toString().startsWith("bbc-")) {
      return null;
    }
    String text = Files.readString(file);
    String body = text.substring(text.indexOf("\n---", 3) + 4).strip();
    String[] blocks = body.split("\\n\\s*\\n");
    return blocks.length > 1 ? blocks[1].strip() : null;
  }
}
