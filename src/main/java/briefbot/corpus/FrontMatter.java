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
  /** A key, a colon and a value that YAML would not have misread but for a colon in it (no flow or quoted value). */
  private static final Pattern PLAIN_LINE =
      Pattern.compile("([A-Za-z_]+):\\s+([^\\[{\"'\\s].*)");

  static FrontMatter parse(String text, String fileName) {
    String normalized = text.startsWith("\uFEFF") ? text.substring(1) : text;
    if (!normalized.startsWith("---")) {
      return new FrontMatter(null, null, null, null, null, normalized);
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
