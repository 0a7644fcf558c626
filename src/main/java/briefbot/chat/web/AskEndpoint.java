package briefbot.chat.web;

import briefbot.answer.Answer;
import briefbot.answer.AnswerJson;
import briefbot.answer.Answerer;
import briefbot.answer.BadQuestion;
import briefbot.answer.Question;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;
import java.time.Duration;

/** {@code POST /api/ask}: {"question": "..."} in, the JSON answer of docs/answer-json.md out; bad input gets a 400. */
final class AskEndpoint implements Handler {

  static final String SHAPE = "Send JSON like {\"question\": \"What is Russia giving Iran?\"}.";
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final Answerer answerer;
  private final WebMetrics metrics;

  AskEndpoint(Answerer answerer, WebMetrics metrics) {
    this.answerer = answerer;
    this.metrics = metrics;
  }

  @Override
  public void handle(Context ctx) {
    Question question;
    try {
      question = Question.of(questionText(ctx.bodyAsBytes()));
    } catch (BadQuestion e) {
      metrics.answer("bad_question", null);
      Errors.json(ctx, HttpStatus.BAD_REQUEST, e.getMessage());
      return;
    }
    metrics.question();
    long start = System.nanoTime();
    Answer answer;
    try {
      answer = answerer.ask(question);
    } catch (RuntimeException e) {
      metrics.answer("error", Duration.ofNanos(System.nanoTime() - start));
      throw e;
    }
    metrics.answer(answer instanceof Answer.Grounded ? "answered" : "no_answer",
        Duration.ofNanos(System.nanoTime() - start));
    ctx.contentType("application/json; charset=utf-8").result(AnswerJson.toJson(answer));
  }

  /** The question string of the body, or a {@link BadQuestion} that says what the body should look like. */
  static String questionText(byte[] body) {
    JsonNode node;
    try {
      node = MAPPER.readTree(body);
    } catch (JacksonException e) {
      throw new BadQuestion("The request body is not valid JSON. " + SHAPE);
    } catch (java.io.IOException e) {
      throw new BadQuestion("The request body could not be read. " + SHAPE);
    }
    if (node == null || !node.isObject() || !node.path("question").isTextual()) {
      throw new BadQuestion("The request needs a \"question\" string. " + SHAPE);
    }
    return node.get("question").asText();
  }
}
