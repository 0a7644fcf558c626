package briefbot.chat.teams;

import briefbot.chat.watch.WatchSink;
import briefbot.state.BotState;
import briefbot.state.Namespace;
import java.io.IOException;

/**
 * Posts watch alerts proactively to the Teams conversation that asked for the watch, through the reference kept
 * when the watch was made ({@code teams.watching}), else the one of the app's installation.
 */
final class TeamsWatchSink implements WatchSink {

  static final String SURFACE = "teams";
  /** The conversation references of the watches' conversations, by conversation id. */
  static final String REFS = "teams.watching";

  private final Namespace<ConversationRef> refs;
  private final Conversations conversations;
  private final Connector connector;

  TeamsWatchSink(BotState state, Conversations conversations, Connector connector) {
    this.refs = refs(state);
    this.conversations = conversations;
    this.connector = connector;
  }

  static Namespace<ConversationRef> refs(BotState state) {
    return Namespace.of(state, REFS, ConversationRef.class);
  }

  @Override
  public String surface() {
    return SURFACE;
  }

  @Override
  public void post(Alert alert) throws IOException, InterruptedException {
    String id = alert.watch().destination();
    ConversationRef ref = refs.get(id).or(() -> conversations.find(id))
        .orElseThrow(() -> new IOException("no reference to the Teams conversation " + id));
    connector.trust(ref.serviceUrl()); // stored only from activities whose token was validated
    connector.send(ref, Messages.alert(ref, alert));
  }
}
