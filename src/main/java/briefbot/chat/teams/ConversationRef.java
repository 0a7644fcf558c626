package briefbot.chat.teams;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Where a conversation lives, as the Bot Framework's conversation reference: enough to post to it later without
 * being asked (the digest). Only built from activities whose token was validated.
 */
record ConversationRef(String serviceUrl, String channelId, String conversationId, String conversationType,
    String tenantId, String botId, String botName) {

  static ConversationRef of(JsonNode activity) {
    JsonNode conversation = activity.path("conversation");
    String tenant = conversation.path("tenantId").asText(activity.path("channelData").path("tenant").path("id")
        .asText(null));
    return new ConversationRef(trim(activity.path("serviceUrl").asText()), activity.path("channelId").asText("msteams"),
        conversation.path("id").asText(), conversation.path("conversationType").asText("personal"), tenant,
        activity.path("recipient").path("id").asText(), activity.path("recipient").path("name").asText("Briefbot"));
  }

  /** The conversation itself rather than one thread of a channel (whose id carries ";messageid=..."). */
  ConversationRef whole() {
    return new ConversationRef(serviceUrl, channelId, conversationId.replaceFirst(";messageid=.*$", ""),
        conversationType, tenantId, botId, botName);
  }

  private static String trim(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
