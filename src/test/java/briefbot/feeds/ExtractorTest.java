package briefbot.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ExtractorTest {

  private static final URI URL = URI.create("https://news.example/world/story");

  private static Page extract(String html) {
    return Extractor.extract(html.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, URL);
  }

  @Test
  void keepsTheArticleAndDropsTheCruftAroundIt() {
    Page page = extract(Stories.html(Stories.SOLAR));

    assertThat(page.title()).isEqualTo(Stories.SOLAR.title());
    assertThat(page.siteName()).isEqualTo("Example News");
    assertThat(page.published()).isEqualTo(LocalDate.of(2025, 3, 1));
    assertThat(page.language()).isEqualTo("en");
    assertThat(page.blocks()).containsExactlyElementsOf(Stories.SOLAR.body());
  }

  @Test
  void aPageWithoutArticleUsesMainAndDropsTheSiteHeaderAndLinkLists() {
    String paragraph = "The city council voted on Tuesday to close the old bridge to cars from next spring, after "
        + "engineers found cracks in two of its supporting pillars during an inspection in the autumn.";
    Page page = extract("""
        <html lang="en"><head><title>Bridge closes | City Paper</title></head><body>
        <header><h1>City Paper</h1></header>
        <main><h2>Council decision</h2><p>%s</p><p>%s</p><p>%s</p>
        <ul><li><a href="/a">Another story about bridges</a></li><li><a href="/b">Weather</a></li></ul>
        <ul><li>Cyclists and pedestrians may still cross the bridge during the works.</li></ul></main>
        </body></html>""".formatted(paragraph, paragraph.replace("Tuesday", "Wednesday"), paragraph.replace("Tuesday", "Friday")));

    assertThat(page.title()).isEqualTo("Bridge closes | City Paper");
    assertThat(page.blocks()).containsExactly("## Council decision", paragraph, paragraph.replace("Tuesday", "Wednesday"),
        paragraph.replace("Tuesday", "Friday"),
        "Cyclists and pedestrians may still cross the bridge during the works.");
  }

  @Test
  void theOpenGraphTitleWinsOverALogoHeadingOnAPageWithoutArticle() {
    String text = "word ".repeat(90);
    Page page = extract("<html><head><meta property='og:title' content='The real headline'></head><body>"
        + "<h1>Logo</h1><p>" + text + "</p></body></html>");
    assertThat(page.title()).isEqualTo("The real headline");
  }

  @Test
  void theDeclaredCharsetIsRespected() {
    String html = "<html><head><meta charset='iso-8859-1'></head><body><article><h1>Caf\u00e9</h1><p>"
        + "Le caf\u00e9 du village a rouvert ses portes, et les habitants sont venus nombreux pour le f\u00eater. ".repeat(8)
        + "</p></article></body></html>";
    Page page = Extractor.extract(html.getBytes(StandardCharsets.ISO_8859_1), null, URL);
    assertThat(page.title()).isEqualTo("Caf\u00e9");
    assertThat(page.blocks().get(0)).startsWith("Le caf\u00e9 du village");
    assertThat(page.language()).isEqualTo("fr");
  }

  @Test
  void aCanonicalLinkIsKeptOnlyOnTheSameHost() {
    String body = "<article><p>" + "text ".repeat(100) + "</p></article>";
    assertThat(extract("<link rel=canonical href='/world/story-2'>" + body).canonical())
        .isEqualTo(URI.create("https://news.example/world/story-2"));
    assertThat(extract("<link rel=canonical href='https://elsewhere.example/x'>" + body).canonical()).isNull();
  }

  @Test
  void tooLittleTextIsNotAnArticle() {
    assertThatThrownBy(() -> extract("<html><body><nav>Home News Sport</nav><p>Page not found.</p></body></html>"))
        .isInstanceOfSatisfying(FetchException.class, e -> assertThat(e.retry()).isFalse())
        .hasMessage("not an article: only 3 words of text on the page");
  }
}
