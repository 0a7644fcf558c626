package briefbot.feeds;

import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRules.RobotRulesMode;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * The rules of one robots.txt for one crawler, as RFC 9309 reads them (crawler-commons): the groups naming the
 * crawler's product token, else the {@code *} groups; the longest matching Allow or Disallow wins, Allow on a tie;
 * {@code *} and {@code $} work as wildcards.
 */
final class RobotsRules {

  /** Everything allowed (no robots.txt, or a 4xx for it). */
  static final RobotsRules ALLOW_ALL = new RobotsRules(new SimpleRobotRules(RobotRulesMode.ALLOW_ALL));
  /** Nothing allowed (robots.txt unreachable: the RFC says assume a complete disallow). */
  static final RobotsRules DISALLOW_ALL = new RobotsRules(new SimpleRobotRules(RobotRulesMode.ALLOW_NONE));

  /** The rules are matched against a URL; only its path and query count, so any site will do. */
  private static final String SITE = "http://robots.invalid";

  private final SimpleRobotRules rules;

  private RobotsRules(SimpleRobotRules rules) {
    this.rules = rules;
  }

  /** Parses robots.txt for the crawler whose product token is {@code agent} (e.g. "briefbot"). */
  static RobotsRules parse(String text, String agent) {
    return new RobotsRules(new SimpleRobotRulesParser().parseContent(SITE + "/robots.txt",
        text.getBytes(StandardCharsets.UTF_8), "text/plain", List.of(agent.toLowerCase(Locale.ROOT))));
  }

  /** Whether a path with its query (e.g. {@code /news/a?id=1}) may be fetched; robots.txt itself always may. */
  boolean allows(String pathAndQuery) {
    String path = pathAndQuery.isEmpty() ? "/" : pathAndQuery;
    return path.equals("/robots.txt") || rules.isAllowed(SITE + path);
  }
}
