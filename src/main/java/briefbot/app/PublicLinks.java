package briefbot.app;

import briefbot.config.Config;
import briefbot.config.ConfigException;
import briefbot.config.Setting;
import briefbot.config.Settings;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;

/**
 * The rule for citation links posted into Slack or Teams: they must open for the people who read them, so
 * BRIEFBOT_BASE_URL must be set to a public https address; {@code --allow-local-links} lets a trial run without one.
 */
final class PublicLinks {

  private static final List<Setting<String>> SLACK = List.of(Settings.SLACK_BOT_TOKEN, Settings.SLACK_APP_TOKEN,
      Settings.SLACK_SIGNING_SECRET);
  private static final List<Setting<String>> TEAMS = List.of(Settings.TEAMS_APP_ID, Settings.TEAMS_DIGEST_WEBHOOK_URL);
  private static final String TRY = "; to try things out without one, pass --allow-local-links";

  private PublicLinks() {}

  /** Stops start-up with one line naming BRIEFBOT_BASE_URL when a chat is configured and its links would not open. */
  static void check(Config config) {
    boolean slack = SLACK.stream().anyMatch(config::isSet);
    boolean teams = TEAMS.stream().anyMatch(config::isSet);
    if (config.get(Settings.ALLOW_LOCAL_LINKS) || !slack && !teams) {
      return;
    }
    String chat = slack && teams ? "Slack and Teams" : slack ? "Slack" : "Teams";
    String name = config.nameOf(Settings.BASE_URL);
    if (!config.isSet(Settings.BASE_URL)) {
      throw new ConfigException(name + " is not set: " + chat + " citation links need Briefbot's public "
          + "https:// address" + TRY);
    }
    String base = config.baseUrl();
    URI uri = URI.create(base);
    if (loopback(uri.getHost())) {
      throw new ConfigException(name + " is " + base + ", which opens only on this machine: " + chat
          + " citation links need Briefbot's public https:// address" + TRY);
    }
    if (!"https".equalsIgnoreCase(uri.getScheme())) {
      throw new ConfigException(name + " must be an https:// address when " + chat + " is configured (links"
          + " posted there open in people's browsers), not " + base + TRY);
    }
  }

  /** localhost, 127.x, ::1 and 0.0.0.0, written as names or addresses (never resolved: no lookup at start-up). */
  static boolean loopback(String host) {
    if (host == null) {
      return true;
    }
    String h = host.toLowerCase(Locale.ROOT).replaceAll("^\\[|]$", "");
    if (h.equals("localhost") || h.endsWith(".localhost")) {
      return true;
    }
    if (!h.matches("[0-9.]+|[0-9a-f:.]+")) {
      return false;
    }
    try {
      InetAddress address = InetAddress.getByName(h); // a literal address: parsed, not looked up
      return address.isLoopbackAddress() || address.isAnyLocalAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
