package briefbot.answer;

import briefbot.corpus.LanguageDetector;
import com.fasterxml.jackson.annotation.JsonCreator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The conversation step every chat surface takes before retrieval (a Slack thread, a Teams reply chain, a web
 * session): small talk gets a short reply with example questions and no citations; a follow-up is made a question
 * that stands on its own from the conversation's last question ({@link FollowUp}), so its answer is about what it
 * asks, and an answer that would only repeat the last one says so instead.
 */
public final class Conversation {

  /** Where a conversation's questions are kept between messages (the bot state, per surface). */
  public interface Memory {
    /** The conversation's questions, oldest first; empty for an unknown key. */
    List<Turn> turns(String key);

    /** Adds a question to the conversation (keeping the last few). */
    void remember(String key, Turn turn);
  }

  /**
   * One question of a conversation: as asked, as searched (standing on its own, without filters), its language, the
   * answer's text, when it was asked, and its filters as written ({@code from:BBC lang:en}; null for none).
   */
  public record Turn(String asked, String searched, String language, String answer, long atMillis, String filters) {

    /**
     * A question as earlier versions kept it (its text only): it stays in the thread's history but is too old to
     * resolve a follow-up against.
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static Turn asked(String question) {
      return new Turn(question, question, null, null, 0, null);
    }
  }

  /** A conversation picked up after this long starts afresh: "and Iran?" a day later is a new question. */
  static final Duration GAP = Duration.ofHours(12);

  private final Answerer answerer;
  private final Memory memory;
  private final Clock clock;

  public Conversation(Answerer answerer, Memory memory, Clock clock) {
    this.answerer = answerer;
    this.memory = memory;
    this.clock = clock;
  }

  /** A conversation step for messages that belong to no conversation (the command line): small talk and all. */
  public static Conversation withoutMemory(Answerer answerer, Clock clock) {
    return new Conversation(answerer, new Memory() {
      @Override
      public List<Turn> turns(String key) {
        return List.of();
      }

      @Override
      public void remember(String key, Turn turn) {}
    }, clock);
  }

  /** Answers a message of the conversation {@code key} (null: a message outside any conversation). */
  /**
   * Briefbot's own message {@code key} (answer/messages*.properties) in the language {@code question} is written in,
   * as its answer will be: what a surface says before the answer ("Searching the articles…") or instead of it.
   */
  public String says(Question question, String key) {
    return Answerer.message(answerer.retriever().language(question.text()), key);
  }

  public Answer ask(String key, Question question) {
    return ask(key, question, null);
  }

  /**
   * Answers like {@link #ask(String, Question)}, showing the text so far to {@code partials} (may be null) while a
   * streaming composer writes it.
   */
  public Answer ask(String key, Question question, Consumer<String> partials) {
    Optional<SmallTalk.Match> talk = SmallTalk.of(question.text());
    if (talk.isPresent()) {
      return new Answer.Reply(question.text(), SmallTalk.reply(talk.get()), talk.get().language(),
          talk.get().kind(), Map.of());
    }
    String asked = SmallTalk.withoutGreeting(question.text());
    Filters.Parsed parsed;
    try {
      parsed = Filters.parse(asked, clock);
    } catch (BadQuestion e) {
      return refusal(question.text(), e.in(refusalLanguage(question.text())), "an unknown filter");
    }
    if (parsed.text().isBlank()) {
      return refusal(question.text(), Answerer.messages(refusalLanguage(question.text()))
          .get("filtersWithoutQuestion", parsed.spec()), "filters without a question");
    }
    Optional<Turn> last = key == null ? Optional.empty() : last(memory.turns(key));
    FollowUp.Resolved resolved = last.map(t -> FollowUp.resolve(t.searched(), parsed.text(), t.language()))
        .orElse(new FollowUp.Resolved(parsed.text(), false));
    // a follow-up without filters of its own keeps the ones it follows ("and China?" after "... from:BBC")
    Filters.Parsed filters = parsed.filtered() || !resolved.followUp() || last.get().filters() == null ? parsed
        : Filters.parse(last.get().filters(), clock);
    Question searched = question.withText(resolved.text());
    Answer answer = answerer.ask(searched, filters.filter(), partials);
    if (resolved.followUp() && answer instanceof Answer.Grounded && last.isPresent()
        && answer.text().equals(last.get().answer())) {
      answer = new Answer.NoEvidence(answer.question(), Answerer.message(answer.language(), "nothingNew"),
          answer.language(), "the same answer as the previous question's", answer.timingsMs());
    }
    if (key != null && !Answerer.NO_ARTICLES.equals(reason(answer))) {
      memory.remember(key, new Turn(question.text(), resolved.text(),
          LanguageDetector.detect(resolved.text(), answer.language()), answer.text(), clock.millis(),
          filters.filtered() ? filters.spec() : null));
    }
    return filters.filtered() ? withQuestion(answer, resolved.text() + " " + filters.spec()) : answer;
  }

  private static Answer refusal(String question, String text, String reason) {
    return new Answer.NoEvidence(question, text, refusalLanguage(question), reason, Map.of());
  }

  /** The language of a refusal, as its answer records it: what the question's words show, else English. */
  private static String refusalLanguage(String question) {
    return LanguageDetector.detect(question, "en");
  }

  /** The answer to the question as searched, with its filters written back ("What did Rutte say? from:BBC"). */
  private static Answer withQuestion(Answer answer, String question) {
    return switch (answer) {
      case Answer.Grounded g -> new Answer.Grounded(question, g.text(), g.language(), g.citations(), g.composer(),
          g.timingsMs(), List.of(), g.sure());
      case Answer.NoEvidence n -> new Answer.NoEvidence(question, n.text(), n.language(), n.reason(), n.timingsMs(),
          n.closest());
      case Answer.Reply r -> r;
    };
  }

  private Optional<Turn> last(List<Turn> turns) {
    if (turns.isEmpty()) {
      return Optional.empty();
    }
    Turn last = turns.get(turns.size() - 1);
    boolean recent = Instant.ofEpochMilli(last.atMillis()).plus(GAP).isAfter(clock.instant());
    return recent ? Optional.of(last) : Optional.empty();
  }

  private static String reason(Answer answer) {
    return answer instanceof Answer.NoEvidence n ? n.reason() : "";
  }
}
