package briefbot.chat.slack;

import briefbot.answer.Answer;
import briefbot.answer.AnswerJson;
import briefbot.answer.Citation;
import briefbot.state.BotState;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The answers the bot has shown, by message ({@code channel:ts}) or by private answer id, in the bot state: a
 * vote records what was voted on, and "Share in channel" posts exactly what the person saw.
 */
final class AnswerStore {

  static final String NAMESPACE = "slack.answers";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final BotState state;

  AnswerStore(BotState state) {
    this.state = state;
  }

  /** The key of an answer the bot posted as a message. */
  static String messageKey(String channel, String ts) {
    return channel + ":" + ts;
  }

  void put(String key, Answer answer) {
    state.put(NAMESPACE, key, AnswerJson.toJson(answer));
  }

  Optional<JsonNode> json(String key) {
    return state.get(NAMESPACE, key).map(AnswerStore::read);
  }

  Optional<Answer> get(String key) {
    return json(key).map(AnswerStore::answer);
  }

  static Answer answer(JsonNode node) {
    String question = node.path("question").asText();
    String text = node.path("answer").asText();
    String language = node.path("language").asText("en");
    if (!"answered".equals(node.path("status").asText())) {
      return new Answer.NoEvidence(question, text, language, "stored", Map.of());
    }
    List<Citation> citations = new ArrayList<>();
    for (JsonNode c : node.path("citations")) {
      citations.add(new Citation(c.path("n").asInt(), c.path("articleId").asText(), text(c, "title"),
          text(c, "source"), text(c, "language"), c.path("paragraph").asInt(), text(c, "url"),
          text(c, "originalUrl"), text(c, "text")));
    }
    return new Answer.Grounded(question, text, language, citations, node.path("composer").asText("stored"), Map.of());
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static JsonNode read(String json) {
    try {
      return JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a stored Slack answer is not JSON: " + e.getOriginalMessage(), e);
    }
  }
}
