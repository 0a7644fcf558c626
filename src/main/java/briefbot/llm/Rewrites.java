package briefbot.llm;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a model's rewrites of a question, one {@code code: question} line per language; anything else is ignored. */
final class Rewrites {

  private static final Pattern LINE = Pattern.compile("^\\s*[-*]?\\s*\\**([A-Za-z]{2,3})\\**\\s*[:：]\\s*(.+?)\\s*$");
  private static final int MAX_LENGTH = 300;

  private Rewrites() {}

  static List<String> parse(String reply, Collection<String> languages, String question) {
    List<String> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (String line : reply.split("\\R")) {
      Matcher m = LINE.matcher(line);
      if (!m.matches()) {
        continue;
      }
      String language = m.group(1).toLowerCase(Locale.ROOT);
      String text = m.group(2).replaceAll("^[\"“„']+|[\"”“']+$", "").strip();
      if (languages.contains(language) && seen.add(language) && !text.isEmpty() && text.length() <= MAX_LENGTH
          && !text.equalsIgnoreCase(question)) {
        out.add(text);
      }
    }
    return out;
  }
}
