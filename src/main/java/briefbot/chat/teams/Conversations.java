package briefbot.chat.teams;

import briefbot.state.BotState;
import briefbot.state.Namespace;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The conversations Briefbot is installed in, as references in the bot state ({@code teams.conversations}). */
final class Conversations {

  static final String NAMESPACE = "teams.conversations";

  private final Namespace<ConversationRef> refs;

  Conversations(BotState state) {
    this.refs = Namespace.of(state, NAMESPACE, ConversationRef.class);
  }

  /** Stores or refreshes a reference; true when it is new. */
  boolean save(ConversationRef ref) {
    Optional<ConversationRef> old = find(ref.conversationId());
    if (old.isPresent() && old.get().equals(ref)) {
      return false;
    }
    refs.put(ref.conversationId(), ref);
    return old.isEmpty();
  }

  /** Updates a stored reference whose details changed (the Connector may move a conversation to another service URL). */
  void refresh(ConversationRef ref) {
    find(ref.conversationId()).filter(old -> !old.equals(ref)).ifPresent(old -> save(ref));
  }

  boolean remove(String conversationId) {
    return refs.delete(conversationId);
  }

  Optional<ConversationRef> find(String conversationId) {
    return refs.get(conversationId);
  }

  List<ConversationRef> all() {
    return new ArrayList<>(refs.all().values());
  }
}
