package briefbot.chat.slack;

import briefbot.state.BotState;
import briefbot.state.Namespace;
import com.fasterxml.jackson.core.type.TypeReference;
import java.util.ArrayList;
import java.util.List;

/**
 * The earlier questions of each Slack thread ({@code slack.threads}, key {@code channel:thread_ts}): the context
 * of a follow-up, kept by the bot because Slack rate-limits conversations.replies to about one call a minute.
 */
final class ThreadMemory {

  static final String NAMESPACE = "slack.threads";
  static final int KEEP = 5;

  private final Namespace<List<String>> threads;

  ThreadMemory(BotState state) {
    this.threads = Namespace.of(state, NAMESPACE, new TypeReference<List<String>>() {});
  }

  static String key(String channel, String threadTs) {
    return channel + ":" + threadTs;
  }

  List<String> earlier(String key) {
    if (key == null) {
      return List.of();
    }
    return threads.get(key).orElse(List.of());
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
    threads.put(key, questions);
  }
}
