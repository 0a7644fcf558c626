package briefbot.retrieval;

import java.time.Instant;
import java.time.LocalDate;

/** A paragraph retrieved for a question, with what a citation needs to show and link it. */
public record Passage(
    String articleId,
    String title,
    String source,
    String url,
    LocalDate published,
    String language,
    int paragraph,
    String section,
    String text,
    Instant firstSeen,
    double score) {}
