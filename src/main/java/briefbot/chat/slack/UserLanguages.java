package briefbot.chat.slack;

import briefbot.chat.Replies;
import com.github.benmanes.caffeine.cache.AsyncLoadingCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.slack.api.model.User;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which language Briefbot's own words take in a reply to one Slack user (Slack's commands and button clicks carry no
 * locale): the language of the user's Slack locale ({@code users.info} with {@code include_locale}, which needs the
 * {@code users:read} scope; cached per user) when Briefbot writes in it; failing that, the language of the
 * command's own words (a watch's topic) or of the answer clicked on; then the language of the channel's digest;
 * then English.
 */
final class UserLanguages {

  private static final Logger LOG = LoggerFactory.getLogger(UserLanguages.class);
  /** A person's locale changes seldom; a reply in yesterday's language for a while is no harm. */
  static final Duration KEEP = Duration.ofHours(12);
  /** A failed look-up (a missing scope, Slack down) is tried again after this, not at every command. */
  static final Duration KEEP_FAILED = Duration.ofMinutes(10);
  /** Slack wants a command acknowledged within 3 seconds: past this, the reply falls back and the look-up goes on. */
  static final Duration WAIT = Duration.ofMillis(1500);
  private static final int USERS = 10_000;

  /** A user's Slack locale ("es-ES"), empty when it could not be read. */
  private final AsyncLoadingCache<String, Optional<String>> locales;
  private final Function<String, String> wordsLanguage;
  private final Function<String, String> channelLanguage;

  /**
   * @param wordsLanguage the language words are written in, as the answers read it
   * @param channelLanguage the language of a channel's digest
   */
  UserLanguages(SlackCalls calls, Executor io, Function<String, String> wordsLanguage,
      Function<String, String> channelLanguage) {
    this.wordsLanguage = wordsLanguage;
    this.channelLanguage = channelLanguage;
    this.locales = Caffeine.newBuilder().maximumSize(USERS).executor(io)
        .expireAfter(Expiry.<String, Optional<String>>creating((user, locale) -> locale.isPresent() ? KEEP
            : KEEP_FAILED))
        .buildAsync(user -> locale(calls, user));
  }

  /** The language of a reply to a command; {@code ownWords} are the user's own in it (a watch's topic), or empty. */
  String of(String user, String channel, String ownWords) {
    return resolve(user, channel,
        () -> ownWords == null || ownWords.isBlank() ? null : wordsLanguage.apply(ownWords));
  }

  /** The language of a reply to a click on an answer written in {@code answerLanguage} (null: unknown). */
  String onAnswer(String user, String channel, String answerLanguage) {
    return resolve(user, channel, () -> answerLanguage);
  }

  private String resolve(String user, String channel, Supplier<String> told) {
    Optional<String> own = locale(user).flatMap(Replies::ofLocale);
    if (own.isPresent()) {
      return own.get();
    }
    String language = told.get();
    if (language == null && channel != null) {
      language = channelLanguage.apply(channel);
    }
    return Replies.in(language).language();
  }

  /** The user's Slack locale, waiting at most {@link #WAIT} for a look-up not made before. */
  Optional<String> locale(String user) {
    if (user == null || user.isBlank()) {
      return Optional.empty();
    }
    try {
      // a copy: the timeout must not complete the cached look-up itself
      return locales.get(user).copy().completeOnTimeout(Optional.empty(), WAIT.toMillis(), TimeUnit.MILLISECONDS)
          .join();
    } catch (CompletionException e) {
      return Optional.empty();
    }
  }

  private static Optional<String> locale(SlackCalls calls, String user) {
    try {
      User found = calls.call("users.info", m -> m.usersInfo(r -> r.user(user).includeLocale(true))).getUser();
      return Optional.ofNullable(found).map(User::getLocale).filter(l -> !l.isBlank());
    } catch (SlackCallFailed e) {
      LOG.info("slack user locale not read user={} error=\"{}\"; replies fall back to the words' or channel's"
          + " language", user, e.getMessage());
      return Optional.empty();
    }
  }
}
