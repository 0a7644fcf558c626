package briefbot.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import briefbot.testing.Bundles;
import java.time.Clock;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every sentence Briefbot says of its own is written in each language it answers in, not English for some. */
class MessagesTest {

  @ParameterizedTest
  @ValueSource(strings = {"de", "es", "fr", "nl"})
  void eachLanguageHasEveryMessageEnglishHas(String language) {
    Properties english = Bundles.translated("/briefbot/answer/messages", language).english();
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

  @Test
  void aBadQuestionIsToldInTheLanguageAskedForAndInEnglishAsItsMessage() {
    assertThatThrownBy(() -> Question.of("?!? …")).isInstanceOfSatisfying(BadQuestion.class, e -> {
      assertThat(e.getMessage()).isEqualTo("Please ask a question in words, for example: What is Russia giving Iran?");
      assertThat(e.in("de")).isEqualTo("Bitte stellen Sie eine Frage in Worten, zum Beispiel: Was liefert Russland an"
          + " den Iran?");
      assertThat(e.in("pt")).isEqualTo(e.getMessage());
    });
    assertThatThrownBy(() -> Question.of("x".repeat(1001))).isInstanceOfSatisfying(BadQuestion.class,
        e -> assertThat(e.in("nl")).isEqualTo("Die vraag is te lang (1001 tekens); houd het onder 1000."));
    assertThatThrownBy(() -> Filters.parse("Iran colour:red", Clock.systemUTC())).isInstanceOfSatisfying(
        BadQuestion.class, e -> {
          assertThat(e.getMessage()).isEqualTo("I don't know the filter 'colour:'. " + Filters.HINT);
          assertThat(e.in("fr")).startsWith("Je ne connais pas le filtre « colour: ». Les filtres sont from:SOURCE");
        });
    assertThat(new BadQuestion("as given").in("es")).isEqualTo("as given");
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "de", "es", "fr", "nl"})
  void theWordsTheFilterHintNamesAreOnesTheFiltersRead(String language) {
    Matcher quoted = Pattern.compile("[\u201e\"\u00ab]\\s?([^\u201c\"\u00bb]+?)\\s?[\u201c\"\u00bb]")
        .matcher(Answerer.message(language, "filterHint"));
    int words = 0;
    while (quoted.find()) {
      words++;
      assertThat(Filters.parse("What happened? " + quoted.group(1), Clock.systemUTC()).filtered())
          .as(quoted.group(1)).isTrue();
    }
    assertThat(words).isEqualTo(3);
  }
}
