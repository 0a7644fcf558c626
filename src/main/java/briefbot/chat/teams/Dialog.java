package briefbot.chat.teams;

import briefbot.answer.Answer;
import briefbot.answer.Answerer;
import briefbot.answer.BadQuestion;
import briefbot.answer.Question;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Answers a message activity in its conversation: typing, search, the cited reply; card votes are recorded. */
final class Dialog {

  private static final Logger LOG = LoggerFactory.getLogger(Dialog.class);
  static final String HELP = "Ask me a question about the news, for example: What is Russia giving Iran?"
      + " In a group chat or channel, @mention me first. Every sentence of my answer ends with a numbered source;"
      + " click it to open the paragraph it comes from. The thumbs under an answer tell us whether it helped."
      + " The daily digest comes to every chat and team I am added to; say \"digest off\" to stop it here.";
  static final String FAILED = "Sorry, I could not search the articles just now. Please try again in a minute.";

  private final Answerer answerer;
  private final Connector connector;
  private final Votes votes;
  private final DigestSubscription subscription;
  private final MeterRegistry metrics;

  Dialog(Answerer answerer, Connector connector, Votes votes, DigestSubscription subscription, MeterRegistry metrics) {
    this.answerer = answerer;
    this.connector = connector;
    this.votes = votes;
    this.subscription = subscription;
    this.metrics = metrics;
  }

  void onMessage(JsonNode activity, ConversationRef ref) throws InterruptedException {
    var vote = Votes.of(activity);
    if (vote.isPresent()) {
      votes.record(activity, vote.get());
      return;
    }
    Timer.Sample sample = Timer.start(metrics);
    String status;
    ObjectNode reply;
    try {
      String text = TeamsText.question(activity);
      if (text.matches("(?i)/?help[.!?]?")) {
        send(activity, ref, Messages.text(ref, HELP), "help");
        return;
      }
      String subscribed = subscription.handle(text, activity, ref);
      if (subscribed != null) {
        send(activity, ref, Messages.text(ref, subscribed), "digest_command");
        return;
      }
      Question question = Question.of(text);
      typing(ref);
      Answer answer = answerer.ask(question);
      status = answer instanceof Answer.Grounded ? "answered" : "no_answer";
      reply = Messages.answer(ref, answer);
    } catch (BadQuestion e) {
      status = "bad_question";
      reply = Messages.text(ref, e.getMessage());
    } catch (RuntimeException e) {
      LOG.error("answering a Teams message failed", e);
      status = "failed";
      reply = Messages.text(ref, FAILED);
    }
    send(activity, ref, reply, status);
    sample.stop(metrics.timer("briefbot.teams.reply", "status", status));
  }

  private void send(JsonNode activity, ConversationRef ref, ObjectNode reply, String status)
      throws InterruptedException {
    reply.put("replyToId", activity.path("id").asText());
    JsonNode from = activity.path("from");
    if (from.isObject()) {
      reply.putObject("recipient").put("id", from.path("id").asText()).put("name", from.path("name").asText(""));
    }
    try {
      connector.reply(ref, activity.path("id").asText(), reply);
      metrics.counter("briefbot.teams.replies", "status", status).increment();
    } catch (java.io.IOException e) {
      LOG.warn("cannot send the Teams reply: {}", e.getMessage());
      metrics.counter("briefbot.teams.replies", "status", "send_failed").increment();
    }
  }

  private void typing(ConversationRef ref) throws InterruptedException {
    try {
      connector.send(ref, Messages.typing(ref));
    } catch (java.io.IOException e) {
      LOG.debug("typing indicator not sent: {}", e.getMessage());
    }
  }
}
