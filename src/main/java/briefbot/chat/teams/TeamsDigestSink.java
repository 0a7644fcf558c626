package briefbot.chat.teams;

import briefbot.digest.Digest;
import briefbot.digest.DigestSink;
import briefbot.state.BotState;
import briefbot.state.Namespace;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
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
  private final Namespace<DigestSubscription.Choice> choices;

  TeamsDigestSink(Conversations conversations, Connector connector, BotState state) {
    this.conversations = conversations;
    this.connector = connector;
    this.state = state;
    this.choices = DigestSubscription.choices(state);
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

  /** Subscribed unless the entry says off: as a word ({@code off}, {@code false}...) or a choice that is false. */
  private boolean subscribed(String conversationId) {
    String key = DigestSubscription.key(conversationId);
    String v = state.get(DigestSubscription.NAMESPACE, key).map(String::strip).orElse("");
    if (OFF.contains(v.toLowerCase(Locale.ROOT))) {
      return false;
    }
    return !v.startsWith("{") || choices.get(key).map(DigestSubscription.Choice::wanted).orElse(true);
  }
}
