package briefbot.answer;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Locale;

/** The JSON form of an answer, as docs/answer-json.md describes it (shared by the command line and the web API). */
public final class AnswerJson {

  /**
   * The version of Briefbot's JSON formats (answers, digests): raised when a field is renamed, removed or changes
   * meaning, not when one is added.
   */
  public static final int VERSION = 1;

  /** Trees without a mapper: one in a static field loaded Jackson's databind with this class, tree or not. */
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final JsonFactory JSON = new JsonFactory();

  private AnswerJson() {}

  /**
   * The answer's JSON as a tree, read back from {@link #toJson}, so the format has one writer: for callers that add to
   * it or read fields of it (they load Jackson's databind, which the way to a first answer does not).
   */
  public static ObjectNode of(Answer answer) {
    return Trees.read(toJson(answer));
  }

  /** {@code answered}, {@code no_answer}, or {@code reply} for a greeting, thanks, help or chit-chat. */
  public static String status(Answer answer) {
    return switch (answer) {
      case Answer.Grounded g -> "answered";
      case Answer.NoEvidence n -> "no_answer";
      case Answer.Reply r -> "reply";
    };
  }

  /** Writes one citation's fields into {@code node} as answers write them: the same in answers and digests. */
  public static ObjectNode citation(ObjectNode node, Citation c) {
    StringWriter out = new StringWriter();
    try (JsonGenerator json = JSON.createGenerator(out)) {
      citation(json, c);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write a citation as JSON", e);
    }
    return node.setAll(Trees.read(out.toString()));
  }

  /** The line {@code ask --json -} prints for a question it cannot take. */
  public static String error(String question, String message) {
    return NODES.objectNode().put("version", VERSION).put("question", question).put("status", "error")
        .put("error", message).toString();
  }

  /**
   * The same text as {@code of(answer).toString()}, written as a stream: a fresh process's first Jackson tree cost ~0.4
   * s of CPU in loading and compiling the databind classes, on the way to its first answer (docs/benchmarks.md,
   * December 4, eleventh session).
   */
  public static String toJson(Answer answer) {
    StringWriter out = new StringWriter();
    try (JsonGenerator json = JSON.createGenerator(out)) {
      json.writeStartObject();
      json.writeNumberField("version", VERSION);
      json.writeStringField("question", answer.question());
      json.writeStringField("status", status(answer));
      json.writeStringField("answer", answer.text());
      json.writeStringField("language", answer.language());
      if (answer instanceof Answer.Reply reply) {
        json.writeStringField("kind", reply.kind().name().toLowerCase(Locale.ROOT));
      }
      json.writeArrayFieldStart("citations");
      if (answer instanceof Answer.Grounded grounded) {
        for (Citation c : grounded.citations()) {
          citation(json, c);
        }
      }
      json.writeEndArray();
      if (answer instanceof Answer.NoEvidence refusal && !refusal.closest().isEmpty()) {
        json.writeArrayFieldStart("closest");
        for (Citation c : refusal.closest()) {
          citation(json, c);
        }
        json.writeEndArray();
      }
      if (answer instanceof Answer.Grounded grounded) {
        json.writeStringField("composer", grounded.composer().wireName());
        json.writeBooleanField("sure", grounded.sure());
      }
      json.writeObjectFieldStart("timingsMs");
      for (var timing : answer.timingsMs().entrySet()) {
        json.writeFieldName(timing.getKey());
        number(json, timing.getValue());
      }
      json.writeEndObject();
      if (answer instanceof Answer.Grounded grounded && !grounded.checks().isEmpty()) {
        json.writeArrayFieldStart("checks");
        for (String check : grounded.checks()) {
          json.writeString(check);
        }
        json.writeEndArray();
      }
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write an answer as JSON", e);
    }
    return out.toString();
  }

  private static void citation(JsonGenerator json, Citation c) throws IOException {
    json.writeStartObject();
    json.writeNumberField("n", c.n());
    json.writeStringField("articleId", c.articleId());
    json.writeStringField("title", c.title());
    json.writeStringField("source", c.source());
    json.writeStringField("language", c.language());
    json.writeNumberField("paragraph", c.paragraph());
    json.writeStringField("url", c.url());
    json.writeStringField("originalUrl", c.originalUrl());
    json.writeStringField("text", c.text());
    json.writeEndObject();
  }

  /** A number as the tree writes it: null as null. */
  private static void number(JsonGenerator json, Double value) throws IOException {
    if (value == null) {
      json.writeNull();
    } else {
      json.writeNumber(value);
    }
  }

  /** The mapper in a class of its own, so that only callers that want trees load Jackson's databind. */
  private static final class Trees {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    static ObjectNode read(String json) {
      try {
        return (ObjectNode) MAPPER.readTree(json);
      } catch (JsonProcessingException e) {
        throw new UncheckedIOException("cannot read Briefbot's own JSON back", e);
      }
    }
  }
}
