package briefbot.chat.teams;

import briefbot.answer.Answer;
import briefbot.answer.AnswerJson;
import briefbot.answer.Answerer;
import briefbot.answer.BadQuestion;
import briefbot.answer.Conversation;
import briefbot.answer.Question;
import briefbot.chat.Replies;
import briefbot.chat.watch.Watches;
import briefbot.state.Namespace;
import briefbot.text.Failures;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;

/** Answers a message activity in its conversation: typing, search, the cited reply; card votes are recorded. */
final class Dialog {

  private static final Logger LOG = LoggerFactory.getLogger(Dialog.class);
  static final int SEND_ATTEMPTS = 4;
  private static final Duration FIRST_RETRY = Duration.ofSeconds(1);

  private final Conversation conversation;
  private final Connector connector;
  private final Votes votes;
  private final DigestSubscription subscription;
  private final MeterRegistry metrics;
  /** Null when watches are off. */
  private final Watches watches;
  private final Namespace<ConversationRef> watching;

  Dialog(Conversation conversation, Connector connector, Votes votes, DigestSubscription subscription,
      MeterRegistry metrics, Watches watches, Namespace<ConversationRef> watching) {
    this.conversation = conversation;
    this.connector = connector;
    this.votes = votes;
    this.subscription = subscription;
    this.metrics = metrics;
    this.watches = watches;
    this.watching = watching;
  }

  /** Answers the message; false when the reply could not be sent but may be later (it is then tried again). */
  boolean onMessage(JsonNode activity, ConversationRef ref) throws InterruptedException {
    var vote = Votes.of(activity);
    if (vote.isPresent()) {
      votes.record(activity, vote.get());
      return true;
    }
    Timer.Sample sample = Timer.start(metrics);
    String status;
    ObjectNode reply;
    String text = "";
    String language = language(activity);
    try {
      text = TeamsText.question(activity);
      if (text.matches("(?i)/?help[.!?]?")) {
        return send(activity, ref, Messages.text(ref, help(language)), "help");
      }
      String watched = watch(text, activity, ref, language);
      if (watched != null) {
        return send(activity, ref, Messages.text(ref, watched), "watch_command");
      }
      String subscribed = subscription.handle(text, activity, ref, Replies.in(language));
      if (subscribed != null) {
        return send(activity, ref, Messages.text(ref, subscribed), "digest_command");
      }
      Question question = Question.of(text);
      typing(ref);
      // a reply chain (a channel thread, a chat) is one conversation: its follow-ups follow
      Answer answer = conversation.ask(ref.conversationId(), question);
      status = AnswerJson.status(answer);
      reply = Messages.answer(ref, answer, question.text());
    } catch (BadQuestion e) {
      status = "bad_question";
      reply = Messages.text(ref, e.in(language));
    } catch (RuntimeException e) {
      LOG.error("answering a Teams message failed", e);
      status = "failed";
      reply = Messages.text(ref, conversation.says(new Question(text), "failed"));
    }
    boolean sent = send(activity, ref, reply, status);
    sample.stop(metrics.timer("briefbot.teams.reply", "status", status));
    return sent;
  }

  /**
   * The language of Briefbot's own words in the reply to {@code activity}: the one its {@code locale} (the user's
   * Teams client language, "de-DE") names, or failing that its {@code clientInfo} entity's, when Briefbot writes in
   * it; else English. An answer follows its question's language instead.
   */
  static String language(JsonNode activity) {
    Optional<String> own = Replies.ofLocale(activity.path("locale").asText(null));
    if (own.isPresent()) {
      return own.get();
    }
    for (JsonNode entity : activity.path("entities")) {
      if ("clientInfo".equals(entity.path("type").asText())) {
        return Replies.ofLocale(entity.path("locale").asText(null)).orElse("en");
      }
    }
    return "en";
  }

  /** The help in {@code language}, with the examples the answers' own help gives. */
  static String help(String language) {
    return Replies.in(language).get("teams.help") + "\n" + Answerer.message(language, "examples");
  }

  /**
   * The reply to "watch TOPIC", "watches" or "unwatch N" (null for any other text): a channel thread's watch belongs
   * to the channel, whose reference is kept for the alerts.
   */
  private String watch(String text, JsonNode activity, ConversationRef ref, String language) {
    if (watches == null) {
      return null;
    }
    ConversationRef target = ref.whole();
    String by = activity.path("from").path("aadObjectId").asText(activity.path("from").path("id").asText());
    Optional<String> reply = watches.command(TeamsWatchSink.SURFACE, target.conversationId(), by, text, "",
        language);
    if (reply.isPresent() && watching.get(target.conversationId()).filter(target::equals).isEmpty()) {
      watching.put(target.conversationId(), target);
    }
    return reply.orElse(null);
  }

  /**
   * Sends the reply, trying again after 1, 2 and 4 seconds when the token endpoint or the Bot Connector fails;
   * false when every attempt failed (it may work later), true once sent or {@link Refused} (it never will).
   */
  private boolean send(JsonNode activity, ConversationRef ref, ObjectNode reply, String status)
      throws InterruptedException {
    reply.put("replyToId", activity.path("id").asText());
    JsonNode from = activity.path("from");
    if (from.isObject()) {
      reply.putObject("recipient").put("id", from.path("id").asText()).put("name", from.path("name").asText(""));
    }
    Duration wait = FIRST_RETRY;
    for (int attempt = 1; ; attempt++) {
      try {
        connector.reply(ref, activity.path("id").asText(), reply);
        metrics.counter("briefbot.teams.replies", "status", status).increment();
        return true;
      } catch (Refused e) {
        // the same post would be refused again, at every attempt and every sweep: one line, then let it go
        LOG.warn("cannot send the Teams reply: {}; not tried again", e.getMessage());
        metrics.counter("briefbot.teams.replies", "status", "send_failed").increment();
        return true;
      } catch (IOException e) {
        if (attempt >= SEND_ATTEMPTS) {
          LOG.warn("cannot send the Teams reply after {} attempts: {}; it stays pending, tried again later", attempt,
              Failures.inWords(e));
          metrics.counter("briefbot.teams.replies", "status", "send_failed").increment();
          return false;
        }
        // the first failure says why; the quick attempts after it mostly fail the same way (one line at the end)
        LOG.atLevel(attempt == 1 ? Level.INFO : Level.DEBUG).log("sending the Teams reply failed (attempt {}), trying"
            + " again in {} ms: {}", attempt, wait.toMillis(), Failures.inWords(e));
        Thread.sleep(wait.toMillis());
        wait = wait.multipliedBy(2);
      }
    }
  }

  private void typing(ConversationRef ref) throws InterruptedException {
    try {
      connector.send(ref, Messages.typing(ref));
    } catch (IOException e) {
      LOG.debug("typing indicator not sent: {}", Failures.inWords(e));
    }
  }
}
