package briefbot.chat.slack;

import briefbot.answer.Answer;
import briefbot.answer.AnswerJson;
import briefbot.answer.BadQuestion;
import briefbot.answer.Conversation;
import briefbot.answer.Question;
import briefbot.chat.Pending;
import briefbot.chat.watch.Watches;
import briefbot.text.Failures;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a question asked in Slack into an answer: rate limit, question check, a "Searching…" message at once, the
 * answer in its place with {@code chat.update}, and a short apology instead of a stack trace when anything fails. A
 * mention or direct message is answered from the bot state's pending questions, so a restart loses none.
 */
final class Asking {

  /** Where an answer is delivered; {@code failed} says sorry in the same place. */
  interface Delivery {
    void answered(Answer answer);

    void failed();
  }

  private static final Logger LOG = LoggerFactory.getLogger(Asking.class);

  private final SlackCalls calls;
  private final Conversation conversation;
  private final AnswerStore answers;
  private final UserRateLimit limit;
  private final Executor io;
  private final Executor cpu;
  private final MeterRegistry meters;
  private final Pending pending;
  /** Null when watches are off. */
  private final Watches watches;
  private final UserLanguages languages;

  Asking(SlackCalls calls, Conversation conversation, AnswerStore answers, UserRateLimit limit,
      Executor io, Executor cpu, MeterRegistry meters, Pending pending, Watches watches, UserLanguages languages) {
    this.calls = calls;
    this.conversation = conversation;
    this.answers = answers;
    this.limit = limit;
    this.io = io;
    this.cpu = cpu;
    this.meters = meters;
    this.pending = pending;
    this.watches = watches;
    this.languages = languages;
  }

  /** Which language Briefbot's own words take in a reply to a user. */
  UserLanguages languages() {
    return languages;
  }

  /**
   * Answers a pending mention or direct message in the background, unless another worker (here or in another
   * process) has it: rate limit and question check the first time, a "Searching…" message that is recorded as
   * progress, then the answer in its place. Whatever fails before the answer is delivered leaves it pending.
   */
  void answerPending(String key) {
    io.execute(() -> {
      Optional<String> work;
      try {
        work = pending.take(key);
      } catch (RuntimeException e) {
        LOG.warn("slack question could not be taken up key={} error=\"{}\"", key, Failures.inWords(e));
        return;
      }
      if (work.isEmpty()) {
        return;
      }
      Asked asked = Asked.of(work.get());
      try {
        start(key, asked);
      } catch (SlackCallFailed e) { // Slack's answer says it all: no stack trace
        count(asked.surface(), "error");
        // a refusal (missing_scope, not_in_channel) would be refused again at every sweep until given up
        LOG.error("slack question failed before answering surface={} channel={}: {}; {}", asked.surface(),
            asked.channel(), e.getMessage(), e.retryLater() ? "it stays pending" : "not tried again");
        if (e.retryLater()) {
          pending.letGo(key);
        } else {
          pending.finish(key);
        }
      } catch (RuntimeException e) {
        count(asked.surface(), "error");
        LOG.error("slack question failed before answering surface={} channel={}; it stays pending", asked.surface(),
            asked.channel(), e);
        pending.letGo(key);
      }
    });
  }

  private void start(String key, Asked first) {
    Asked asked = first;
    if (asked.searchingTs() == null) {
      Optional<String> refusal = watchCommand(first).or(() -> refusal(first));
      if (refusal.isPresent()) {
        calls.post(asked.channel(), asked.replyThreadTs(), AnswerBlocks.notice(refusal.get()));
        pending.finish(key);
        return;
      }
      asked = asked.searching(calls.post(asked.channel(), asked.replyThreadTs(),
          AnswerBlocks.notice(searching(question(asked)))));
      pending.progress(key, asked.json());
    }
    Asked posted = asked;
    ask(Question.of(Mrkdwn.plain(posted.text())), posted.threadKey(), posted.surface(), new Delivery() {
      @Override
      public void answered(Answer answer) {
        deliver(key, posted, AnswerBlocks.answer(answer, null, Mrkdwn.plain(posted.text()),
            answer instanceof Answer.Reply ? List.of() : AnswerBlocks.votes(answer)), answer);
      }

      @Override
      public void failed() {
        deliver(key, posted, AnswerBlocks.notice(says(question(posted), "failed")), null);
      }
    });
  }

  /** "Searching the articles…" in the question's language, said at once while its answer is sought. */
  String searching(Question question) {
    return "_" + says(question, "searching") + "_ :mag:";
  }

  /** Briefbot's own message {@code key} in the language of {@code question}, as its answer will be. */
  String says(Question question, String key) {
    return conversation.says(question, key);
  }

