package briefbot.bench;

import briefbot.corpus.LanguageDetector;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.CRC32;

/**
 * One line of a question set: the question, whether the corpus answers it, the gold answers and the paragraph that
 * holds them; {@code kind} groups the totals (from the line, else "answerable" or "unanswerable"); {@code pinned} the
 * part the line names ({@code "part": "fit"} in a set written to be fitted on), else null.
 */
record EvalQuestion(String id, String q, String language, boolean answerable, List<String> answers, String article,
    int paragraph, String kind, Eval.Part pinned) {

  private static final ObjectMapper JSON = new ObjectMapper();

  EvalQuestion {
    answers = List.copyOf(answers);
  }

  /**
   * Which part of a set a question falls in: a stable hash (CRC-32 mod 10 below 4) puts 40 % in "fit", the rest in
   * "test". A question about an article the corpus does not hold (a left-out article) is placed by its article, so
   * every question on that article falls in one part, in every language and in every draw that leaves it out: a
   * bound fitted on the fit part's left-out questions is not fitted on the test part's articles. Any other question
   * is placed by its id (a set like SQuAD's sample names 10 articles, two of which carry all its unanswerable ones).
   * A line that names its part is in that part: a set written to be fitted on is fit whole.
   */
  Eval.Part part(boolean articleInCorpus) {
    if (pinned != null) {
      return pinned;
    }
    String key = article != null && !articleInCorpus ? article : id;
    CRC32 crc = new CRC32();
    crc.update(key.getBytes(StandardCharsets.UTF_8));
    return crc.getValue() % 10 < 4 ? Eval.Part.FIT : Eval.Part.TEST;
  }

  /** Reads a JSONL question set; a line that is not a question stops the run with its line number and why. */
  static List<EvalQuestion> read(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file);
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException("question file not found: " + file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
    List<EvalQuestion> out = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) {
        continue;
      }
      String where = file.getFileName() + " line " + (i + 1);
      EvalQuestion q = parse(lines.get(i), where);
      if (!ids.add(q.id())) {
        throw new IllegalArgumentException(where + ": id \"" + q.id() + "\" appears twice");
      }
      out.add(q);
    }
    if (out.isEmpty()) {
      throw new IllegalArgumentException(file + " holds no questions");
    }
    return out;
  }

  static EvalQuestion parse(String line, String where) {
    JsonNode n;
    try {
      n = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(where + ": not JSON (" + e.getOriginalMessage() + ")");
    }
    String id = text(n, "id", where, true);
    String q = text(n, "q", where, true);
    if (!n.path("answerable").isBoolean()) {
      throw new IllegalArgumentException(where + ": \"answerable\" must be true or false");
    }
    boolean answerable = n.get("answerable").asBoolean();
    List<String> answers = new ArrayList<>();
    n.path("answers").forEach(a -> answers.add(a.asText()));
    String article = text(n, "article", where, answerable);
    int paragraph = n.path("paragraph").asInt(0);
    if (answerable && (answers.isEmpty() || paragraph < 1)) {
      throw new IllegalArgumentException(where + ": an answerable question needs \"answers\" and a \"paragraph\" from 1");
    }
    String language = n.hasNonNull("language") ? n.get("language").asText() : LanguageDetector.detect(q, "en");
    String kind = n.hasNonNull("kind") ? n.get("kind").asText() : answerable ? "answerable" : "unanswerable";
    Eval.Part pinned = switch (n.path("part").asText("")) {
      case "" -> null;
      case "fit" -> Eval.Part.FIT;
      case "test" -> Eval.Part.TEST;
      default -> throw new IllegalArgumentException(where + ": \"part\" must be \"fit\" or \"test\"");
    };
    return new EvalQuestion(id, q, language, answerable, answers, article, paragraph, kind, pinned);
  }

  private static String text(JsonNode n, String field, String where, boolean required) {
    JsonNode v = n.get(field);
    if (v == null || v.isNull() || v.asText().isBlank()) {
      if (required) {
        throw new IllegalArgumentException(where + ": \"" + field + "\" is missing");
      }
      return null;
    }
    return v.asText();
  }

  /** The line as JSON again, its gold paragraph numbered anew (a paragraph before it was left out). */
  String renumbered(int newParagraph) {
    return new EvalQuestion(id, q, language, answerable, answers, article, newParagraph, kind, pinned)
        .toJson(answerable, kind);
  }

  /** The line as JSON again, with a new kind and answerability (what {@code leave-out} writes). */
  String toJson(boolean nowAnswerable, String newKind) {
    var node = JSON.createObjectNode().put("id", id).put("q", q).put("language", language)
        .put("answerable", nowAnswerable);
    var list = node.putArray("answers");
    if (nowAnswerable) {
      answers.forEach(list::add);
    }
    node.put("article", article).put("paragraph", paragraph).put("kind", newKind);
    if (pinned != null) {
      node.put("part", pinned == Eval.Part.FIT ? "fit" : "test");
    }
    return node.toString();
  }
}
