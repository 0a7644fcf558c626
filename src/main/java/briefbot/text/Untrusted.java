package briefbot.text;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What is dangerous in text Briefbot did not write (model output, article text and metadata, what a stranger sends):
 * links of any kind (URLs, domain-like tokens in any script or in punycode, bare IP addresses, {@code data:} and
 * {@code javascript:} addresses), mentions, markup and control characters. The rules live here once; each surface
 * (Slack mrkdwn, Teams markdown and cards, HTML) escapes in its own syntax what these rules find.
 */
public final class Untrusted {

  /** A label of a host name, in any script: letters and digits, hyphens inside. */
  private static final String LABEL = "[\\p{L}\\p{N}](?:[\\p{L}\\p{N}\\-]{0,61}[\\p{L}\\p{N}])?";
  /** A top-level domain: letters in any script, or its punycode form. */
  private static final String TLD = "(?:\\p{L}{2,63}|xn--[\\p{Alnum}\\-]{1,59})";
  /**
   * Labels joined by the dots IDNA reads as dots. The ideographic full stops also end sentences in Chinese and
   * Japanese, so they count only before a Latin top-level domain.
   */
  private static final String DOMAIN = "(?<![\\p{L}\\p{N}.\\-@])(?:(?:" + LABEL + "[.\uFF0E])+" + TLD + "|(?:" + LABEL
      + "[.\u3002\uFF0E\uFF61])+(?:[a-z]{2,63}|xn--[a-z0-9\\-]{1,59}))(?![\\p{L}\\p{N}\\-])";
  private static final String IPV4 = "(?<![\\p{N}.])(?:\\d{1,3}\\.){3}\\d{1,3}(?![\\p{N}])";
  private static final String IPV6 = "\\[[0-9A-Fa-f.]{0,4}:[0-9A-Fa-f.]{0,4}:[0-9A-Fa-f:.]{0,40}](?::\\d{1,5})?|(?<![\\p{Alnum}:])(?:[0-9A-Fa-f]{1,4}:){1,7}:"
      + "(?:[0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{1,4}){0,6})?(?![\\p{Alnum}:])|(?<![\\p{Alnum}:])::[0-9A-Fa-f]{1,4}"
      + "(?::[0-9A-Fa-f]{1,4}){0,6}(?![\\p{Alnum}:])";
  /** An address with a scheme: {@code x://...}, and the schemes that run or carry content without slashes. */
  private static final String SCHEMED = "\\b[a-z][a-z0-9+.\\-]{1,20}://\\S*"
      + "|\\b(?:javascript|vbscript|livescript):\\S*"
      + "|\\bdata:(?:[a-z\\-]+/[a-z0-9.+\\-]+|[,;])\\S*"
      + "|\\b(?:mailto|file|tel|sms|intent|blob):\\S+"
      + "|\\bwww[.\u3002\uFF0E\uFF61]\\S+";
  /** The rest of a link after its host: port, path, query, fragment (up to whitespace or a closing bracket). */
  private static final String REST = "(?::\\d{1,5})?(?:[/?#][^\\s<>\\[\\](){}\"'`]*)?";

