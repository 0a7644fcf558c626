package briefbot.chat.teams;

import briefbot.state.BotState;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.time.Clock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "digest on" / "digest off" in a chat or channel: whether the daily digest is posted there. Installed conversations
 * get it unless they said off; a channel other than the one the team installed into can ask for it with "on".
 */
final class DigestSubscription {

  static final String NAMESPACE = "digest.subscriptions";
  private static final Pattern COMMAND = Pattern.compile("(?i)/?digest\\s+(on|off)[.!]?");

  private final Conversations conversations;
  private final BotState state;
  private final Clock clock;

  DigestSubscription(Conversations conversations, BotState state, Clock clock) {
    this.conversations = conversations;
    this.state = state;
    this.clock = clock;
  }

  /** The reply when {@code text} is a digest command, else null. */
  String handle(String text, JsonNode activity, ConversationRef ref) {
    Matcher m = COMMAND.matcher(text.strip());
    if (!m.matches()) {
      return null;
    }
    boolean on = m.group(1).equalsIgnoreCase("on");
    // a channel thread's id carries ";messageid=..."; the digest goes to the channel itself
    ConversationRef target = new ConversationRef(ref.serviceUrl(), ref.channelId(),
        ref.conversationId().replaceFirst(";messageid=.*$", ""), ref.conversationType(), ref.tenantId(),
        ref.botId(), ref.botName());
    if (on) {
      conversations.save(target);
    }
    state.put(NAMESPACE, key(target.conversationId()), JsonNodeFactory.instance.objectNode().put("subscribed", on)
        .put("by", activity.path("from").path("aadObjectId").asText(activity.path("from").path("id").asText()))
        .put("at", clock.instant().toString()).toString());
    return on ? "The daily digest will be posted here. Say \"digest off\" to stop it."
        : "This conversation will no longer get the daily digest. Say \"digest on\" to have it again.";
  }

  static String key(String conversationId) {
    return "teams:" + conversationId;
  }
}
