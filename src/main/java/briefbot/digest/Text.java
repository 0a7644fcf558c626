package briefbot.digest;

import java.util.regex.Pattern;

/**
 * Article text made safe to quote in a digest: it is data, so it can carry no markup, mention, link or citation
 * marker of its own into Slack or Teams.
 */
final class Text {

  private static final Pattern MARKDOWN_LINK = Pattern.compile("\\[([^\\]\\n]*)]\\([^)\\s]*\\)");
  private static final Pattern URL = Pattern.compile("(?i)\\b(?:https?://|www\\.)[^\\s)\\]>]+");
  private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}&&[^\\n\\t]]");

  private Text() {}

  static String safe(String text) {
    String out = CONTROL.matcher(text).replaceAll("");
    out = MARKDOWN_LINK.matcher(out).replaceAll("$1");
    out = URL.matcher(out).replaceAll("(link)");
    out = out.replace('[', '(').replace(']', ')').replace('<', '‹').replace('>', '›')
        .replace("@channel", "@ channel").replace("@here", "@ here").replace("@everyone", "@ everyone");
    return out.replaceAll("\\s+", " ").strip();
  }
}
