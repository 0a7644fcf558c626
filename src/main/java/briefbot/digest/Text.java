package briefbot.digest;

import briefbot.text.Untrusted;
import java.util.regex.Pattern;

/**
 * Article text made safe to quote in a digest: it is data, so it can carry no markup, mention, link or citation
 * marker of its own into Slack or Teams (what counts as a link or a mention is {@link Untrusted}'s rule).
 */
final class Text {

  private static final Pattern MARKDOWN_LINK = Pattern.compile("\\[([^\\]\\n]*)]\\([^)\\s]*\\)");

  private Text() {}

  static String safe(String text) {
    String out = Untrusted.withoutControls(text);
    out = MARKDOWN_LINK.matcher(out).replaceAll("$1");
    out = Untrusted.defuseLinks(out, link -> "(link)");
    out = out.replace('[', '(').replace(']', ')').replace('<', '‹').replace('>', '›');
    out = Untrusted.BROADCAST.matcher(out).replaceAll("$1 $2");
    return out.replaceAll("\\s+", " ").strip();
  }
}
