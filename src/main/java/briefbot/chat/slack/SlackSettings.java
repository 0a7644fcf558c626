package briefbot.chat.slack;

import briefbot.config.Config;
import briefbot.config.ConfigException;
import briefbot.config.Settings;
import java.util.List;
import java.util.Set;

/** The Slack settings, read once from the config and checked: a started bot never finds a missing token later. */
record SlackSettings(
    String botToken,
    String appToken,
    String signingSecret,
    String apiUrl,
    Set<String> admins,
    List<String> digestChannels,
    int questionsPerMinute) {

  static final String FEATURE = "the Slack bot";

  /** True when the bot is meant to run: an app token (Socket Mode) or a signing secret (HTTP) is set. */
  static boolean wanted(Config config) {
    return config.isSet(Settings.SLACK_APP_TOKEN) || config.isSet(Settings.SLACK_SIGNING_SECRET);
  }

  /** The settings of a bot that receives events; fails naming the first missing or malformed setting. */
  static SlackSettings forBot(Config config) {
    String appToken = config.get(Settings.SLACK_APP_TOKEN);
    if (appToken != null && !appToken.startsWith("xapp-")) {
      throw new ConfigException(config.nameOf(Settings.SLACK_APP_TOKEN)
          + " must be an app-level token starting with xapp- (Socket Mode)");
    }
    return new SlackSettings(config.require(Settings.SLACK_BOT_TOKEN, FEATURE), appToken,
        config.get(Settings.SLACK_SIGNING_SECRET), apiUrl(config), Set.copyOf(config.get(Settings.SLACK_ADMINS)),
        digestChannels(config), config.get(Settings.SLACK_RATE_LIMIT));
  }

  /** The settings the digest needs to post: a bot token and the API address; null when no bot token is set. */
  static SlackSettings forDigest(Config config) {
    String botToken = config.get(Settings.SLACK_BOT_TOKEN);
    if (botToken == null) {
      return null;
    }
    return new SlackSettings(botToken, null, null, apiUrl(config), Set.of(), digestChannels(config),
        Settings.SLACK_RATE_LIMIT.defaultValue());
  }

  boolean socketMode() {
    return appToken != null;
  }

  boolean httpMode() {
    return signingSecret != null;
  }

  /** Bolt wants the methods prefix with its trailing slash ({@code https://slack.com/api/}). */
  private static String apiUrl(Config config) {
    String url = config.get(Settings.SLACK_API_URL);
    return url == null ? null : url + "/";
  }

  private static List<String> digestChannels(Config config) {
    List<String> channels = config.get(Settings.DIGEST_SLACK_CHANNELS);
    for (String channel : channels) {
      if (!channel.matches("[CGD][A-Z0-9]{2,}")) {
        throw new ConfigException(config.nameOf(Settings.DIGEST_SLACK_CHANNELS)
            + " must list channel ids like C0123ABCD, not '" + channel + "'");
      }
    }
    return channels;
  }

  @Override
  public String toString() {
    // Tokens and the signing secret are secrets: a logged settings record must not show them.
    return "SlackSettings[socketMode=" + socketMode() + ", httpMode=" + httpMode() + ", apiUrl=" + apiUrl + "]";
  }
}
