package briefbot.chat;

import briefbot.config.Settings;
import briefbot.text.Phrases;
import java.util.Locale;
import java.util.Optional;

/**
 * Briefbot's replies to chat commands (help, digest on/off, watches, votes, the Slack Home tab) in one language, from
 * briefbot/chat/replies*.properties: English for a language Briefbot does not write in. The commands themselves stay
 * English words in every language.
 */
public record Replies(Phrases phrases) {

  private static final String BUNDLE = "briefbot.chat.replies";

  /** The replies in {@code language} ({@code de}); English for null or a language Briefbot does not write in. */
  public static Replies in(String language) {
    return new Replies(Phrases.of(BUNDLE, language));
  }

  /**
   * The language Briefbot writes in that a client's locale names ({@code de-DE}, {@code es_ES}, {@code nl}), if
   * it names one: the locale's language, whatever its region.
   */
  public static Optional<String> ofLocale(String locale) {
    if (locale == null || locale.isBlank()) {
      return Optional.empty();
    }
    String language = Locale.forLanguageTag(locale.strip().replace('_', '-')).getLanguage();
    return Settings.Language.of(language).map(Settings.Language::code);
  }

  public String language() {
    return phrases.language();
  }

  /** The reply under {@code key}, with {@code {0}}, {@code {1}} ... replaced by {@code values}. */
  public String get(String key, String... values) {
    return phrases.get(key, values);
  }
}
