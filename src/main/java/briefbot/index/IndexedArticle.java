package briefbot.index;

import briefbot.corpus.Article;
import java.time.Instant;

/** An article as the index holds it, with the time Briefbot first saw it (what the digest counts as new). */
public record IndexedArticle(Article article, Instant firstSeen) {}
