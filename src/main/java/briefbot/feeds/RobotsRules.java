package briefbot.feeds;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The rules of one robots.txt for one crawler (RFC 9309): the groups naming the crawler's product token, else the
 * {@code *} groups; the longest matching Allow or Disallow wins, Allow on a tie; {@code *} and {@code $} work as
 * wildcards.
 */
final class RobotsRules {

  private record Rule(boolean allow, String pattern) {}

  /** Everything allowed (no robots.txt, or a 4xx for it). */
  static final RobotsRules ALLOW_ALL = new RobotsRules(List.of());
  /** Nothing allowed (robots.txt unreachable: the RFC says assume a complete disallow). */
  static final RobotsRules DISALLOW_ALL = new RobotsRules(List.of(new Rule(false, "/")));

  private final List<Rule> rules;

  private RobotsRules(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  /** Parses robots.txt for the crawler whose product token is {@code agent} (e.g. "briefbot"). */
  static RobotsRules parse(String text, String agent) {
    String token = agent.toLowerCase(Locale.ROOT);
    List<Rule> mine = new ArrayList<>();
    List<Rule> star = new ArrayList<>();
    boolean groupIsMine = false;
    boolean groupIsStar = false;
    boolean inAgents = false;
    boolean mineSeen = false;
    for (String raw : text.split("\\r\\n|\\r|\\n")) {
      int hash = raw.indexOf('#');
      String line = (hash >= 0 ? raw.substring(0, hash) : raw).strip();
      int colon = line.indexOf(':');
      if (colon <= 0) {
        continue;
      }
      String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
      String value = line.substring(colon + 1).strip();
      if (key.equals("user-agent")) {
        if (!inAgents) {
          groupIsMine = false;
          groupIsStar = false;
          inAgents = true;
        }
        String ua = value.toLowerCase(Locale.ROOT);
        groupIsMine |= !ua.isEmpty() && (ua.equals(token) || ua.startsWith(token + "/") || ua.contains(token));
        groupIsStar |= ua.equals("*");
        mineSeen |= groupIsMine;
      } else if (key.equals("allow") || key.equals("disallow")) {
        inAgents = false;
        if (value.isEmpty()) {
          continue;
        }
        Rule rule = new Rule(key.equals("allow"), normalize(value));
        if (groupIsMine) {
          mine.add(rule);
        }
        if (groupIsStar) {
          star.add(rule);
        }
      } else {
        inAgents = false;
      }
    }
    return new RobotsRules(mineSeen ? mine : star);
  }

  /** Whether a path with its query (e.g. {@code /news/a?id=1}) may be fetched. */
  boolean allows(String pathAndQuery) {
    String path = normalize(pathAndQuery.isEmpty() ? "/" : pathAndQuery);
    if (path.equals("/robots.txt")) {
      return true;
    }
    Rule best = null;
    for (Rule rule : rules) {
      if (matches(rule.pattern(), path)) {
        if (best == null || rule.pattern().length() > best.pattern().length()
            || (rule.pattern().length() == best.pattern().length() && rule.allow())) {
          best = rule;
        }
      }
    }
    return best == null || best.allow();
  }

  /** Matches a pattern with {@code *} (any run of characters) and a trailing {@code $} (end of path). */
  static boolean matches(String pattern, String path) {
    boolean anchored = pattern.endsWith("$");
    String p = anchored ? pattern.substring(0, pattern.length() - 1) : pattern;
    String[] parts = p.split("\\*", -1);
    if (!path.startsWith(parts[0])) {
      return false;
    }
    int at = parts[0].length();
    for (int i = 1; i < parts.length; i++) {
      boolean last = i == parts.length - 1;
      int found = last && anchored ? lastMatch(path, parts[i], at) : path.indexOf(parts[i], at);
      if (found < 0) {
        return false;
      }
      at = found + parts[i].length();
    }
    return !anchored || at == path.length();
  }

  private static int lastMatch(String path, String part, int from) {
    int found = path.length() - part.length();
    return found >= from && path.startsWith(part, found) ? found : -1;
  }

  /** Upper-cases percent escapes so {@code %2f} and {@code %2F} compare equal. */
  private static String normalize(String path) {
    StringBuilder out = new StringBuilder(path.length());
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (c == '%' && i + 2 < path.length()) {
        out.append('%').append(path.substring(i + 1, i + 3).toUpperCase(Locale.ROOT));
        i += 2;
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
