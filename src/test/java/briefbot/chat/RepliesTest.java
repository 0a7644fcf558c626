package briefbot.chat;

import static org.assertj.core.api.Assertions.assertThat;

import briefbot.config.Settings;
import briefbot.testing.Bundles;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The replies to chat commands are written in every language Briefbot writes in, with the same places to fill. */
class RepliesTest {

  /** Keys whose English is also the translation's ("{0} in {1}" in German and Dutch). */
  private static final Set<String> SAME_IN_SOME = Set.of("home.watchIn", "watch.since");

  @ParameterizedTest
  @ValueSource(strings = {"de", "es", "fr", "nl"})
  void eachLanguageHasEveryReplyEnglishHasWithTheSamePlaces(String language) {
    Bundles.Translation bundle = Bundles.translated("/briefbot/chat/replies", language);
    Properties english = bundle.english();
    Properties translated = bundle.translated();
    for (String key : english.stringPropertyNames()) {
      if (!SAME_IN_SOME.contains(key)) {
        assertThat(translated.getProperty(key)).as(key).isNotEqualTo(english.getProperty(key));
      }
    }
    // the commands are typed as the help shows them, whatever the language
    for (String help : new String[] {"teams.help", "slack.help"}) {
      assertThat(translated.getProperty(help)).as(help)
          .contains("(help, digest on, digest off, watch, watches, unwatch").contains("digest off", "watch", "unwatch");
    }
  }

  @Test
  void everyLanguageBriefbotWritesInHasItsReplies() {
    assertThat(Arrays.stream(Settings.Language.values()).map(Settings.Language::code))
        .allSatisfy(code -> assertThat(Replies.in(code).language()).isEqualTo(code));
    assertThat(Replies.in("pt").language()).isEqualTo("en");
    assertThat(Replies.in(null).get("teams.digestOn")).startsWith("The daily digest will be posted here.");
    assertThat(Replies.in("es").get("watch.stopped", "Sanciones a Rusia"))
        .isEqualTo("Ya no se sigue «Sanciones a Rusia».");
  }

  @Test
  void aClientLocaleNamesItsLanguageWhateverItsRegion() {
    assertThat(Replies.ofLocale("de-DE")).contains("de");
    assertThat(Replies.ofLocale("de-AT")).contains("de");
    assertThat(Replies.ofLocale("es_419")).contains("es");
    assertThat(Replies.ofLocale("fr-CA")).contains("fr");
    assertThat(Replies.ofLocale("NL")).contains("nl");
    assertThat(Replies.ofLocale("en-GB")).contains("en");
    assertThat(Replies.ofLocale("pt-BR")).as("a language Briefbot does not write in").isEmpty();
    assertThat(Replies.ofLocale("")).isEmpty();
    assertThat(Replies.ofLocale(null)).isEmpty();
    assertThat(Replies.ofLocale("not a locale!")).isEmpty();
  }

  @Test
  void aUsersOwnWordsAreQuotedAsTypedEvenWhenTheyLookLikeAPlace() {
    assertThat(Replies.in("en").get("watch.noTopic", "tariffs {1}", "/brief "))
        .isEqualTo("This channel has no watch \"tariffs {1}\". /brief watches lists them.");
  }
}
