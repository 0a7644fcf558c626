package briefbot.chat.teams;

import briefbot.chat.Replies;
import briefbot.state.BotState;
import briefbot.state.Namespace;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "digest on" / "digest off" in a chat or channel: whether the daily digest is posted there. Installed conversations
 * get it unless they said off; a channel other than the one the team installed into can ask for it with "on".
 */
final class DigestSubscription {

  static final String NAMESPACE = "digest.subscriptions";
  private static final Pattern COMMAND = Pattern.compile("(?i)/?digest\\s+(on|off)[.!]?");

  /**
   * A conversation's "digest on" or "off": who said it and when. {@code enabled} is an older spelling of
   * {@code subscribed}, still read; either being false turns the digest off.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Choice(Boolean subscribed, Boolean enabled, String by, Instant at) {
    boolean wanted() {
      return !Boolean.FALSE.equals(subscribed) && !Boolean.FALSE.equals(enabled);
    }
  }

  private final Conversations conversations;
  private final Namespace<Choice> choices;
  private final Clock clock;

  DigestSubscription(Conversations conversations, BotState state, Clock clock) {
    this.conversations = conversations;
    this.choices = choices(state);
    this.clock = clock;
  }

  static Namespace<Choice> choices(BotState state) {
    return Namespace.of(state, NAMESPACE, Choice.class);
  }

  /** The reply when {@code text} is a digest command, else null. */
  String handle(String text, JsonNode activity, ConversationRef ref, Replies replies) {
    Matcher m = COMMAND.matcher(text.strip());
    if (!m.matches()) {
      return null;
    }
    boolean on = m.group(1).equalsIgnoreCase("on");
    // a channel thread's id carries ";messageid=..."; the digest goes to the channel itself
    ConversationRef target = ref.whole();
    if (on) {
      conversations.save(target);
    }
    String by = activity.path("from").path("aadObjectId").asText(activity.path("from").path("id").asText());
    choices.put(key(target.conversationId()), new Choice(on, null, by, clock.instant()));
    return replies.get(on ? "teams.digestOn" : "teams.digestOff");
  }

  static String key(String conversationId) {
    return "teams:" + conversationId;
  }
}
