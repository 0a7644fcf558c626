package briefbot.chat;

import briefbot.answer.Conversation;
import briefbot.state.BotState;
import briefbot.state.Namespace;
import com.fasterxml.jackson.core.type.TypeReference;
import java.util.ArrayList;
import java.util.List;

/**
 * The questions of each conversation of one chat surface, kept in the bot state (namespace {@code slack.threads},
 * {@code teams.threads}, {@code web.conversations}): so a follow-up follows after a restart, and on another
 * instance that shares the state.
 */
public final class ConversationStore implements Conversation.Memory {

  /** The last few questions are enough to resolve the next one. */
  static final int KEEP = 5;

  private final BotState state;
  private final Namespace<List<Conversation.Turn>> turns;

  public ConversationStore(BotState state, String namespace) {
    this.state = state;
    this.turns = Namespace.of(state, namespace, new TypeReference<List<Conversation.Turn>>() {});
  }

  @Override
  public List<Conversation.Turn> turns(String key) {
    return turns.get(key).orElse(List.of());
  }

  @Override
  public synchronized void remember(String key, Conversation.Turn turn) {
    List<Conversation.Turn> kept = new ArrayList<>(turns(key));
    kept.add(turn);
    turns.put(key, kept.subList(Math.max(0, kept.size() - KEEP), kept.size()));
  }

  /** Forgets conversations untouched since {@code olderThanEpochMilli}. */
  public int prune(long olderThanEpochMilli) {
    return state.prune(turns.name(), olderThanEpochMilli);
  }
}
