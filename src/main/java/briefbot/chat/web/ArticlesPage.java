package briefbot.chat.web;

import briefbot.index.ArticleSummary;
import java.util.List;

/** {@code /articles/}: the articles Briefbot answers from, the most recently added first, a page at a time. */
final class ArticlesPage {

  static final int PAGE = 50;

  private ArticlesPage() {}

  /** Page {@code page} (from 1) of {@code total} articles, in {@code words}' language. */
  static String render(List<ArticleSummary> articles, int page, int total, PageWords words) {
    StringBuilder body = new StringBuilder(8192);
    body.append("<main class=\"reader list\">\n<h1>").append(Html.escape(words.word("articles"))).append("</h1>\n");
    if (total == 0) {
      body.append("<p class=\"hint\">").append(words.html("noArticles", "<code>briefbot add URL</code>",
          "<code>BRIEFBOT_FEEDS</code>")).append("</p>\n");
    } else {
      int first = (page - 1) * PAGE + 1;
      body.append("<p class=\"hint\">").append(Html.escape(total == 1 ? words.word("oneArticle")
          : words.word("manyArticles", String.valueOf(total))));
      if (total > PAGE) {
        body.append(" (").append(first).append("\u2013").append(first + articles.size() - 1).append(')');
      }
      body.append(".</p>\n<ol class=\"articles\" start=\"").append(first).append("\">\n");
      for (ArticleSummary a : articles) {
        body.append("<li><a class=\"title\" href=\"/articles/").append(Html.escape(a.id())).append("\">")
            .append(Html.escape(a.title() == null ? a.id() : a.title())).append("</a><br><span class=\"meta\">")
            .append(Html.escape(ReaderPage.source(a.source(), a.url(), words))).append(" · ")
            .append(ReaderPage.date(a.published(), a.firstSeen(), words)).append(" · ")
            .append(Html.escape(words.languageName(a.language()))).append("</span></li>\n");
      }
      body.append("</ol>\n");
      pages(body, page, total, words);
    }
    body.append("</main>\n");
    return Html.page(words, words.word("articles"), body.toString());
  }

  private static void pages(StringBuilder body, int page, int total, PageWords words) {
    int last = Math.max(1, (total + PAGE - 1) / PAGE);
    if (last == 1) {
      return;
    }
    body.append("<nav class=\"pages\">");
    if (page > 1) {
      body.append("<a rel=\"prev\" href=\"/articles/?page=").append(page - 1).append("\">")
          .append(Html.escape(words.word("newer"))).append("</a> ");
    }
    body.append("<span>").append(Html.escape(words.word("pageOf", String.valueOf(page), String.valueOf(last))))
        .append("</span>");
    if (page < last) {
      body.append(" <a rel=\"next\" href=\"/articles/?page=").append(page + 1).append("\">")
          .append(Html.escape(words.word("older"))).append("</a>");
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
