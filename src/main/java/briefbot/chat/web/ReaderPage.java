package briefbot.chat.web;

import briefbot.corpus.Article;
import briefbot.corpus.Paragraph;
import briefbot.index.IndexedArticle;
import java.util.Locale;
import java.util.Objects;

/**
 * The reader page of one article: every paragraph under its anchor {@code p{n}} with its number visible;
 * the stylesheet highlights the paragraph the address names ({@code :target}), so it needs no script.
 */
final class ReaderPage {

  private ReaderPage() {}

  static String render(IndexedArticle indexed, QueryMarks marks) {
    Article article = indexed.article();
    StringBuilder body = new StringBuilder(8192);
    body.append("<main class=\"reader\">\n<article>\n<h1>").append(Html.escape(article.displayTitle())).append("</h1>\n");
    body.append(meta(article));
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
      body.append("><a class=\"num\" href=\"#p").append(p.number()).append("\" aria-label=\"paragraph ")
          .append(p.number()).append("\">").append(p.number()).append("</a> <span class=\"text\">")
          .append(marks.html(p.text(), p.language())).append("</span></p>\n");
    }
    body.append("</article>\n</main>\n");
    return Html.page(article.language(), article.displayTitle(), body.toString());
  }

  /** Source, language, date and the link to the original, where known. */
  private static String meta(Article article) {
    StringBuilder meta = new StringBuilder("<p class=\"meta\">");
    String sep = "";
    if (article.source() != null) {
      meta.append("<span class=\"source\">").append(Html.escape(article.source())).append("</span>");
      sep = " · ";
    }
    meta.append(sep).append("<span class=\"language\">").append(Html.escape(languageName(article.language())))
        .append("</span>");
    if (article.published() != null) {
      meta.append(" · <time datetime=\"").append(article.published()).append("\">").append(article.published())
          .append("</time>");
    }
    if (isWebLink(article.url())) {
      meta.append(" · <a class=\"original\" href=\"").append(Html.escape(article.url()))
          .append("\" rel=\"noopener noreferrer nofollow\">original article</a>");
    }
    return meta.append("</p>\n").toString();
  }

  static String languageName(String code) {
    String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
    return name.isEmpty() ? code : name;
  }

  /** The corpus checks this too; the page checks again because an href is where markup turns into script. */
  static boolean isWebLink(String url) {
    if (url == null) {
      return false;
    }
    String lower = url.toLowerCase(Locale.ROOT);
    return lower.startsWith("https://") || lower.startsWith("http://");
  }
}
