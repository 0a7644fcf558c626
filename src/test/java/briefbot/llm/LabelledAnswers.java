package briefbot.llm;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The labelled model answers of {@code src/test/resources/claims/} (the file's header explains the format). */
record LabelledAnswers(String name, List<Answer> answers) {

  /** A sentence as the model writes it, with its paragraphs as {@code {article#paragraph}} and its label. */
  record Sentence(String text, boolean supported, String kind, Set<String> corrections) {

    /** The paragraphs ({@code 003#4}) the sentence cites. */
    List<String> cited() {
      return MARKER.matcher(text).results().map(r -> r.group(1)).toList();
    }
  }

  /** One answer to a question: its sentences in order. */
  record Answer(String id, String question, String rewrite, List<Sentence> sentences) {
    String reply() {
      return String.join(" ", sentences.stream().map(Sentence::text).toList());
    }
  }

  static final Pattern MARKER = Pattern.compile("\\{(\\d{3}#\\d+)\\}");
  private static final Pattern QUESTION = Pattern.compile("^== (q\\d+) (.+)$");
  private static final Pattern SENTENCE = Pattern.compile("^([+-]) ([\\w-]+)(?: >(\\S+))?: (.+)$");

  static LabelledAnswers load(String name) {
    try (InputStream in = LabelledAnswers.class.getResourceAsStream("/claims/" + name + ".txt")) {
      return parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static LabelledAnswers parse(String name, String text) {
    List<Answer> answers = new ArrayList<>();
    String id = null;
    String question = null;
    String rewrite = null;
    List<Sentence> sentences = null;
    int n = 0;
    for (String line : text.split("\\R")) {
      Matcher q = QUESTION.matcher(line);
      Matcher s = SENTENCE.matcher(line);
      if (line.startsWith("#") || line.isBlank()) {
        continue;
      } else if (q.matches()) {
        id = q.group(1);
        question = q.group(2);
        n = 0;
      } else if (line.startsWith("~ ")) {
        rewrite = line.substring(2).strip();
      } else if (line.equals("--")) {
        sentences = new ArrayList<>();
        answers.add(new Answer(id + "." + (++n), question, rewrite, sentences));
      } else if (s.matches()) {
        Set<String> corrections = s.group(3) == null || s.group(3).equals("none") ? Set.of()
            : Set.of(s.group(3).split(","));
        sentences.add(new Sentence(s.group(4), s.group(1).equals("+"), s.group(2), corrections));
      } else {
        throw new IllegalArgumentException(name + ": cannot read line: " + line);
      }
    }
    return new LabelledAnswers(name, answers);
  }
}
