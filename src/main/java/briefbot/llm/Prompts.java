package briefbot.llm;

import briefbot.answer.CitationCheck;
import briefbot.config.Config;
import briefbot.config.ConfigException;
import briefbot.config.Settings;
import briefbot.retrieval.Passage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The prompt templates, read once at start-up from {@code BRIEFBOT_PROMPTS_DIR} (default {@code ./prompts}),
 * else from the copies packaged in the jar. A template is plain text with {@code {{variables}}}; a chat
 * template has a {@code ### system} and a {@code ### user} section.
 */
final class Prompts {

  private static final String DEFAULT_DIR = "prompts";
  private static final String PACKAGED = "/briefbot/prompts/";
  private static final Pattern VARIABLE = Pattern.compile("\\{\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*}}");
  private static final Pattern SECTIONS = Pattern.compile("(?s)^\\s*### system\\s*\\R(.*?)\\R### user\\s*\\R(.*)$");

  /** A template with the variables it may use. */
  record Template(String name, String text) {
    /** Fills in the variables in one pass: values are inserted as they are, never read as template text. */
    String render(Map<String, String> values) {
      Matcher m = VARIABLE.matcher(text);
      StringBuilder out = new StringBuilder();
      while (m.find()) {
        String value = values.get(m.group(1));
        if (value == null) {
          throw new IllegalStateException(name + ": no value for {{" + m.group(1) + "}}");
        }
        m.appendReplacement(out, Matcher.quoteReplacement(value));
      }
      return m.appendTail(out).toString();
    }
  }

  /** A system and a user template, rendered into the two messages of a chat request. */
  record Chat(Template system, Template user) {
    List<ChatMessage> render(Map<String, String> values) {
      return List.of(SystemMessage.from(system.render(values).strip()), UserMessage.from(user.render(values).strip()));
    }
  }

  final Chat answer;
  final Chat query;
  final Template passage;
  final Chat digest;
  final Template story;
  final Chat verify;

  private Prompts(Chat answer, Chat query, Template passage, Chat digest, Template story, Chat verify) {
    this.answer = answer;
    this.query = query;
    this.passage = passage;
    this.digest = digest;
    this.story = story;
    this.verify = verify;
  }

  /** The answer request: the passages numbered from 1 as the model cites them, the question, the answer language. */
  List<ChatMessage> answer(String question, String language, List<Passage> passages) {
    List<String> blocks = new ArrayList<>();
    for (int i = 0; i < passages.size(); i++) {
      blocks.add(block(i + 1, passages.get(i)));
    }
    return answer.render(Map.of("passages", String.join("\n\n", blocks), "question", question,
        "language", languageName(language), "count", String.valueOf(passages.size())));
  }

  /**
   * The digest request: each story with its passages, numbered from 1 across the whole digest as the model cites
   * them; {@code sources} is how many articles report each story.
   */
  List<ChatMessage> digest(LocalDate day, String language, List<List<Passage>> stories, List<Integer> sources) {
    List<String> blocks = new ArrayList<>();
    int n = 0;
    for (int s = 0; s < stories.size(); s++) {
      List<String> passages = new ArrayList<>();
      for (Passage p : stories.get(s)) {
        passages.add(block(++n, p));
      }
      blocks.add(story.render(Map.of("n", String.valueOf(s + 1), "sources", String.valueOf(sources.get(s)),
          "passages", String.join("\n\n", passages))).strip());
    }
    return digest.render(Map.of("stories", String.join("\n\n", blocks), "date", day.toString(),
        "language", languageName(language), "count", String.valueOf(stories.size()), "passages", String.valueOf(n)));
  }

  private String block(int n, Passage p) {
    return passage.render(Map.of("n", String.valueOf(n), "title", orDash(p.title()), "source", orDash(p.source()),
        "language", languageName(p.language()), "text", p.text().replaceAll("\\s+", " ").strip())).strip();
  }

  /** The second reading's request: each doubtful sentence, numbered from 1, with the paragraphs it cites. */
  List<ChatMessage> verify(List<CitationCheck.Doubt> doubts) {
    List<String> items = new ArrayList<>();
    for (int i = 0; i < doubts.size(); i++) {
      StringBuilder item = new StringBuilder(i + 1 + ". Sentence: " + oneLine(doubts.get(i).sentence()));
      doubts.get(i).paragraphs().forEach(p -> item.append("\n   Paragraph: ").append(oneLine(p)));
      items.add(item.toString());
    }
    return verify.render(Map.of("claims", String.join("\n\n", items)));
  }

  private static String oneLine(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }

  /** The rewrite request: the question, its language, and the languages to restate it in. */
  List<ChatMessage> query(String question, String language, Collection<String> targets) {
    String languages = String.join(", ", targets.stream().map(Prompts::languageName).toList());
    return query.render(Map.of("question", question, "language", languageName(language), "languages", languages));
  }

  /** "Dutch (nl)": a model follows a language's name more reliably than its code; the code is what it writes back. */
  static String languageName(String code) {
    String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
    return name.isEmpty() || name.equals(code) ? code : name + " (" + code + ")";
  }

  private static String orDash(String value) {
    return value == null || value.isBlank() ? "-" : value.strip();
  }

  static Prompts load(Config config) {
    Path configured = config.get(Settings.PROMPTS_DIR);
    Path dir = configured == null ? Path.of(DEFAULT_DIR) : configured;
    if (configured != null && !Files.isDirectory(dir)) {
      throw new ConfigException(config.nameOf(Settings.PROMPTS_DIR) + " is not a folder: " + dir);
    }
    return new Prompts(
        chat(dir, "answer.txt", Set.of("passages", "question", "language", "count")),
        chat(dir, "query.txt", Set.of("question", "language", "languages")),
        template(dir, "passage.txt", read(dir, "passage.txt"), Set.of("n", "title", "source", "language", "text")),
        chat(dir, "digest.txt", Set.of("count", "language", "passages", "date", "stories")),
        template(dir, "story.txt", read(dir, "story.txt"), Set.of("n", "sources", "passages")),
        chat(dir, "verify.txt", Set.of("claims")));
  }

  private static Chat chat(Path dir, String name, Set<String> allowed) {
    String text = read(dir, name);
    Matcher m = SECTIONS.matcher(text);
    if (!m.matches()) {
      throw new ConfigException(where(dir, name) + " must have a '### system' and a '### user' section");
    }
    return new Chat(template(dir, name, m.group(1), allowed), template(dir, name, m.group(2), allowed));
  }

  private static Template template(Path dir, String name, String text, Set<String> allowed) {
    Matcher m = VARIABLE.matcher(text);
    while (m.find()) {
      if (!allowed.contains(m.group(1))) {
        throw new ConfigException(where(dir, name) + " uses {{" + m.group(1) + "}}; it knows " + allowed);
      }
    }
    return new Template(name, text);
  }

  /** The file in the prompts folder when it is there, else the packaged copy. */
  private static String read(Path dir, String name) {
    Path file = dir.resolve(name);
    try {
      if (Files.isRegularFile(file)) {
        return Files.readString(file, StandardCharsets.UTF_8);
      }
      try (InputStream in = Prompts.class.getResourceAsStream(PACKAGED + name)) {
        if (in == null) {
          throw new ConfigException("prompt " + name + " is neither in " + dir + " nor packaged in the jar");
        }
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read prompt " + file + ": " + e.getMessage(), e);
    }
  }

  private static String where(Path dir, String name) {
    return Files.isRegularFile(dir.resolve(name)) ? dir.resolve(name).toString() : "packaged prompt " + name;
  }
}
