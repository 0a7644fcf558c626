package briefbot.chat.web;

/** The HTML shell of Briefbot's server-rendered pages, and escaping for the text that goes into them. */
final class Html {

  private Html() {}

  /** Escapes text for HTML element content and quoted attribute values. */
  static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * A whole page in {@code words}' language: {@code body} is already-escaped HTML; the page loads the stylesheet and
   * no script.
   */
  static String page(PageWords words, String title, String body) {
    return """
        <!doctype html>
        <html lang="%s">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>%s · Briefbot</title>
        <link rel="stylesheet" href="/static/style.css">
        <link rel="icon" href="/static/favicon.svg" type="image/svg+xml">
        </head>
        <body>
        <header class="bar"><a href="/">Briefbot</a> <a class="nav" href="/articles/">%s</a></header>
        %s
        </body>
        </html>
        """.formatted(escape(words.language()), escape(title), escape(words.word("articles")), body);
  }

  /** The page for an address that names nothing: a short message and a way back. */
  static String notFound(PageWords words, String messageKey) {
    return page(words, words.word("notFound"), """
        <main class="reader">
        <h1>%s</h1>
        <p>%s</p>
        <p><a href="/">%s</a></p>
        </main>
        """.formatted(escape(words.word("notFound")), escape(words.word(messageKey)),
        escape(words.word("askBriefbot"))));
  }
}
