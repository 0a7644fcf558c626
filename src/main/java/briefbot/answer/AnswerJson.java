package briefbot.answer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;

/** The JSON form of an answer, as docs/answer-json.md describes it (shared by the command line and the web API). */
public final class AnswerJson {

  /**
   * The version of Briefbot's JSON formats (answers, digests): raised when a field is renamed, removed or changes
   * meaning, not when one is added.
   */
  public static final int VERSION = 1;

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private AnswerJson() {}

  public static ObjectNode of(Answer answer) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("version", VERSION);
    root.put("question", answer.question());
    root.put("status", status(answer));
    root.put("answer", answer.text());
    root.put("language", answer.language());
    if (answer instanceof Answer.Reply reply) {
      root.put("kind", reply.kind().name().toLowerCase(Locale.ROOT));
    }
    ArrayNode citations = root.putArray("citations");
    if (answer instanceof Answer.Grounded grounded) {
      root.put("composer", grounded.composer().wireName());
      grounded.citations().forEach(c -> citation(citations.addObject(), c));
    }
    ObjectNode timings = root.putObject("timingsMs");
    answer.timingsMs().forEach(timings::put);
    if (answer instanceof Answer.Grounded grounded && !grounded.checks().isEmpty()) {
      ArrayNode checks = root.putArray("checks");
      grounded.checks().forEach(checks::add);
    }
    return root;
  }

  /** {@code answered}, {@code no_answer}, or {@code reply} for a greeting, thanks, help or chit-chat. */
  public static String status(Answer answer) {
    return switch (answer) {
      case Answer.Grounded g -> "answered";
      case Answer.NoEvidence n -> "no_answer";
      case Answer.Reply r -> "reply";
    };
  }

  /** Writes one citation's fields into {@code node}: the same in answers and digests. */
  public static ObjectNode citation(ObjectNode node, Citation c) {
    return node.put("n", c.n()).put("articleId", c.articleId()).put("title", c.title()).put("source", c.source())
        .put("language", c.language()).put("paragraph", c.paragraph()).put("url", c.url())
        .put("originalUrl", c.originalUrl()).put("text", c.text());
  }

  /** The line {@code ask --json -} prints for a question it cannot take. */
  public static String error(String question, String message) {
    return MAPPER.createObjectNode().put("version", VERSION).put("question", question).put("status", "error")
        .put("error", message).toString();
  }

  public static String toJson(Answer answer) {
    return of(answer).toString();
  }
}
