package briefbot.chat.web;

import briefbot.answer.Conversation;
import briefbot.corpus.Corpus;
import briefbot.index.IndexedArticle;
import briefbot.index.ParagraphIndex;
import briefbot.index.SyncReport;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.util.JavalinLogger;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import jakarta.servlet.DispatcherType;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.eclipse.jetty.server.ConnectionLimit;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.servlet.FilterHolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Briefbot's one HTTP server: reader pages, the local chat page and its API, health and metrics, the routes
 * the chat adapters add, and the watcher that keeps the index in step with corpus/ while it serves.
 */
public final class WebServer implements AutoCloseable {

  /** Far above a question (at most 4,000 characters), far below anything that could hurt. */
  static final long MAX_BODY_BYTES = 64 * 1024;
  /** What every request may take (RequestBounds says how each is checked). */
  static final RequestBounds.Limits LIMITS = new RequestBounds.Limits(MAX_BODY_BYTES, Duration.ofSeconds(15), 512,
      32, 128);
  static final int CONNECTIONS_PER_CLIENT = 64;
  static final int CONNECTIONS_IN_TOTAL = 1_000;
  /** A connection that sends nothing for this long is closed; under the connection cap, after a few seconds. */
  static final Duration IDLE_TIMEOUT = Duration.ofSeconds(20);
  private static final Duration IDLE_TIMEOUT_WHEN_FULL = Duration.ofSeconds(5);
  /** The request line and headers together (so also the longest URL): beyond it 414 or 431. */
  static final int MAX_HEADER_BYTES = 8 * 1024;
  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(20);
  private static final Logger LOG = LoggerFactory.getLogger("briefbot.web.request");
  private static final String PAGE_POLICY = "default-src 'none'; style-src 'self'; img-src 'self'; "
      + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
  private static final String CHAT_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
      + "connect-src 'self'; img-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

  /**
   * What the pages serve: the index, the conversations of {@code /api/ask}, and the corpus folder kept in step with
   * the index by {@code sync}.
   */
  public record Site(ParagraphIndex index, Conversation conversation, Path corpusDir, Supplier<SyncReport> sync) {}

  private final Javalin app;
  private final CorpusWatcher watcher;

  private WebServer(Javalin app, CorpusWatcher watcher) {
    this.app = app;
    this.watcher = watcher;
  }

