package briefbot.chat.teams;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The shape an activity must have before Briefbot reads it (after its token was checked): an object with a type,
 * the service URL and channel, a conversation with an id, and the fields Briefbot reads of the right kind.
 */
final class Activities {

  private static final List<String> TEXT = List.of("type", "id", "serviceUrl", "channelId", "text", "replyToId",
      "name", "action", "locale");
  private static final List<String> OBJECTS = List.of("conversation", "from", "recipient", "channelData", "value");
  private static final List<String> ARRAYS = List.of("entities", "membersAdded", "membersRemoved", "attachments");

  private Activities() {}

  /** What is wrong with the activity, or empty when it may be handled. */
  static Optional<String> problem(JsonNode activity) {
    if (activity == null || !activity.isObject()) {
      return Optional.of("the body is no activity");
    }
    if (!activity.path("type").isTextual() || !activity.path("serviceUrl").isTextual()) {
      return Optional.of("an activity needs a type and a serviceUrl");
    }
    for (String field : TEXT) {
      if (!kind(activity.get(field), JsonNode::isTextual)) {
        return Optional.of(field + " is not a string");
      }
    }
    for (String field : OBJECTS) {
      if (!kind(activity.get(field), JsonNode::isObject)) {
        return Optional.of(field + " is not an object");
      }
    }
    for (String field : ARRAYS) {
      if (!kind(activity.get(field), JsonNode::isArray)) {
        return Optional.of(field + " is not a list");
      }
    }
    JsonNode conversation = activity.get("conversation");
    if (conversation != null && !kind(conversation.get("id"), JsonNode::isTextual)) {
      return Optional.of("conversation.id is not a string");
    }
    return Optional.empty();
  }

  private static boolean kind(JsonNode value, Predicate<JsonNode> ok) {
    return value == null || value.isNull() || ok.test(value);
  }
}
