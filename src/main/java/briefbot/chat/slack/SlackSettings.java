package briefbot.chat.slack;

import briefbot.config.Config;
import briefbot.config.ConfigException;
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
  private static final int DEFAULT_QUESTIONS_PER_MINUTE = 10;

  /** True when the bot is meant to run: an app token (Socket Mode) or a signing secret (HTTP) is set. */
  static boolean wanted(Config config) {
    return config.get("SLACK_APP_TOKEN") != null || config.get("SLACK_SIGNING_SECRET") != null;
  }

  /** The settings of a bot that receives events; fails naming the first missing or malformed setting. */
  static SlackSettings forBot(Config config) {
    String appToken = config.get("SLACK_APP_TOKEN");
    if (appToken != null && !appToken.startsWith("xapp-")) {
      throw new ConfigException("SLACK_APP_TOKEN must be an app-level token starting with xapp- (Socket Mode)");
    }
    return new SlackSettings(config.require("SLACK_BOT_TOKEN", FEATURE), appToken,
        config.get("SLACK_SIGNING_SECRET"), apiUrl(config), Set.copyOf(config.list("BRIEFBOT_SLACK_ADMINS")),
        digestChannels(config), questionsPerMinute(config));
  }

  /** The settings the digest needs to post: a bot token and the API address; null when no bot token is set. */
  static SlackSettings forDigest(Config config) {
    String botToken = config.get("SLACK_BOT_TOKEN");
    if (botToken == null) {
      return null;
    }
    return new SlackSettings(botToken, null, null, apiUrl(config), Set.of(), digestChannels(config),
        DEFAULT_QUESTIONS_PER_MINUTE);
  }

  boolean socketMode() {
    return appToken != null;
  }

  boolean httpMode() {
    return signingSecret != null;
  }

  /** Bolt wants the methods prefix with its trailing slash ({@code https://slack.com/api/}). */
  private static String apiUrl(Config config) {
    String url = config.url("SLACK_API_URL");
    return url == null ? null : url + "/";
  }

  private static List<String> digestChannels(Config config) {
    List<String> channels = config.list("BRIEFBOT_DIGEST_SLACK_CHANNELS");
    for (String channel : channels) {
      if (!channel.matches("[CGD][A-Z0-9]{2,}")) {
        throw new ConfigException("BRIEFBOT_DIGEST_SLACK_CHANNELS must list channel ids like C0123ABCD, not '"
            + channel + "'");
      }
    }
    return channels;
  }

  private static int questionsPerMinute(Config config) {
    String v = config.get("BRIEFBOT_SLACK_RATE_LIMIT");
    if (v == null) {
      return DEFAULT_QUESTIONS_PER_MINUTE;
    }
    try {
      int n = Integer.parseInt(v);
      if (n < 1) {
        throw new NumberFormatException();
      }
      return n;
    } catch (NumberFormatException e) {
      throw new ConfigException("BRIEFBOT_SLACK_RATE_LIMIT must be a number of questions per user per minute"
          + " (1 or more), not '" + v + "'");
    }
  }

  @Override
  public String toString() {
    // Tokens and the signing secret are secrets: a logged settings record must not show them.
    return "SlackSettings[socketMode=" + socketMode() + ", httpMode=" + httpMode() + ", apiUrl=" + apiUrl + "]";
  }
}
