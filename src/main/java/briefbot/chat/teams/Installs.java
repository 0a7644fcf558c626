package briefbot.chat.teams;

import briefbot.state.BotState;
import com.fasterxml.jackson.databind.JsonNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the conversation references in step with where the app is installed: {@code conversationUpdate} (the bot
 * added to or removed from a team or chat) and {@code installationUpdate} (the app installed or uninstalled).
 */
final class Installs {

  private static final Logger LOG = LoggerFactory.getLogger(Installs.class);

  private final Conversations conversations;
  private final BotState state;

  Installs(Conversations conversations, BotState state) {
    this.conversations = conversations;
    this.state = state;
  }

  void onActivity(JsonNode activity, ConversationRef ref) {
    switch (activity.path("type").asText()) {
      case "conversationUpdate" -> conversationUpdate(activity, ref);
      case "installationUpdate" -> {
        String action = activity.path("action").asText("");
        if (action.startsWith("add")) {
          install(ref);
        } else if (action.startsWith("remove")) {
          uninstall(ref);
        }
      }
      default -> { }
    }
  }

  private void conversationUpdate(JsonNode activity, ConversationRef ref) {
    String botId = activity.path("recipient").path("id").asText("");
    if (names(activity.path("membersAdded"), botId)) {
      install(ref);
    }
    if (names(activity.path("membersRemoved"), botId)
        || "teamDeleted".equals(activity.path("channelData").path("eventType").asText())) {
      uninstall(ref);
    }
  }

  private static boolean names(JsonNode members, String botId) {
    for (JsonNode member : members) {
      if (!botId.isEmpty() && botId.equals(member.path("id").asText())) {
        return true;
      }
    }
    return false;
  }

  private void install(ConversationRef ref) {
    if (conversations.save(ref)) {
      LOG.info("installed in Teams conversation {} ({})", ref.conversationId(), ref.conversationType());
    }
  }

  private void uninstall(ConversationRef ref) {
    // a later reinstall starts afresh, digest included
    state.delete(DigestSubscription.NAMESPACE, DigestSubscription.key(ref.conversationId()));
    if (conversations.remove(ref.conversationId())) {
      LOG.info("removed from Teams conversation {}", ref.conversationId());
    }
  }
}
