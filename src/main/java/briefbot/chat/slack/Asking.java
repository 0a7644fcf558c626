package briefbot.chat.slack;

import briefbot.answer.Answer;
import briefbot.answer.Answerer;
import briefbot.answer.BadQuestion;
import briefbot.answer.Question;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a question asked in Slack into an answer: rate limit, question check, a "Searching…" message at once, the
 * answer in its place with {@code chat.update}, and a short apology instead of a stack trace when anything fails.
 */
final class Asking {

  /** Where the answer goes, for mentions and direct messages. */
  record Origin(String surface, String user, String channel, String replyThreadTs, String threadKey) {}

  /** Where an answer is delivered; {@code failed} says sorry in the same place. */
  interface Delivery {
    void answered(Answer answer);

    void failed();
  }

  static final String SEARCHING = "_Searching the articles…_ :mag:";
  static final String APOLOGY = "Sorry, something went wrong while I was answering. Please try again in a moment.";
  private static final Logger LOG = LoggerFactory.getLogger(Asking.class);

  private final SlackCalls calls;
  private final Answerer answerer;
  private final ThreadMemory threads;
  private final AnswerStore answers;
  private final UserRateLimit limit;
  private final Executor io;
  private final Executor cpu;
  private final MeterRegistry meters;

  Asking(SlackCalls calls, Answerer answerer, ThreadMemory threads, AnswerStore answers, UserRateLimit limit,
      Executor io, Executor cpu, MeterRegistry meters) {
    this.calls = calls;
    this.answerer = answerer;
    this.threads = threads;
    this.answers = answers;
    this.limit = limit;
    this.io = io;
    this.cpu = cpu;
    this.meters = meters;
  }

  /**
   * Answers a mention or a direct message in the background when {@code firstTime} says it was not seen before;
   * the caller acknowledges Slack at once.
   */
  void submit(String slackText, Origin origin, BooleanSupplier firstTime) {
    io.execute(() -> {
      try {
        if (firstTime.getAsBoolean()) {
          start(slackText, origin);
        }
      } catch (RuntimeException e) {
        count(origin.surface(), "error");
        LOG.error("slack question failed before answering surface={} channel={}", origin.surface(), origin.channel(), e);
      }
    });
  }

  private void start(String slackText, Origin origin) {
    Optional<Duration> wait = limit.take(origin.user());
    if (wait.isPresent()) {
      count(origin.surface(), "rate_limited");
      calls.post(origin.channel(), origin.replyThreadTs(), AnswerBlocks.notice(UserRateLimit.message(wait.get())));
      return;
    }
    Question question;
    try {
      question = Question.of(Mrkdwn.plain(slackText));
    } catch (BadQuestion e) {
      count(origin.surface(), "bad_question");
      calls.post(origin.channel(), origin.replyThreadTs(), AnswerBlocks.notice(Mrkdwn.escape(e.getMessage())));
      return;
    }
    String ts = calls.post(origin.channel(), origin.replyThreadTs(), AnswerBlocks.notice(SEARCHING));
    ask(question, origin.threadKey(), origin.surface(), new Delivery() {
      @Override
      public void answered(Answer answer) {
        answers.put(AnswerStore.messageKey(origin.channel(), ts), answer);
        calls.update(origin.channel(), ts, AnswerBlocks.answer(answer, null, AnswerBlocks.votes()));
      }

      @Override
      public void failed() {
        calls.update(origin.channel(), ts, AnswerBlocks.notice(APOLOGY));
      }
    });
  }

  /** Answers on the answering threads (with the thread's earlier questions as context) and delivers. */
  void ask(Question question, String threadKey, String surface, Delivery delivery) {
    cpu.execute(() -> {
      Timer.Sample sample = Timer.start(meters);
      try {
        List<String> context = threads.earlier(threadKey);
        Answer answer = answerer.ask(question, context);
        threads.remember(threadKey, question.text());
        delivery.answered(answer);
        count(surface, answer instanceof Answer.Grounded ? "answered" : "no_answer");
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