  /**
   * Starts serving on {@code port} (0 picks a free one) and starts watching the corpus. {@code extraRoutes}
   * add the chat adapters' endpoints to the same server; {@code registry} is the one every part counts in.
   */
  public static WebServer start(Site site, PrometheusMeterRegistry registry, int port,
      List<Consumer<Javalin>> extraRoutes) {
    WebMetrics metrics = new WebMetrics(registry, site.index());
    Errors errors = new Errors(metrics);
    Assets assets = Assets.load();
    // Javalin's start-up lines ("Listening on", "Your Javalin version is 531 days old. Consider checking for a newer
    // version.") speak to a developer of Javalin; serve says where it listens in its own words
    JavalinLogger.startupInfo = false;
    Javalin app = Javalin.create(config -> {
      config.showJavalinBanner = false;
      config.startupWatcherEnabled = false;
      config.http.maxRequestSize = MAX_BODY_BYTES;
      config.jetty.modifyServer(server -> {
        server.setStopTimeout(STOP_TIMEOUT.toMillis());
        ConnectionLimit total = new ConnectionLimit(CONNECTIONS_IN_TOTAL, server);
        total.setIdleTimeout(IDLE_TIMEOUT_WHEN_FULL.toMillis());
        server.addBean(total);
      });
      config.jetty.modifyHttpConfiguration(http -> {
        http.setRequestHeaderSize(MAX_HEADER_BYTES);
        // No Jetty minimum data rate: it counts from the body's first byte to each read, so a small body a busy server
        // reads late, or whose bytes arrive apart, was a 408. RequestBounds checks the rate from when reading starts.
        http.setSendServerVersion(false);
      });
      config.jetty.addConnector((server, http) -> connector(server, http, port, metrics));
      config.jetty.modifyServletContextHandler(context -> context.addFilter(
          new FilterHolder(new RequestBounds(LIMITS, metrics)), "/*", EnumSet.of(DispatcherType.REQUEST)));
      config.requestLogger.http((ctx, ms) -> logRequest(metrics, ctx, ms));
    });
    app.before(ctx -> {
      ctx.header("X-Content-Type-Options", "nosniff");
      ctx.header("Referrer-Policy", "same-origin");
      ctx.header("Vary", "Accept-Language"); // the pages' own words are in the browser's language
      ctx.header("Content-Security-Policy", PAGE_POLICY);
    });
    app.get("/", ctx -> {
      ctx.header("Content-Security-Policy", CHAT_POLICY);
      ctx.html(assets.chatPage(PageWords.of(ctx)));
    });
    app.get("/static/{name}", assets::serve);
    app.get("/favicon.ico", ctx -> ctx.redirect("/static/favicon.svg", HttpStatus.MOVED_PERMANENTLY));
    app.get("/articles/", ctx -> articles(site.index(), ctx)); // "/articles" too: trailing slashes are ignored
    app.get("/articles/{id}", ctx -> article(site.index(), ctx));
    app.post("/api/ask", new AskEndpoint(site.conversation(), metrics));
    app.get("/healthz", ctx -> health(site.index(), ctx));
    app.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(registry.scrape()));
    extraRoutes.forEach(routes -> routes.accept(app));
    app.error(HttpStatus.NOT_FOUND, errors::notFound);
    app.exception(HttpResponseException.class, errors::refused);
    app.exception(Exception.class, errors::failed);
    CorpusWatcher watcher = new CorpusWatcher(site.corpusDir(), site.sync(), site.index()::intact, metrics);
    try {
      app.start(port);
    } catch (Exception e) { // Kotlin code: a checked exception may come undeclared
      // Jetty says a port taken between the check at start-up and here as "STOPPED": ask the port itself
      String taken = cannotListen(port, "--port or BRIEFBOT_PORT");
      throw taken != null ? new IllegalStateException(taken, e)
          : e instanceof RuntimeException r ? r : new IllegalStateException(e.getMessage(), e);
    }
    watcher.start();
    return new WebServer(app, watcher);
  }

  /**
   * Fails at once, in plain words, when {@code port} cannot be listened on (another process holds it): {@code serve}
   * asks before the index and the model load, where the server's own failure came a minute later as "STOPPED".
   * {@code setting} names where the port was set, for the message.
   */
  public static void checkPort(int port, String setting) {
    String taken = cannotListen(port, setting);
    if (taken != null) {
      throw new IllegalStateException(taken);
    }
  }

  /** Why {@code port} cannot be listened on, in the user's terms; null when it can (0, any free port, always can). */
  private static String cannotListen(int port, String setting) {
    if (port == 0) {
      return null;
    }
    try (ServerSocket socket = new ServerSocket()) {
      socket.setReuseAddress(true); // as Jetty binds: a port whose last connections linger in TIME_WAIT is free
      socket.bind(new InetSocketAddress(port));
      return null;
    } catch (IOException e) {
      String why = String.valueOf(e.getMessage());
      return why.contains("in use")
          ? "port " + port + " is already in use (another briefbot serve?): stop that one, or choose another port"
              + " with " + setting
          : "cannot listen on port " + port + " (" + why + "): choose another port with " + setting;
    }
  }

  /** The one HTTP/1.1 connector, with the idle timeout and the per-client connection cap. */
  private static ServerConnector connector(Server server, HttpConfiguration http, int port, WebMetrics metrics) {
    ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
    connector.setPort(port);
    connector.setIdleTimeout(IDLE_TIMEOUT.toMillis());
    connector.addBean(new ClientConnections(CONNECTIONS_PER_CLIENT, metrics));
    return connector;
  }

  /** The port it listens on (the real one when started with 0). */
  public int port() {
    return app.port();
  }

  /** An unknown or malformed id (path traversal included) is a 404: ids are looked up in the index, never on disk. */
  private static void article(ParagraphIndex index, Context ctx) {
    String id = ctx.pathParam("id");
    Optional<IndexedArticle> article = Corpus.isValidId(id) ? index.article(id) : Optional.empty();
    if (article.isEmpty()) {
      ctx.status(HttpStatus.NOT_FOUND); // the 404 handler writes the page
      return;
    }
    QueryMarks marks = QueryMarks.of(index, ctx.queryParam("q"));
    ctx.header("Cache-Control", "no-cache");
    ctx.html(ReaderPage.render(article.get(), marks, ctx.queryParam("answer"), PageWords.of(ctx)));
  }

  private static void articles(ParagraphIndex index, Context ctx) {
    int total = index.articleCount();
    int page = ArticlesPage.page(ctx.queryParam("page"), total);
    ctx.header("Cache-Control", "no-cache");
    ctx.html(ArticlesPage.render(index.newest((page - 1) * ArticlesPage.PAGE, ArticlesPage.PAGE), page, total,
        PageWords.of(ctx)));
  }

  private static void health(ParagraphIndex index, Context ctx) {
    boolean ok = index.searchable();
    var body = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode()
        .put("status", ok ? "ok" : "unavailable");
    if (ok) {
      body.put("articles", index.articleCount()).put("paragraphs", index.paragraphCount())
          .put("readOnly", index.readOnly());
    }
    ctx.status(ok ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE).contentType("application/json")
        .result(body.toString());
  }

  private static void logRequest(WebMetrics metrics, Context ctx, float ms) {
    String route = route(ctx);
    int status = ctx.statusCode();
    metrics.request(ctx.method().name(), route, status, Duration.ofNanos((long) (ms * 1_000_000)));
    if (route.equals("/healthz") || route.equals("/metrics")) {
      // probes and scrapes come every few seconds: logged only when asked for (BRIEFBOT_LOG_LEVEL=DEBUG)
      LOG.debug("method={} path={} status={} ms={}", ctx.method(), Errors.shortPath(ctx), status, Math.round(ms));
    } else {
      LOG.info("method={} path={} status={} ms={}", ctx.method(), Errors.shortPath(ctx), status, Math.round(ms));
    }
  }

  /** The route template (bounded label values for metrics); Javalin has none for a request nothing matched. */
  private static String route(Context ctx) {
    try {
      String route = ctx.endpointHandlerPath();
      return route == null || route.isEmpty() ? "unmatched" : route;
    } catch (IllegalStateException e) {
      return "unmatched";
    }
  }

  /** Stops taking new connections, lets requests in flight finish, then stops the corpus watcher. */
  @Override
  public void close() {
    app.stop();
    watcher.close();
  }
}
