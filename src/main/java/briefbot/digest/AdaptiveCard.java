package briefbot.digest;

import briefbot.answer.Citation;
import briefbot.text.CitationMarkers;
import briefbot.text.Untrusted;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A digest as a Teams message carrying one Adaptive Card: the headline, each item with its [n] markers linked to
 * the cited paragraphs and its numbered sources under it, each linked to its paragraph on the reader page.
 */
final class AdaptiveCard {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern MARKER = CitationMarkers.RENDERED;
  private static final Pattern MARKDOWN = Pattern.compile("([*_~`#>|\\\\])");

  private AdaptiveCard() {}

  /** The body a Teams Workflows webhook takes: {@code {"type":"message","attachments":[{card}]}}. */
  static ObjectNode message(Digest digest) {
    ObjectNode message = JSON.createObjectNode().put("type", "message");
    ObjectNode attachment = message.putArray("attachments").addObject();
    attachment.put("contentType", "application/vnd.microsoft.card.adaptive");
    attachment.putNull("contentUrl");
    attachment.set("content", card(digest));
    return message;
  }

  static ObjectNode card(Digest digest) {
    ObjectNode card = JSON.createObjectNode();
    card.put("$schema", "http://adaptivecards.io/schemas/adaptive-card.json");
    card.put("type", "AdaptiveCard");
    card.put("version", "1.4");
    card.putObject("msteams").put("width", "Full");
    ArrayNode body = card.putArray("body");
    Digest.Words words = digest.words();
    card.put("lang", words.language());
    text(body, plain(digest.headline())).put("weight", "Bolder").put("size", "Medium");
    Map<Integer, String> urls = new HashMap<>();
    digest.citations().forEach(c -> urls.put(c.n(), c.url()));
    Map<Integer, Citation> byNumber = new HashMap<>();
    digest.citations().forEach(c -> byNumber.put(c.n(), c));
    Set<Integer> shown = new HashSet<>();
    int i = 1;
    for (Digest.Item item : digest.items()) {
      String reported = item.sources() > 1 ? " · " + words.reportedBy(item.sources()) : "";
      text(body, "**" + i++ + ". " + plain(item.title()) + "**" + reported).put("spacing", "Medium");
      text(body, linked(Untrusted.withoutBlockMarks(item.text()), urls));
      // each story's own sources right under it, as in Slack; one two stories share shows under both
      MARKER.matcher(item.text()).results().map(r -> Integer.parseInt(r.group(1))).distinct()
          .map(byNumber::get).filter(Objects::nonNull).forEach(c -> {
            source(body, c, words);
            shown.add(c.n());
          });
    }
    List<Citation> rest = digest.citations().stream().filter(c -> !shown.contains(c.n())).toList();
    if (!rest.isEmpty()) {
      text(body, "**" + words.labels().sources() + "**").put("spacing", "Medium").put("separator", true);
      rest.forEach(c -> source(body, c, words));
    }
    return card;
  }

  /** {@code [n] Title, Source, paragraph p} ("paragraph" in the digest's language), linked to its reader page. */
  private static void source(ArrayNode body, Citation c, Digest.Words words) {
    String source = c.source() == null ? "" : ", " + plain(c.source());
    String label = plain(c.title()) + source + ", " + words.labels().paragraph() + " " + c.paragraph();
    String url = Untrusted.linkTarget(c.url());
    text(body, "\\[" + c.n() + "\\] " + (url == null ? label : "[" + label + "](" + url + ")"))
        .put("size", "Small").put("spacing", "None");
  }

  private static ObjectNode text(ArrayNode body, String text) {
    return body.addObject().put("type", "TextBlock").put("text", text).put("wrap", true);
  }

  /** Item text with each [n] turned into a link to citation n's paragraph; the rest is shown as written. */
  private static String linked(String text, Map<Integer, String> urls) {
    StringBuilder out = new StringBuilder();
    Matcher m = MARKER.matcher(text);
    int last = 0;
    while (m.find()) {
      out.append(escape(text.substring(last, m.start())));
      String url = Untrusted.linkTarget(urls.get(Integer.parseInt(m.group(1))));
      out.append(url == null ? "" : "[\\[" + m.group(1) + "\\]](" + url + ")");
      last = m.end();
    }
    return out.append(escape(text.substring(last))).toString();
  }

  private static String escape(String safeText) {
    return MARKDOWN.matcher(safeText).replaceAll("\\\\$1");
  }

  /** Article text is data: made safe, and its markdown characters escaped. */
  private static String plain(String text) {
    return escape(Untrusted.withoutBlockMarks(Text.safe(text)));
  }
}
