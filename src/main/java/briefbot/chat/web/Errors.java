package briefbot.chat.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every failure as a short, clean reply: JSON {"error": ...} under /api/, a small HTML page elsewhere;
 * the stack trace goes to the log only.
 */
final class Errors {

  private static final Logger LOG = LoggerFactory.getLogger(Errors.class);
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final WebMetrics metrics;

  Errors(WebMetrics metrics) {
    this.metrics = metrics;
  }

  static void json(Context ctx, HttpStatus status, String message) {
    ctx.status(status).contentType("application/json; charset=utf-8")
        .result(MAPPER.createObjectNode().put("error", message).toString());
  }

  static void html(Context ctx, HttpStatus status, String page) {
    ctx.status(status).contentType("text/html; charset=utf-8").result(page);
  }

  private static boolean api(Context ctx) {
    return ctx.path().startsWith("/api/");
  }

  void notFound(Context ctx) {
    if (api(ctx)) {
      json(ctx, HttpStatus.NOT_FOUND, "There is nothing at " + ctx.method() + " " + shortPath(ctx) + ".");
    } else if (ctx.path().startsWith("/articles/")) {
      html(ctx, HttpStatus.NOT_FOUND, Html.notFound(PageWords.of(ctx), "noArticle"));
    } else {
      html(ctx, HttpStatus.NOT_FOUND, Html.notFound(PageWords.of(ctx), "noPage"));
    }
  }

  /** Javalin's own refusals (a body over the size limit, a wrong method ...). */
  void refused(HttpResponseException e, Context ctx) {
    HttpStatus status = HttpStatus.forStatus(e.getStatus());
    if (status == HttpStatus.CONTENT_TOO_LARGE || status == HttpStatus.REQUEST_TIMEOUT
        || status == HttpStatus.BAD_REQUEST) {
      ctx.header("Connection", "close"); // the rest of the body is not read: the connection cannot be reused
    }
    String message = status == HttpStatus.CONTENT_TOO_LARGE
        ? "The request body is too large (at most " + WebServer.MAX_BODY_BYTES / 1024 + " KB)."
        : status.getMessage() + ".";
    if (api(ctx)) {
      json(ctx, status, message);
    } else {
      html(ctx, status, Html.page(PageWords.of(ctx), status.getMessage(), "<main class=\"reader\"><h1>"
          + Html.escape(status.getMessage()) + "</h1><p>" + Html.escape(message) + "</p></main>"));
    }
  }

  void failed(Exception e, Context ctx) {
    metrics.error("http");
    LOG.error("request failed method={} path={}", ctx.method(), shortPath(ctx), e);
    // the apology is in the language of the request's Accept-Language, as the pages' own words are
    PageWords words = PageWords.of(ctx);
    if (api(ctx)) {
      json(ctx, HttpStatus.INTERNAL_SERVER_ERROR, words.word("serverError"));
    } else {
      html(ctx, HttpStatus.INTERNAL_SERVER_ERROR, Html.page(words, words.word("error"), "<main class=\"reader\"><h1>"
          + Html.escape(words.word("error")) + "</h1><p>" + Html.escape(words.word("serverError")) + "</p></main>"));
    }
  }

  /** The path for a log line or a message: bounded, one line. */
  static String shortPath(Context ctx) {
    String path = ctx.path().replaceAll("[\\p{Cntrl}\\s]", "?");
    return path.length() > 200 ? path.substring(0, 200) + "…" : path;
  }
}