  /** The question as asked, for the words said around its answer in its language (it passed the check before). */
  private static Question question(Asked asked) {
    return new Question(Mrkdwn.plain(asked.text()));
  }

  /** The reply to "@Briefbot watch TOPIC" (or watches, unwatch): a command, not a question. */
  private Optional<String> watchCommand(Asked asked) {
    String text = Mrkdwn.plain(asked.text());
    if (watches == null || !Watches.isCommand(text)) {
      return Optional.empty(); // a question: no need to look up the user's language
    }
    return watches.command(SlackBot.SURFACE, asked.channel(), asked.user(), text, "/brief ",
        languages.of(asked.user(), asked.channel(), Watches.ownWords(text))).map(Mrkdwn::escape);
  }

  /** Why a new question gets a short notice instead of an answer (rate limit, a question that is no question). */
  private Optional<String> refusal(Asked asked) {
    Optional<Duration> wait = limit.take(asked.user());
    if (wait.isPresent()) {
      count(asked.surface(), "rate_limited");
      return Optional.of(UserRateLimit.message(wait.get(), key -> says(question(asked), key)));
    }
    try {
      Question.of(Mrkdwn.plain(asked.text()));
      return Optional.empty();
    } catch (BadQuestion e) {
      count(asked.surface(), "bad_question");
      return Optional.of(Mrkdwn.escape(e.in(languages.of(asked.user(), asked.channel(),
          Mrkdwn.plain(asked.text())))));
    }
  }

  /**
   * Puts the answer (or the apology, {@code answer} null) in place of "Searching…", then marks the question answered.
   * When Slack cannot be reached the question stays pending, for the next sweep; when Slack refuses the answer the
   * caller says sorry instead, and when it refuses even that, there is nothing more to do.
   */
  private void deliver(String key, Asked asked, AnswerBlocks.Message message, Answer answer) {
    if (!pending.stillMine(key)) {
      LOG.info("slack answer not delivered: the question is no longer in hand channel={}", asked.channel());
      return;
    }
    try {
      if (answer != null) {
        answers.put(AnswerStore.messageKey(asked.channel(), asked.searchingTs()), answer);
      }
      calls.update(asked.channel(), asked.searchingTs(), message);
      pending.finish(key);
    } catch (SlackCallFailed e) {
      if (e.retryLater()) {
        pending.letGo(key);
      } else if (answer == null) {
        pending.finish(key);
      }
      throw e;
    } catch (RuntimeException e) {
      pending.letGo(key);
      throw e;
    }
  }

  /** Says sorry in place of "Searching…" for a question pending too long to answer now, and drops it. */
  void giveUp(String key) {
    io.execute(() -> {
      Optional<String> work = pending.take(key);
      if (work.isEmpty()) {
        return;
      }
      Asked asked = Asked.of(work.get());
      LOG.warn("slack question pending too long, given up surface={} channel={}", asked.surface(), asked.channel());
      try {
        if (asked.searchingTs() != null) {
          calls.update(asked.channel(), asked.searchingTs(), AnswerBlocks.notice(says(question(asked), "failed")));
        }
      } catch (RuntimeException e) {
        LOG.warn("slack apology failed channel={} error=\"{}\"", asked.channel(), e.getMessage());
      }
      pending.finish(key);
    });
  }

  /**
   * Answers on the answering threads, as a message of the conversation {@code threadKey} (null for none: its
   * follow-ups are resolved against its earlier questions), and delivers.
   */
  void ask(Question question, String threadKey, String surface, Delivery delivery) {
    cpu.execute(() -> {
      Timer.Sample sample = Timer.start(meters);
      try {
        Answer answer = conversation.ask(threadKey, question);
        delivery.answered(answer);
        count(surface, AnswerJson.status(answer));
      } catch (RuntimeException e) {
        count(surface, "error");
        LOG.error("slack answer failed surface={}", surface, e);
        try {
          delivery.failed();
        } catch (RuntimeException again) {
          LOG.warn("slack apology failed surface={} error=\"{}\"", surface, again.getMessage());
        }
      } finally {
        sample.stop(Timer.builder("briefbot.slack.answer.duration").tag("surface", surface)
            .description("Time from question to delivered answer in Slack").register(meters));
      }
    });
  }

  /** Counts a question's outcome; also used by /brief for replies that never reach the answerer. */
  void count(String surface, String status) {
    Counter.builder("briefbot.slack.questions").tag("surface", surface).tag("status", status)
        .description("Questions asked in Slack, by outcome").register(meters).increment();
  }

  UserRateLimit limit() {
    return limit;
  }

  Executor io() {
    return io;
  }
}
