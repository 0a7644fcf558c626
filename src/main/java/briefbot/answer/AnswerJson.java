package briefbot.answer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The JSON form of an answer, exactly as DESIGN.md shows it (shared by the command line and the web API). */
public final class AnswerJson {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private AnswerJson() {}

  public static ObjectNode of(Answer answer) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("question", answer.question());
    root.put("status", answer instanceof Answer.Grounded ? "answered" : "no_answer");
    root.put("answer", answer.text());
    root.put("language", answer.language());
    ArrayNode citations = root.putArray("citations");
    if (answer instanceof Answer.Grounded grounded) {
      root.put("composer", grounded.composer());
      for (Citation c : grounded.citations()) {
        ObjectNode node = citations.addObject();
        node.put("n", c.n());
        node.put("articleId", c.articleId());
        node.put("title", c.title());
        node.put("source", c.source());
        node.put("language", c.language());
        node.put("paragraph", c.paragraph());
        node.put("url", c.url());
        node.put("originalUrl", c.originalUrl());
        node.put("text", c.text());
      }
    }
    ObjectNode timings = root.putObject("timingsMs");
    answer.timingsMs().forEach(timings::put);
    return root;
  }

  public static String toJson(Answer answer) {
    return of(answer).toString();
  }
}
