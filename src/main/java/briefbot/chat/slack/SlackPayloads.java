package briefbot.chat.slack;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The shape a signed Slack request must have before Bolt parses it: an event callback, a URL check, an
 * interaction payload or a slash command, with the fields Briefbot reads present and of the right kind. A request
 * of any other shape is a 400 with one log line, never an exception.
 */
final class SlackPayloads {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> HANDLED = Set.of("app_mention", "message");
  /** The fields Briefbot reads of the events it handles; each must be a string when present. */
  private static final List<String> EVENT_TEXT = List.of("type", "user", "channel", "ts", "thread_ts", "text",
      "bot_id", "subtype", "channel_type", "event_ts");
  private static final List<String> COMMAND_FIELDS = List.of("command", "user_id", "channel_id", "response_url");
  private static final Set<String> INTERACTIONS = Set.of("block_actions", "view_submission", "view_closed",
      "shortcut", "message_action", "block_suggestion", "interactive_message", "dialog_submission");

  private SlackPayloads() {}

  /** What is wrong with the body, or empty when Bolt may parse it. */
  static Optional<String> problem(String contentType, String body) {
    boolean form = contentType != null && contentType.toLowerCase(Locale.ROOT)
        .startsWith("application/x-www-form-urlencoded");
    return form ? formProblem(body) : jsonProblem(body);
  }

  private static Optional<String> jsonProblem(String body) {
    JsonNode root = json(body);
    if (root == null || !root.isObject()) {
      return Optional.of("body is not a JSON object");
    }
    String type = root.path("type").isTextual() ? root.get("type").asText() : null;
    if (type == null) {
      return Optional.of("no type");
    }
    return switch (type) {
      case "url_verification" -> root.path("challenge").isTextual() ? Optional.empty() : Optional.of("no challenge");
      case "event_callback" -> eventProblem(root);
      case "app_rate_limited" -> Optional.empty();
      default -> Optional.of("unknown type");
    };
  }

  private static Optional<String> eventProblem(JsonNode root) {
    if (!textOrAbsent(root, "event_id") || !textOrAbsent(root, "team_id") || !textOrAbsent(root, "api_app_id")) {
      return Optional.of("event_id, team_id or api_app_id is not a string");
    }
    JsonNode event = root.get("event");
    if (event == null || !event.isObject() || !event.path("type").isTextual()) {
      return Optional.of("event is not an object with a type");
    }
    if (!HANDLED.contains(event.get("type").asText())) {
      return Optional.empty(); // acknowledged and ignored by Bolt
    }
    for (String field : EVENT_TEXT) {
      if (!textOrAbsent(event, field)) {
        return Optional.of("event." + field + " is not a string");
      }
    }
    return event.path("channel").asText("").isEmpty() || event.path("ts").asText("").isEmpty()
        ? Optional.of("event without channel or ts") : Optional.empty();
  }

  private static Optional<String> formProblem(String body) {
    Map<String, String> form = form(body);
    if (form == null) {
      return Optional.of("form is not URL-encoded");
    }
    if (form.containsKey("payload")) {
      JsonNode payload = json(form.get("payload"));
      if (payload == null || !payload.isObject() || !payload.path("type").isTextual()) {
        return Optional.of("payload is not a JSON object with a type");
      }
      if (!INTERACTIONS.contains(payload.get("type").asText())) {
        return Optional.of("unknown payload type");
      }
      if ("block_actions".equals(payload.get("type").asText()) && !payload.path("actions").isArray()) {
        return Optional.of("block_actions without actions");
      }
      return payload.path("user").isObject() ? Optional.empty() : Optional.of("payload without a user");
    }
    for (String field : COMMAND_FIELDS) {
      String value = form.get(field);
      if (value == null || value.isBlank()) {
        return Optional.of("slash command without " + field);
      }
    }
    return Optional.empty();
  }

  private static boolean textOrAbsent(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isTextual();
  }

  private static JsonNode json(String text) {
    try {
      return JSON.readTree(text);
    } catch (JacksonException e) {
      return null;
    }
  }

  private static Map<String, String> form(String body) {
    Map<String, String> form = new HashMap<>();
    try {
      for (String pair : body.split("&")) {
        int eq = pair.indexOf('=');
        if (eq > 0) {
          form.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
              URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
      }
      return form;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
