package briefbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import briefbot.testing.Bundles;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every sentence Briefbot says of its own is written in each language it answers in, not English for some. */
class MessagesTest {

  @ParameterizedTest
  @ValueSource(strings = {"de", "es", "fr", "nl"})
  void eachLanguageHasEveryMessageEnglishHas(String language) {
    Properties english = Bundles.read("/briefbot/answer/messages.properties");
    Properties translated = Bundles.read("/briefbot/answer/messages_" + language + ".properties");

    assertThat(translated.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
    for (String key : english.stringPropertyNames()) {
      assertThat(Answerer.message(language, key)).as(key).isNotBlank();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"de", "es", "fr", "nl"})
  void theExamplesFilterWeekIsOneTheFiltersRead(String language) {
    String examples = Answerer.message(language, "examples");
    String week = examples.substring(examples.lastIndexOf(", ") + 2);

    assertThat(Filters.parse("What happened? " + week, java.time.Clock.systemUTC()).filtered()).as(week).isTrue();
  }
}
