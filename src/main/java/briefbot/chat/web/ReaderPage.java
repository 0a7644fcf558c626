package briefbot.chat.web;

import briefbot.corpus.Article;
import briefbot.corpus.Paragraph;
import briefbot.index.IndexedArticle;
import briefbot.text.Untrusted;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The reader page of one article: every paragraph under its anchor {@code p{n}} with its number visible;
 * the stylesheet highlights the paragraph the address names ({@code :target}), so it needs no script.
 */
final class ReaderPage {

  /** The answer on the chat page a reader came from: {@code ?answer=N} names its exchange. */
  private static final Pattern ANSWER = Pattern.compile("[1-9][0-9]{0,5}");

  private ReaderPage() {}

  /**
   * {@code answer}: the number of the chat page's answer the reader came from, or null; the page's own words are in
   * {@code words}' language, the article's text keeps its own.
   */
  static String render(IndexedArticle indexed, QueryMarks marks, String answer, PageWords words) {
    Article article = indexed.article();
    StringBuilder body = new StringBuilder(8192);
    body.append("<main class=\"reader\">\n");
    if (answer != null && ANSWER.matcher(answer).matches()) {
      body.append("<p class=\"back\"><a href=\"/#answer-").append(answer)
          .append("\">").append(Html.escape(words.word("backToAnswer"))).append("</a></p>\n");
    }
    body.append("<article lang=\"").append(Html.escape(article.language())).append("\">\n<h1>")
        .append(Html.escape(article.displayTitle())).append("</h1>\n");
    body.append(meta(article, indexed.firstSeen(), words));
    String section = null;
    for (Paragraph p : article.paragraphs()) {
      if (p.section() != null && !Objects.equals(p.section(), section) && !p.section().equals(article.title())) {
        body.append("<h2 class=\"section\">").append(Html.escape(p.section())).append("</h2>\n");
      }
      section = p.section();
      body.append("<p id=\"p").append(p.number()).append("\" class=\"para\"");
      if (!p.language().equals(article.language())) {
        body.append(" lang=\"").append(Html.escape(p.language())).append('"');
      }
      body.append("><a class=\"num\" href=\"#p").append(p.number()).append("\" aria-label=\"")
          .append(Html.escape(words.paragraph(p.number()))).append("\">").append(p.number())
          .append("</a> <span class=\"text\">")
          .append(marks.html(p.text(), p.language())).append("</span></p>\n");
    }
    body.append("</article>\n</main>\n");
    return Html.page(words, article.displayTitle(), body.toString());
  }

  /** Source, date, language and the link to the original; what is not known is said to be unknown. */
  private static String meta(Article article, Instant firstSeen, PageWords words) {
    // the article element says the article's language; its metadata is in the page's
    StringBuilder meta = new StringBuilder("<p class=\"meta\" lang=\"").append(words.language()).append("\">");
    meta.append("<span class=\"source\">").append(Html.escape(source(article.source(), article.url(), words)))
        .append("</span>");
    meta.append(" · ").append(date(article.published(), firstSeen, words));
    meta.append(" · <span class=\"language\">").append(Html.escape(words.languageName(article.language())))
        .append("</span>");
    String original = Untrusted.webUrl(article.url());
    if (original != null) {
      meta.append(" · <a class=\"original\" href=\"").append(Html.escape(original))
          .append("\" rel=\"noopener noreferrer nofollow\">").append(Html.escape(words.word("originalArticle")))
          .append("</a>");
    }
    return meta.append("</p>\n").toString();
  }

  /** The source's name, else the original's host, else a plain "source not given". */
  static String source(String source, String url, PageWords words) {
    if (source != null && !source.isBlank()) {
      return source;
    }
    if (Untrusted.webUrl(url) != null) {
      try {
        String host = URI.create(url).getHost();
        if (host != null) {
          return host.replaceFirst("^www\\.", "");
        }
      } catch (IllegalArgumentException e) {
        // an address browsers take but URI does not: no host to show
      }
    }
    return words.word("sourceNotGiven");
  }

  /** The published day, else the day Briefbot first saw the article (and says so). */
  static String date(LocalDate published, Instant firstSeen, PageWords words) {
    if (published != null) {
      return "<time class=\"published\" datetime=\"" + published + "\">" + Html.escape(words.day(published))
          + "</time>";
    }
    LocalDate seen = firstSeen.atZone(ZoneOffset.UTC).toLocalDate();
    return "<span class=\"added\">" + words.html("added", "<time datetime=\"" + seen + "\">"
        + Html.escape(words.day(seen)) + "</time>") + "</span>";
  }
}
