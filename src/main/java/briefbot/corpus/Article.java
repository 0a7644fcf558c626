package briefbot.corpus;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/** One cleaned article of the corpus: its metadata and its citable paragraphs. */
public record Article(
    String id,
    String title,
    String source,
    String url,
    LocalDate published,
    String language,
    List<Paragraph> paragraphs,
    String contentHash) {

  /** "WASHINGTON (Reuters) – " or "LIMA – ": where a wire story was filed, not what it is about. */
  private static final Pattern DATELINE =
      Pattern.compile("^[\\p{Lu}][\\p{Lu} .,'-]{1,40}( \\([^)]{1,40}\\))? [–—-] ");

  public Article {
    paragraphs = List.copyOf(paragraphs);
  }

  /** The title to show: the front matter's, else the opening words of the first paragraph. */
  public String displayTitle() {
    if (title != null && !title.isBlank()) {
      return title;
    }
    if (paragraphs.isEmpty()) {
      return id;
    }
    String opening = DATELINE.matcher(paragraphs.get(0).text()).replaceFirst("");
    String[] words = opening.split("\\s+");
    if (words.length <= 10) {
      return opening;
    }
    return String.join(" ", Arrays.copyOf(words, 10)) + " …";
  }
}