  /** Anything a chat client or browser could turn into a link Briefbot did not make. */
  public static final Pattern LINK = Pattern.compile("(?i)" + SCHEMED + "|(?:" + DOMAIN + "|" + IPV4 + "|" + IPV6 + ")" + REST);
  /** Tags and chat markup: {@code <b>}, {@code <at>}, {@code <!channel>}, {@code <@U1>}, markdown links. */
  public static final Pattern MARKUP = Pattern.compile("<[^<>\\s][^<>]*>|<[!@#]|\\]\\([^)]*\\)");
  /** An @-mention of anyone. */
  public static final Pattern MENTION = Pattern.compile("@[\\p{L}\\p{N}_]");
  /** The mentions that notify a whole channel, with or without the markup around them. */
  public static final Pattern BROADCAST = Pattern.compile("(?i)([@!])(here|channel|everyone)\\b");
  /** Control and format characters (bidi overrides, zero-width marks), line breaks and tabs excepted. */
  public static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}&&[^\\n\\t]]");
  /** The start of a line markdown reads as a block: quote, heading, list item, rule or underline, indented code. */
  private static final Pattern BLOCK_MARK = Pattern.compile("(?m)^(?=(?: {4}|\\t)|[ \\t]*(?:[>\\uFF1E]|&gt;"
      + "|#{1,6}(?:[ \\t]|$)|[-+*](?:[ \\t]|$)|\\d{1,9}[.)](?:[ \\t]|$)|(?:[*_][ \\t]*){3,}$|[-=]+[ \\t]*$))");
  private static final Pattern ANY_CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]");
  private static final int MAX_URL = 2048;
  private static final Pattern USER_INFO = Pattern.compile("(?i)\\b([a-z][a-z0-9+.\\-]{1,20}://)[^/@\\s\"']+@");
  private static final Pattern SECRET_PARAM = Pattern.compile(
      "(?i)(?<=[?&;])((?:access_?|api_?|auth_?|client_?|id_?|refresh_?)?(?:token|key|secret|password|passwd|pwd"
          + "|signature|sig|code|credential|apikey))=[^&\\s\"'#]*");

  private Untrusted() {}

  /** Why text may not be shown as a sentence of Briefbot's (a link, a mention, markup), or empty when it may. */
  public static Optional<String> hazard(String text) {
    if (MARKUP.matcher(text).find()) {
      return Optional.of("chat markup or a mention");
    }
    if (LINK.matcher(text).find()) {
      return Optional.of("a link that is not a citation");
    }
    if (MENTION.matcher(text).find()) {
      return Optional.of("an @-mention");
    }
    return Optional.empty();
  }

  /** The text with every link-like token replaced by what {@code defuse} makes of it. */
  public static String defuseLinks(String text, Function<String, String> defuse) {
    return defuseLinks(text, defuse, UnaryOperator.identity());
  }

  /**
   * As above, the text between the links made what {@code between} makes of it (a link shown as code keeps its own
   * characters, so a copied address still works).
   */
  public static String defuseLinks(String text, Function<String, String> defuse, UnaryOperator<String> between) {
    Matcher m = LINK.matcher(text);
    StringBuilder out = new StringBuilder(text.length() + 16);
    int from = 0;
    while (m.find()) {
      out.append(between.apply(text.substring(from, m.start()))).append(defuse.apply(m.group()));
      from = m.end();
    }
    return out.append(between.apply(text.substring(from))).toString();
  }

  /**
   * The text with the marks Slack mrkdwn and Teams markdown read as bold, italic or struck through ({@code * _ ~})
   * replaced by look-alikes no markup reads ({@code \u2217 \u02cd \u223c}): neither has an escape for them
   * (Slack's documentation escapes only {@code & < >}, and a backslash shows as a backslash), and a footnote mark
   * ("Nick* en Lisette*") or a reader's {@code *word*} must show as written, not as formatting.
   */
  public static String withoutEmphasis(String text) {
    return text.replace('*', '\u2217').replace('_', '\u02cd').replace('~', '\u223c');
  }

  /**
   * The text with a soft hyphen ({@code U+00AD}, shown as nothing) put before every line that markdown or mrkdwn
   * would read by its first characters as a quote ({@code >}; Slack also reads {@code &gt;} and the full-width
   * sign), a heading ({@code # }), a list item ({@code - }, {@code + }, {@code * }, {@code 1. }, {@code 1) }), a rule
   * or a heading's underline ({@code ---}, {@code ===}) or code (indented): with a character before it the line is
   * text. Slack has no escape for them (a backslash shows as written); a German sentence opening "3. Oktober ..." or
   * a list line an article kept must show as written, not as a numbered list or a quote.
   */
  public static String withoutBlockMarks(String text) {
    return BLOCK_MARK.matcher(text).replaceAll("\u00ad");
  }

  /** The text without control and format characters; line breaks and tabs stay. */
  public static String withoutControls(String text) {
    return text == null ? null : CONTROL.matcher(text).replaceAll("");
  }

  /** Metadata as one line (a title, a source name): no control characters, every run of whitespace one space. */
  public static String oneLine(String text) {
    if (text == null) {
      return null;
    }
    String line = ANY_CONTROL.matcher(text.replaceAll("[\\r\\n\\t]", " ")).replaceAll("").replaceAll("\\s+", " ")
        .strip();
    return line.isEmpty() ? null : line;
  }

  /**
   * The URL when it is one a page may link to: absolute http(s) with a host and no user name, no whitespace or
   * control characters, at most 2,048 characters; otherwise null. Each surface still escapes it in its own syntax.
   */
  public static String webUrl(String url) {
    if (url == null || url.isEmpty() || url.length() > MAX_URL) {
      return null;
    }
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      if (Character.isWhitespace(c) || Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
          || Character.isSpaceChar(c)) {
        return null;
      }
    }
    try {
      URI uri = new URI(lenient(url));
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      boolean web = scheme.equals("http") || scheme.equals("https");
      return web && uri.getRawAuthority() != null && uri.getHost() != null && !uri.getHost().isEmpty()
          && uri.getRawUserInfo() == null ? url : null;
    } catch (URISyntaxException e) {
      return null;
    }
  }

  /** Encodes what browsers take in an address but {@link URI} refuses ({@code | < > "}..., brackets after the host). */
  private static String lenient(String url) {
    String out = url.replace("|", "%7C").replace("{", "%7B").replace("}", "%7D").replace("^", "%5E")
        .replace("<", "%3C").replace(">", "%3E").replace("\"", "%22").replace("`", "%60").replace("\\", "%5C");
    int authority = out.indexOf("://");
    int path = authority < 0 ? -1 : out.indexOf('/', authority + 3);
    return path < 0 ? out : out.substring(0, path) + out.substring(path).replace("[", "%5B").replace("]", "%5D");
  }

  /**
   * A web URL (see {@link #webUrl}) ready to be a link's target in Slack mrkdwn or in markdown: the characters that
   * would end or split the link markup ({@code ( ) [ ] | < > " `}) percent-encoded; null when it is no web URL.
   */
  public static String linkTarget(String url) {
    String web = webUrl(url);
    return web == null ? null : web.replace("(", "%28").replace(")", "%29").replace("[", "%5B").replace("]", "%5D")
        .replace("|", "%7C").replace("<", "%3C").replace(">", "%3E").replace("\"", "%22").replace("`", "%60");
  }

  /**
   * A stranger's text for a log line: its size and a short prefix with every control character, quote and
   * backslash escaped, so it can neither forge a line nor flood the log.
   */
  public static String forLog(String text) {
    if (text == null) {
      return "(none)";
    }
    return "size=" + text.length() + " prefix=\"" + escapeForLog(text, 80) + "\"";
  }

  /** Up to {@code max} characters of the text, escaped for a quoted log value ({@code \n}, {@code \"}, {@code \\u0000}). */
  public static String escapeForLog(String text, int max) {
    StringBuilder out = new StringBuilder(Math.min(text.length(), max) + 8);
    int end = Math.min(text.length(), max);
    for (int i = 0; i < end; i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        default -> {
          if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
              || Character.getType(c) == Character.LINE_SEPARATOR
              || Character.getType(c) == Character.PARAGRAPH_SEPARATOR) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    if (text.length() > max) {
      out.append('…');
    }
    return out.toString();
  }

  /** The URL with a password or token in it masked: user info, and the values of secret-looking query parameters. */
  public static String maskSecrets(String text) {
    if (text == null) {
      return null;
    }
    String masked = USER_INFO.matcher(text).replaceAll("$1***@");
    return SECRET_PARAM.matcher(masked).replaceAll("$1=***");
  }
}
