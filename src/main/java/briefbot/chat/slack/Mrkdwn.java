package briefbot.chat.slack;

import briefbot.text.CitationMarkers;
import briefbot.text.Untrusted;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Slack mrkdwn in and out: text from articles and people is escaped so it can never ping, link or format, and
 * the markup Slack puts in a message (mentions, links) is turned back into the plain question that was typed.
 */
final class Mrkdwn {

  /** Slack's limit for one text object (a section's text, a context element). */
  static final int MAX_TEXT = 3000;
  private static final Pattern MARKUP = Pattern.compile("<([^<>]*)>");
  private static final String WORD_JOINER = "\u2060";

  private Mrkdwn() {}

  /**
   * Article or user text made inert in mrkdwn: control characters dropped, {@code & < >} escaped (so nothing becomes
   * {@code <!channel>}, {@code <@U..>} or a link), {@code @here}-style words broken up (some clients and settings
   * would otherwise broadcast them), every link-like token shown as code, which Slack never makes a link, and the
   * marks of bold, italic and strikethrough shown as look-alikes ({@link Untrusted#withoutEmphasis}), and a line
   * that would open as a quote ({@code &gt;} at a line's start quotes) kept a line of text
   * ({@link Untrusted#withoutBlockMarks}).
   */
  static String escape(String text) {
    if (text == null) {
      return "";
    }
    String escaped = Untrusted.withoutBlockMarks(Untrusted.withoutControls(text)).replace('`', '\u02bb')
        .replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    escaped = Untrusted.BROADCAST.matcher(escaped).replaceAll("$1" + WORD_JOINER + "$2");
    return Untrusted.defuseLinks(escaped, link -> "`" + link + "`", Untrusted::withoutEmphasis);
  }

  /** The question as the person typed it: mentions of people and the bot dropped, links shown as their text. */
  static String plain(String slackText) {
    if (slackText == null) {
      return "";
    }
    Matcher m = MARKUP.matcher(slackText);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(" " + readable(m.group(1)) + " "));
    }
    m.appendTail(out);
    return out.toString().replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
        .replaceAll("\\s+", " ").strip();
  }

  private static String readable(String inside) {
    if (inside.startsWith("@") || inside.startsWith("!")) {
      return "";
    }
    int bar = inside.indexOf('|');
    if (inside.startsWith("#")) {
      return bar < 0 ? "" : "#" + inside.substring(bar + 1);
    }
    return bar < 0 ? inside : inside.substring(bar + 1);
  }

  /** {@code <url|label>}, or just the escaped label when the URL is not a plain http(s) address. */
  static String link(String url, String label) {
    String safe = safeUrl(url);
    return safe == null ? escape(label) : "<" + safe + "|" + escape(label).replace("|", "¦") + ">";
  }

  /**
   * Escaped text with each {@code [n]} made a link to {@code urls.get(n)}, so a marker opens the paragraph it cites;
   * a marker without a usable URL stays as it is.
   */
  static String linkMarkers(String escaped, Map<Integer, String> urls) {
    return CitationMarkers.RENDERED.matcher(escaped).replaceAll(m -> {
      String url = safeUrl(urls.get(Integer.parseInt(m.group(1))));
      return Matcher.quoteReplacement(url == null ? m.group() : "<" + url + "|" + m.group() + ">");
    });
  }

  /** The numbers of the {@code [n]} markers of a text, in order of first use. */
  static List<Integer> markers(String text) {
    return CitationMarkers.RENDERED.matcher(text).results().map(m -> Integer.parseInt(m.group(1))).distinct().toList();
  }

  /** A web URL fit to be a link's target (see {@link Untrusted#linkTarget}); else null. */
  static String safeUrl(String url) {
    return Untrusted.linkTarget(url == null ? null : url.strip());
  }

  /**
   * Cuts escaped text at whitespace into pieces of at most {@code max} characters, never inside an entity or a
   * link (links hold no spaces: {@link #safeUrl} leaves none).
   */
  static List<String> split(String text, int max) {
    List<String> parts = new ArrayList<>();
    String rest = text.strip();
    while (rest.length() > max) {
      int cut = rest.lastIndexOf(' ', max);
      if (cut < max / 2) {
        cut = max;
        int amp = rest.lastIndexOf('&', cut - 1);
        if (amp >= 0 && amp > cut - 6 && rest.indexOf(';', amp) >= cut) {
          cut = amp;
        }
        int open = rest.lastIndexOf('<', cut - 1);
        if (open > 0 && rest.lastIndexOf('>', cut - 1) < open) {
          cut = open;
        }
      }
      parts.add(Untrusted.withoutBlockMarks(rest.substring(0, cut).strip()));
      rest = rest.substring(cut).strip();
    }
    if (!rest.isEmpty()) {
      // each part starts a section: a cut before "&gt;" must not open a quote
      parts.add(Untrusted.withoutBlockMarks(rest));
    }
    return parts;
  }

  /** Shortens text to at most {@code max} characters, ending with an ellipsis when cut. */
  static String cut(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    String head = text.substring(0, max - 1);
    int amp = head.lastIndexOf('&');
    if (amp >= 0 && head.indexOf(';', amp) < 0) {
      head = head.substring(0, amp);
    }
    return head + "…";
  }
}
