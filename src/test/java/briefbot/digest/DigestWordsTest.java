package briefbot.digest;

import static org.assertj.core.api.Assertions.assertThat;

import briefbot.config.Settings;
import briefbot.testing.Bundles;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The digest's own words are written in every language it can be set to, not English for some. */
class DigestWordsTest {

  @ParameterizedTest
  @ValueSource(strings = {"de", "es", "fr", "nl"})
  void eachLanguageHasEveryWordEnglishHas(String language) {
    Bundles.Translation bundle = Bundles.translated("/briefbot/digest/words", language);
    Properties english = bundle.english();
    Properties translated = bundle.translated();
    for (String key : english.stringPropertyNames()) {
      if (!key.equals("dayPattern")) { // French and Dutch write the day in English order
        assertThat(translated.getProperty(key)).as(key).isNotEqualTo(english.getProperty(key));
      }
    }
  }

  @Test
  void everyLanguageTheSettingTakesHasItsWords() {
    assertThat(Arrays.stream(Settings.Language.values()).map(Settings.Language::code))
        .allSatisfy(code -> assertThat(Digest.Words.in(code).language()).isEqualTo(code));
    assertThat(Digest.Words.in("pt").language()).as("a language the digest is not written in").isEqualTo("en");
  }

  @Test
  void theHeadlineCountsAndDatesInTheLanguage() {
    LocalDate day = LocalDate.of(2026, 12, 5);
    assertThat(Digest.Words.in("en").headline(day, 1, 9, "")).isEqualTo(
        "Briefing for Saturday 5 December 2026: 1 story from 9 new articles.");
    assertThat(Digest.Words.in("nl").headline(day, 4, 1, "lang:nl")).isEqualTo(
        "Overzicht van zaterdag 5 december 2026: 4 onderwerpen uit 1 nieuw artikel (lang:nl).");
    assertThat(Digest.Words.in("de").headline(day, 2, 5, "")).isEqualTo(
        "Überblick für Samstag, 5. Dezember 2026: 2 Themen aus 5 neuen Artikeln.");
    assertThat(Digest.Words.in("es").day(day)).isEqualTo("sábado 5 de diciembre de 2026");
    assertThat(Digest.Words.in("fr").reportedBy(3)).isEqualTo("rapporté par 3 sources");
    assertThat(Digest.Words.in("nl").labels().sources()).isEqualTo("Bronnen");
  }
}
