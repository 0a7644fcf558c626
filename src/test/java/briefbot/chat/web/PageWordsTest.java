package briefbot.chat.web;

import static org.assertj.core.api.Assertions.assertThat;

import briefbot.testing.Bundles;
import java.util.Properties;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The web pages are written whole in each language Briefbot answers in: no English word left in a German page. */
class PageWordsTest {

  @ParameterizedTest
  @ValueSource(strings = {"de", "es", "fr", "nl"})
  void eachLanguageHasEveryWordEnglishHasAndTheSamePlaces(String language) {
    Bundles.translated("/briefbot/web/pages", language);
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "de", "es", "fr", "nl"})
  void theChatPageHasNoSlotLeftAndSaysItsLanguage(String language) {
    String html = Assets.load().chatPage(PageWords.in(language));
    Document page = Jsoup.parse(html);

    assertThat(html).doesNotContain("{{");
    assertThat(page.selectFirst("html").attr("lang")).isEqualTo(language);
    page.select("script#words").remove(); // its words keep their {0} for the script to fill
    assertThat(page.html()).doesNotContain("{0}");
    assertThat(page.selectFirst("noscript")).isNotNull();
  }

  @Test
  void noTextInTheScriptsWordsCanCloseTheScriptElementOrOpenAComment() {
    assertThat(PageWords.scriptSafe("{\"t\":\"</script><!--\"}"))
        .isEqualTo("{\"t\":\"\\u003c/script>\\u003c!--\"}");
  }

  /** The {n} a sentence fills, in order of number: a translation must fill the same ones. */
}
