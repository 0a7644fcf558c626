package briefbot.chat.teams;

import briefbot.answer.Answer;
import briefbot.answer.Citation;
import briefbot.text.Untrusted;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The two forms of an answer's sources in Teams: the native citation entity (clickable [n] pills, AI label) and an
 * Adaptive Card that lists them with links, for clients that show no pills.
 */
final class Citations {

  static final String CARD_TYPE = "application/vnd.microsoft.card.adaptive";
  /** Teams shows at most this many citation pills; the card lists every source. */
  static final int MAX_PILLS = 20;
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private Citations() {}

  /** The schema.org Message entity: marks the message AI-generated and carries one Claim per [n] in the text. */
  static ObjectNode entity(List<Citation> citations) {
    ObjectNode entity = NODES.objectNode()
        .put("type", "https://schema.org/Message")
        .put("@type", "Message")
        .put("@context", "https://schema.org")
        .put("@id", "");
    entity.putArray("additionalType").add("AIGeneratedContent");
    ArrayNode claims = entity.putArray("citation");
    citations.stream().limit(MAX_PILLS).forEach(c -> {
      ObjectNode claim = claims.addObject().put("@type", "Claim").put("position", c.n());
      ObjectNode doc = claim.putObject("appearance")
          .put("@type", "DigitalDocument")
          .put("name", TeamsText.cut(TeamsText.label(c.title()), 80))
          .put("url", Untrusted.webUrl(c.url()))
          .put("abstract", TeamsText.cut(TeamsText.inert(c.text()), 160));
      if (c.source() != null && !c.source().isBlank()) {
        doc.putArray("keywords").add(TeamsText.cut(TeamsText.label(c.source()), 28));
      }
    });
    return entity;
  }

  /**
   * An Adaptive Card attachment listing the sources; with {@code votes} it carries Helpful / Not helpful buttons;
   * "paragraph" and the buttons in the labels' language.
   */
  static ObjectNode card(String heading, List<Citation> citations, boolean votes, Answer.Labels labels) {
    ObjectNode card = NODES.objectNode()
        .put("type", "AdaptiveCard")
        .put("$schema", "http://adaptivecards.io/schemas/adaptive-card.json")
        .put("version", "1.5");
    ArrayNode body = card.putArray("body");
    body.addObject().put("type", "TextBlock").put("text", heading).put("weight", "Bolder").put("wrap", true);
    for (Citation c : citations) {
      body.addObject().put("type", "TextBlock").put("wrap", true).put("spacing", "Small").put("text", line(c, labels));
    }
    if (votes) {
      ArrayNode actions = card.putArray("actions");
      actions.add(vote(labels.helpful(), "up"));
      actions.add(vote(labels.notHelpful(), "down"));
    }
    return NODES.objectNode().put("contentType", CARD_TYPE).set("content", card);
  }

  private static String line(Citation c, Answer.Labels labels) {
    StringBuilder s = new StringBuilder().append('[').append(c.n()).append("] ");
    String title = TeamsText.label(c.title() == null ? c.articleId() : c.title());
    String reader = Untrusted.linkTarget(c.url());
    s.append(reader == null ? title : "[" + title + "](" + reader + ")");
    if (c.source() != null && !c.source().isBlank()) {
      s.append(" \u2014 ").append(TeamsText.label(c.source()));
    }
    s.append(", ").append(labels.paragraph()).append(' ').append(c.paragraph());
    String original = Untrusted.linkTarget(c.originalUrl());
    if (original != null) {
      s.append(" \u00b7 [").append(labels.original()).append("](").append(original).append(')');
    }
    return s.toString();
  }

  private static ObjectNode vote(String title, String vote) {
    ObjectNode action = NODES.objectNode().put("type", "Action.Submit").put("title", title);
    action.putObject("data").put("briefbot", "vote").put("vote", vote);
    return action;
  }
}
