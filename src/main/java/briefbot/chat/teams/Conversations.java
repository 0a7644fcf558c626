package briefbot.chat.teams;

import briefbot.state.BotState;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The conversations Briefbot is installed in, as references in the bot state ({@code teams.conversations}). */
final class Conversations {

  static final String NAMESPACE = "teams.conversations";
  private static final Logger LOG = LoggerFactory.getLogger(Conversations.class);

  private final BotState state;
  private final ObjectMapper json = new ObjectMapper();

  Conversations(BotState state) {
    this.state = state;
  }

  /** Stores or refreshes a reference; true when it is new. */
  boolean save(ConversationRef ref) {
    Optional<ConversationRef> old = find(ref.conversationId());
    if (old.isPresent() && old.get().equals(ref)) {
      return false;
    }
    try {
      state.put(NAMESPACE, ref.conversationId(), json.writeValueAsString(ref));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    return old.isEmpty();
  }

  /** Updates a stored reference whose details changed (the Connector may move a conversation to another service URL). */
  void refresh(ConversationRef ref) {
    find(ref.conversationId()).filter(old -> !old.equals(ref)).ifPresent(old -> save(ref));
  }

  boolean remove(String conversationId) {
    return state.delete(NAMESPACE, conversationId);
  }

  Optional<ConversationRef> find(String conversationId) {
    return state.get(NAMESPACE, conversationId).flatMap(this::read);
  }

  List<ConversationRef> all() {
    List<ConversationRef> refs = new ArrayList<>();
    state.list(NAMESPACE).values().forEach(v -> read(v).ifPresent(refs::add));
    return refs;
  }

  private Optional<ConversationRef> read(String value) {
    try {
      return Optional.of(json.readValue(value, ConversationRef.class));
    } catch (JsonProcessingException | IllegalArgumentException e) {
      LOG.warn("ignoring an unreadable Teams conversation reference: {}", e.getMessage());
      return Optional.empty();
    }
  }
}
