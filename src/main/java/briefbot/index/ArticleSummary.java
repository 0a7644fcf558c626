package briefbot.index;

import java.time.Instant;
import java.time.LocalDate;

/** An article as a list shows it: its id, title, source, address, dates and language, without its paragraphs. */
public record ArticleSummary(String id, String title, String source, String url, LocalDate published,
    String language, Instant firstSeen) {}
