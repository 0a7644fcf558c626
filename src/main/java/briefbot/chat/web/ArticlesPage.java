package briefbot.chat.web;

import briefbot.index.ArticleSummary;
import java.util.List;

/** {@code /articles/}: the articles Briefbot answers from, the most recently added first, a page at a time. */
final class ArticlesPage {

  static final int PAGE = 50;

  private ArticlesPage() {}

  /** Page {@code page} (from 1) of {@code total} articles. */
  static String render(List<ArticleSummary> articles, int page, int total) {
    StringBuilder body = new StringBuilder(8192);
    body.append("<main class=\"reader list\">\n<h1>Articles</h1>\n");
    if (total == 0) {
      body.append("<p class=\"hint\">There are no articles yet. Put .txt or .md files in the corpus folder, run"
          + " <code>briefbot add URL</code>, or list RSS feeds in BRIEFBOT_FEEDS.</p>\n");
    } else {
      int first = (page - 1) * PAGE + 1;
      body.append("<p class=\"hint\">").append(total).append(total == 1 ? " article" : " articles")
          .append(", the most recently added first");
      if (total > PAGE) {
        body.append(" (").append(first).append("\u2013").append(first + articles.size() - 1).append(')');
      }
      body.append(".</p>\n<ol class=\"articles\" start=\"").append(first).append("\">\n");
      for (ArticleSummary a : articles) {
        body.append("<li><a class=\"title\" href=\"/articles/").append(Html.escape(a.id())).append("\">")
            .append(Html.escape(a.title() == null ? a.id() : a.title())).append("</a><br><span class=\"meta\">")
            .append(Html.escape(ReaderPage.source(a.source(), a.url()))).append(" · ")
            .append(ReaderPage.date(a.published(), a.firstSeen())).append(" · ")
            .append(Html.escape(ReaderPage.languageName(a.language()))).append("</span></li>\n");
      }
      body.append("</ol>\n");
      pages(body, page, total);
    }
    body.append("</main>\n");
    return Html.page("en", "Articles", body.toString());
  }

  private static void pages(StringBuilder body, int page, int total) {
    int last = Math.max(1, (total + PAGE - 1) / PAGE);
    if (last == 1) {
      return;
    }
    body.append("<nav class=\"pages\">");
    if (page > 1) {
      body.append("<a rel=\"prev\" href=\"/articles/?page=").append(page - 1).append("\">\u2190 Newer</a> ");
    }
    body.append("<span>page ").append(page).append(" of ").append(last).append("</span>");
    if (page < last) {
      body.append(" <a rel=\"next\" href=\"/articles/?page=").append(page + 1).append("\">Older \u2192</a>");
    }
    body.append("</nav>\n");
  }

  /** The page number asked for: 1 when missing or not a number, never past the last. */
  static int page(String raw, int total) {
    int last = Math.max(1, (total + PAGE - 1) / PAGE);
    try {
      return Math.max(1, Math.min(last, Integer.parseInt(raw == null ? "1" : raw.strip())));
    } catch (NumberFormatException e) {
      return 1;
    }
  }
}
