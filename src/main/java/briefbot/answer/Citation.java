package briefbot.answer;

/** A numbered source of an answer: the paragraph it cites and the links that open it. */
public record Citation(
    int n,
    String articleId,
    String title,
    String source,
    String language,
    int paragraph,
    String url,
    String originalUrl,
    String text) {}
