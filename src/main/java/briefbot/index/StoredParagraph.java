package briefbot.index;

import java.time.Instant;
import java.time.LocalDate;

/** A paragraph as the index stores it, with its article's metadata: what a citation shows and links. */
public record StoredParagraph(
    String articleId,
    String title,
    String source,
    String url,
    LocalDate published,
    String language,
    int paragraph,
    String section,
    String text,
    Instant firstSeen) {

  public String id() {
    return ParagraphIndex.paragraphId(articleId, paragraph);
  }
}
