package briefbot.digest;

import briefbot.answer.Filters;
import briefbot.index.IndexFields;
import briefbot.index.IndexedArticle;
import briefbot.index.ParagraphIndex;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.function.Predicate;

/**
 * A digest's question filters applied to whole articles, as the index applies them to paragraphs: {@code from:}
 * matches the source's name, its words or the address's site; {@code lang:} an article with a paragraph in the
 * language; {@code since:}/{@code until:} the published day, else the day it was first seen.
 */
record ArticleFilter(ParagraphIndex.Filter filter) implements Predicate<IndexedArticle> {

  /** The filter written in {@code spec} (checked at start-up), relative dates read at {@code now}. */
  static ArticleFilter of(String spec, Instant now) {
    return new ArticleFilter(spec == null || spec.isBlank() ? ParagraphIndex.Filter.NONE
        : Filters.parse(spec, Clock.fixed(now, ZoneOffset.UTC)).filter());
  }

  @Override
  public boolean test(IndexedArticle indexed) {
    var article = indexed.article();
    if (!filter.sources().isEmpty()
        && IndexFields.sourceKeys(article.source(), article.url()).stream().noneMatch(filter.sources()::contains)) {
      return false;
    }
    if (!filter.languages().isEmpty()
        && article.paragraphs().stream().noneMatch(p -> filter.languages().contains(p.language()))) {
      return false;
    }
    Instant when = article.published() != null ? article.published().atStartOfDay(ZoneOffset.UTC).toInstant()
        : indexed.firstSeen();
    return (filter.since() == null || !when.isBefore(filter.since()))
        && (filter.until() == null || when.isBefore(filter.until()));
  }
}
