package briefbot.chat.web;

import briefbot.answer.Answer;
import briefbot.answer.AnswerJson;
import briefbot.answer.BadQuestion;
import briefbot.answer.Conversation;
import briefbot.answer.Question;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * {@code POST /api/ask}: {"question": "...", "conversation": "..."} in, the JSON answer of docs/answer-json.md out;
 * questions with the same conversation id are one conversation, whose follow-ups follow. Bad input gets a 400.
 */
final class AskEndpoint implements Handler {

  static final String SHAPE = "Send JSON like {\"question\": \"What is Russia giving Iran?\"}.";
  /** What a conversation id may be: what a browser's random UUID or a client's own id looks like. */
  private static final Pattern CONVERSATION = Pattern.compile("[A-Za-z0-9_-]{8,64}");
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** One request: the question, and the conversation it belongs to (null: none). */
  record Request(String question, String conversation) {}

  private final Conversation conversation;
  private final WebMetrics metrics;

  AskEndpoint(Conversation conversation, WebMetrics metrics) {
    this.conversation = conversation;
    this.metrics = metrics;
  }

  @Override
  public void handle(Context ctx) {
    Question question;
    Request request;
    try {
      request = request(ctx.bodyAsBytes());
      question = Question.of(request.question());
    } catch (BadQuestion e) {
      metrics.answer("bad_question", null);
      Errors.json(ctx, HttpStatus.BAD_REQUEST, e.getMessage());
      return;
    }
    metrics.question();
    long start = System.nanoTime();
    Answer answer;
    try {
      answer = conversation.ask(request.conversation(), question);
    } catch (RuntimeException e) {
      metrics.answer("error", Duration.ofNanos(System.nanoTime() - start));
      throw e;
    }
    metrics.answer(AnswerJson.status(answer), Duration.ofNanos(System.nanoTime() - start));
    ctx.contentType("application/json; charset=utf-8").result(AnswerJson.toJson(answer));
  }

  /** The question and conversation of the body, or a {@link BadQuestion} that says what is wrong with it. */
  static Request request(byte[] body) {
    JsonNode node;
    try {
      node = MAPPER.readTree(body);
    } catch (JacksonException e) {
      throw new BadQuestion("The request body is not valid JSON. " + SHAPE);
    } catch (IOException e) {
      throw new BadQuestion("The request body could not be read. " + SHAPE);
    }
    if (node == null || !node.isObject() || !node.path("question").isTextual()) {
      throw new BadQuestion("The request needs a \"question\" string. " + SHAPE);
    }
    JsonNode id = node.path("conversation");
    if (id.isMissingNode() || id.isNull()) {
      return new Request(node.get("question").asText(), null);
    }
    if (!id.isTextual() || !CONVERSATION.matcher(id.asText()).matches()) {
      throw new BadQuestion("\"conversation\" must be an id of 8 to 64 letters, digits, '-' or '_'.");
    }
    return new Request(node.get("question").asText(), "web:" + id.asText());
  }
}
