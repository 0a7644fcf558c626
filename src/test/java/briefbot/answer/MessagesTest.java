package briefbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every sentence Briefbot says of its own is written in each language it answers in, not English for some. */
class MessagesTest {

  @ParameterizedTest
  @ValueSource(strings = {"de", "es", "fr", "nl"})
  void eachLanguageHasEveryMessageEnglishHas(String language) {
    Properties english = read("messages.properties");
    Properties translated = read("messages_" + language + ".properties");

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

  private static Properties read(String name) {
    try (InputStream in = MessagesTest.class.getResourceAsStream("/briefbot/answer/" + name)) {
      Properties p = new Properties();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
