package briefbot.chat.slack;

import briefbot.answer.Answer;
import briefbot.answer.AnswerJson;
import briefbot.answer.Citation;
import briefbot.state.BotState;
import briefbot.state.Namespace;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The answers the bot has shown, by message ({@code channel:ts}) or by private answer id, in the bot state: a
 * vote records what was voted on, and "Share in channel" posts exactly what the person saw.
 */
final class AnswerStore {

  static final String NAMESPACE = "slack.answers";

  /** An answer as stored: in the answer JSON's form, of which these are the fields read back. */
  record Stored(String question, String status, String answer, String language, String composer,
      List<Citation> citations, List<Citation> closest) {

    Stored {
      citations = citations == null ? List.of() : List.copyOf(citations);
      closest = closest == null ? List.of() : List.copyOf(closest);
    }

    Answer toAnswer() {
      String lang = language == null ? "en" : language;
      if (!"answered".equals(status)) {
        return new Answer.NoEvidence(question, answer, lang, "stored", Map.of(), closest);
      }
      return new Answer.Grounded(question, answer, lang, citations, Answer.ComposedBy.ofWireName(composer), Map.of());
    }
  }

  private final BotState state;
  private final Namespace<Stored> answers;

  AnswerStore(BotState state) {
    this.state = state;
    this.answers = Namespace.of(state, NAMESPACE, Stored.class);
  }

  /** The key of an answer the bot posted as a message. */
  static String messageKey(String channel, String ts) {
    return channel + ":" + ts;
  }

  void put(String key, Answer answer) {
    // written in the answer JSON's own form, so a stored answer reads like one the API returned
    state.put(NAMESPACE, key, AnswerJson.toJson(answer));
  }

  Optional<Stored> stored(String key) {
    return answers.get(key);
  }

  Optional<Answer> get(String key) {
    return stored(key).map(Stored::toAnswer);
  }
}
