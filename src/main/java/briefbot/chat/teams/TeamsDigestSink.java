package briefbot.chat.teams;

import briefbot.digest.Digest;
import briefbot.digest.DigestSink;
import briefbot.state.BotState;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Posts the digest proactively to the Teams conversations Briefbot is installed in: all of them, except those whose
 * {@code digest.subscriptions} entry ({@code teams:<conversationId>}) turns it off.
 */
final class TeamsDigestSink implements DigestSink {

  private static final Set<String> OFF = Set.of("off", "false", "no", "0", "none", "unsubscribed");

  private final Conversations conversations;
  private final Connector connector;
  private final BotState state;
  private final ObjectMapper json = new ObjectMapper();

  TeamsDigestSink(Conversations conversations, Connector connector, BotState state) {
    this.conversations = conversations;
    this.connector = connector;
    this.state = state;
  }

  @Override
  public String name() {
    return "teams";
  }

  @Override
  public List<String> destinations() {
    return conversations.all().stream().map(ConversationRef::conversationId).filter(this::subscribed).toList();
  }

  @Override
  public void post(String destination, Digest digest) throws IOException, InterruptedException {
    ConversationRef ref = conversations.find(destination)
        .orElseThrow(() -> new IOException("Briefbot is not installed in Teams conversation " + destination));
    connector.trust(ref.serviceUrl()); // stored only from activities whose token was validated
    connector.send(ref, Messages.digest(ref, digest));
  }

  private boolean subscribed(String conversationId) {
    Optional<String> value = state.get(DigestSubscription.NAMESPACE, DigestSubscription.key(conversationId));
    if (value.isEmpty() || value.get() == null) {
      return true;
    }
    String v = value.get().strip();
    if (OFF.contains(v.toLowerCase(Locale.ROOT))) {
      return false;
    }
    try {
      JsonNode node = json.readTree(v);
      return node == null || !node.isObject()
          || (node.path("subscribed").asBoolean(true) && node.path("enabled").asBoolean(true));
    } catch (IOException e) {
      return true;
    }
  }
}
