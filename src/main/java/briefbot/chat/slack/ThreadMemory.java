package briefbot.chat.slack;

import briefbot.state.BotState;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;

/**
 * The earlier questions of each Slack thread ({@code slack.threads}, key {@code channel:thread_ts}): the context
 * of a follow-up, kept by the bot because Slack rate-limits conversations.replies to about one call a minute.
 */
final class ThreadMemory {

  static final String NAMESPACE = "slack.threads";
  static final int KEEP = 5;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final BotState state;

  ThreadMemory(BotState state) {
    this.state = state;
  }

  static String key(String channel, String threadTs) {
    return channel + ":" + threadTs;
  }

  List<String> earlier(String key) {
    if (key == null) {
      return List.of();
    }
    return state.get(NAMESPACE, key).map(ThreadMemory::read).orElse(List.of());
  }

  /** Adds a question to its thread, keeping the last few. */
  synchronized void remember(String key, String question) {
    if (key == null) {
      return;
    }
    List<String> questions = new ArrayList<>(earlier(key));
    questions.add(question);
    if (questions.size() > KEEP) {
      questions = questions.subList(questions.size() - KEEP, questions.size());
    }
    try {
      state.put(NAMESPACE, key, JSON.writeValueAsString(questions));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> read(String json) {
    try {
      return JSON.readValue(json, new TypeReference<List<String>>() {});
    } catch (JsonProcessingException e) {
      return List.of();
    }
  }
}
