package briefbot.chat.teams;

import briefbot.text.CitationMarkers;
import briefbot.text.Untrusted;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * Text crossing the Teams boundary. Inbound: the question without the @mention of the bot. Outbound: article text
 * made inert, so it can neither mention anyone, inject markup, nor turn into a link Briefbot did not make.
 */
final class TeamsText {

  private static final Pattern AT_TAG = Pattern.compile("<at[^>]*>(.*?)</at>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
  private static final Pattern CITATION = CitationMarkers.RENDERED;

  private TeamsText() {}

  /** The question of a message activity: the bot's mention removed, other mentions reduced to names, entities decoded. */
  static String question(JsonNode activity) {
    String text = activity.path("text").asText("");
    String botId = activity.path("recipient").path("id").asText("");
    for (JsonNode entity : activity.path("entities")) {
      if ("mention".equals(entity.path("type").asText()) && botId.equals(entity.path("mentioned").path("id").asText())) {
        String mention = entity.path("text").asText("");
        if (!mention.isEmpty()) {
          text = text.replace(mention, " ");
        }
      }
    }
    String botName = activity.path("recipient").path("name").asText("");
    Matcher m = AT_TAG.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      // a mention of the bot whose entity is missing still goes; other people's names stay as words
      String name = m.group(1).strip();
      m.appendReplacement(out, Matcher.quoteReplacement(name.equalsIgnoreCase(botName) ? " " : name));
    }
    m.appendTail(out);
    return Parser.unescapeEntities(out.toString(), false).replace('\u00a0', ' ').strip();
  }

  /**
   * Article or user text made safe for a Teams message or card: no control characters, no tags (so no {@code <at>}
   * mentions), no markdown link syntax, no marks of bold, italic or strikethrough ({@link Untrusted#withoutEmphasis}),
   * no line that opens as a heading, list item or quote ({@link Untrusted#withoutBlockMarks}), and every link-like
   * token (see {@link Untrusted#LINK}) shown as code, which Teams never makes clickable. Citation markers {@code [n]}
   * stay as they are.
   */
  static String inert(String text) {
    if (text == null) {
      return "";
    }
    String s = Untrusted.withoutBlockMarks(AT_TAG.matcher(Untrusted.withoutControls(text)).replaceAll("$1"))
        .replace('<', '\u2039').replace('>', '\u203a').replace('`', '\u02bb');
    StringBuilder out = new StringBuilder();
    Matcher m = CITATION.matcher(s);
    int from = 0;
    while (m.find()) {
      out.append(unbracket(s.substring(from, m.start()))).append(m.group());
      from = m.end();
    }
    out.append(unbracket(s.substring(from)));
    return Untrusted.defuseLinks(out.toString(), link -> "`" + link + "`", Untrusted::withoutEmphasis);
  }

  private static String unbracket(String s) {
    return s.replace('[', '(').replace(']', ')');
  }

  /** Text for the label of a markdown link: one line, {@link #inert}, without brackets, parentheses or markers. */
  static String label(String text) {
    String line = Untrusted.oneLine(text);
    return line == null ? "" : inert(line).replaceAll("[\\[\\]()`]", "").strip();
  }

  static String cut(String text, int max) {
    String s = text == null ? "" : text.strip();
    return s.length() <= max ? s : s.substring(0, max - 1).strip() + "\u2026";
  }
}
