package briefbot.corpus;

import briefbot.text.Untrusted;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The optional YAML block at the top of an article file, and the body below it. */
record FrontMatter(String title, String source, String url, LocalDate published, String language, String body) {

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  /** A line of front matter written without the fences: one of the format's keys, any case, and a value. */
  private static final Pattern HEADER_LINE =
      Pattern.compile("(?i)(title|source|url|published|language):\\s*(\\S.*)");
  /** The first blank line (not \R twice: that takes the two halves of one CR LF for a blank line). */
  private static final Pattern BLANK_LINE = Pattern.compile("\\r?\\n[ \\t]*\\r?\\n");
  /** A key, a colon and a value that YAML would not have misread but for a colon in it (no flow or quoted value). */
  private static final Pattern PLAIN_LINE =
      Pattern.compile("([A-Za-z_]+):\\s+([^\\[{\"'\\s].*)");

  static FrontMatter parse(String text, String fileName) {
    String normalized = text.startsWith("\uFEFF") ? text.substring(1) : text;
    if (!normalized.startsWith("---")) {
      FrontMatter none = new FrontMatter(null, null, null, null, null, normalized);
      String fenced = fenced(normalized);
      try {
        return fenced == null ? none : parse(fenced, fileName);
      } catch (CorpusException e) {
        return none; // lines that only looked like front matter ("Source: [1]") stay text, as before
      }
    }
    int end = normalized.indexOf("\n---", 3);
    if (end < 0) {
      throw new CorpusException(fileName + ": front matter starts with --- but never ends");
    }
    String block = normalized.substring(3, end);
    int bodyStart = normalized.indexOf('\n', end + 4);
    String body = bodyStart < 0 ? "" : normalized.substring(bodyStart + 1);
    JsonNode node;
    try {
      node = block.isBlank() ? YAML.createObjectNode() : YAML.readTree(block);
    } catch (Exception e) {
      node = plainLines(block);
      if (node == null) {
        throw new CorpusException(fileName + ": front matter is not valid YAML (" + firstLine(e.getMessage()) + ")");
      }
    }
    if (node == null || !node.isObject()) {
      throw new CorpusException(fileName + ": front matter must be key: value lines");
    }
    return new FrontMatter(
        Headline.of(Untrusted.oneLine(CharacterReferences.read(text(node, "title")))),
        Untrusted.oneLine(CharacterReferences.read(text(node, "source"))), url(node, fileName),
        date(node, fileName), language(node), body);
  }

  /**
   * A file that opens with front matter's own lines but no {@code ---} around them ("Title: Budget talks" and a blank
   * line, as a mail or MultiMarkdown header is written) with the fences added: every reader sees a title there, not a
   * first paragraph. Null unless every line before the first blank one is a key of the format with a value.
   */
  private static String fenced(String text) {
    Matcher blank = BLANK_LINE.matcher(text);
    if (!blank.find()) {
      return null;
    }
    String[] lines = text.substring(0, blank.start()).split("\\R");
    StringBuilder block = new StringBuilder("---\n");
    for (String line : lines) {
      Matcher m = HEADER_LINE.matcher(line.strip());
      if (!m.matches()) {
        return null;
      }
      block.append(m.group(1).toLowerCase(Locale.ROOT)).append(": ").append(m.group(2)).append('\n');
    }
    return block.append("---\n").append(text.substring(blank.end())).toString();
  }

  /**
   * "title: The Legend of Zelda: Twilight Princess" is not YAML (a second unquoted colon), but every reader sees
   * what it means: plain {@code key: value} lines are taken as written, value up to the line's end.
   */
  private static JsonNode plainLines(String block) {
    var node = YAML.createObjectNode();
    for (String line : block.strip().split("\\R")) {
      Matcher m = PLAIN_LINE.matcher(line);
      if (line.isBlank()) {
        continue;
      }
      if (!m.matches()) {
        return null;
      }
      node.put(m.group(1), m.group(2).strip());
    }
    return node;
  }

  private static String text(JsonNode node, String key) {
    JsonNode value = node.get(key);
    if (value == null || value.isNull()) {
      return null;
    }
    String s = value.asText().strip();
    return s.isEmpty() ? null : s;
  }

  private static String url(JsonNode node, String fileName) {
    String url = text(node, "url");
    if (url != null && Untrusted.webUrl(url) == null) {
      throw new CorpusException(fileName + ": url must be an absolute http:// or https:// address without spaces,"
          + " control characters or a user name");
    }
    return url;
  }

  private static LocalDate date(JsonNode node, String fileName) {
    String value = text(node, "published");
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
    } catch (DateTimeParseException e) {
      throw new CorpusException(fileName + ": published must be a date like 2024-11-07, not '" + value + "'");
    }
  }

  private static String language(JsonNode node) {
    String value = text(node, "language");
    return value == null ? null : value.toLowerCase(Locale.ROOT);
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unreadable";
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }
}
