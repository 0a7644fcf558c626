package briefbot.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An article file of a question set's corpus as the set numbers it: the front matter as written, then the paragraphs
 * between blank lines (the first is number 1).
 */
record SetArticle(String head, List<String> paragraphs) {

  private static final Pattern BLANK_LINE = Pattern.compile("\\n\\s*\\n");

  SetArticle {
    paragraphs = List.copyOf(paragraphs);
  }

  static SetArticle read(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
    int end = text.startsWith("---\n") ? text.indexOf("\n---\n", 4) : -1;
    int body = end < 0 ? 0 : end + 5;
    return new SetArticle(text.substring(0, body),
        BLANK_LINE.splitAsStream(text.substring(body).strip()).filter(s -> !s.isBlank()).toList());
  }

  /** The paragraphs but the removed ones (numbers from 1). */
  List<String> without(Set<Integer> removed) {
    List<String> kept = new ArrayList<>();
    for (int i = 0; i < paragraphs.size(); i++) {
      if (!removed.contains(i + 1)) {
        kept.add(paragraphs.get(i));
      }
    }
    return kept;
  }

  /** Each paragraph's number once the removed ones are gone (index: the old number; 0: removed, or none). */
  int[] numbersWithout(Set<Integer> removed) {
    int[] numbers = new int[paragraphs.size() + 1];
    int n = 0;
    for (int i = 1; i <= paragraphs.size(); i++) {
      numbers[i] = removed.contains(i) ? 0 : ++n;
    }
    return numbers;
  }
}
