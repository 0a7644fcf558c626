package briefbot.app;

import briefbot.answer.Conversation;
import briefbot.chat.ConversationStore;
import briefbot.chat.slack.SlackBot;
import briefbot.chat.teams.TeamsBot;
import briefbot.chat.watch.Watches;
import briefbot.chat.web.WebServer;
import briefbot.config.Config;
import briefbot.config.Settings;
import briefbot.digest.DigestSink;
import briefbot.digest.Digests;
import briefbot.feeds.Feeds;
import briefbot.index.SyncReport;
import briefbot.state.BotState;
import briefbot.text.Failures;
import io.javalin.Javalin;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running bot, what {@code serve} starts and tests start the same way: the core, the one bot state, feeds, the
 * chat adapters, the daily digest and the one HTTP server, each opened once and in an order the types enforce.
 */
public final class Service implements AutoCloseable {

  /** An extra part of the service (tests add routes with it): adds its endpoints, stops with the service. */
  public interface Extension extends AutoCloseable {
    /** Adds this part's endpoints to the one HTTP server (before it starts). */
    default void routes(Javalin app) {}

    @Override
    default void close() throws Exception {}
  }

  /** Opens an extension once the core is open and synced. */
  @FunctionalInterface
  public interface ExtensionFactory {
    Extension open(Briefbot bot, PrometheusMeterRegistry registry) throws Exception;
  }

  /**
   * What watches the start-up sync, opened as it begins and closed as it ends (a Ctrl-C then says what the sync kept;
   * before or after it there is nothing of the index to say): its progress lines, logged either way, go to it too.
   */
  public interface SyncWatch extends AutoCloseable {
    void progress(String line);

    @Override
    void close();
  }

  /** What a caller may change: how feeds fetch (tests allow loopback), extra parts, and what watches the sync. */
  public record Options(UnaryOperator<Feeds.Options> feeds, List<ExtensionFactory> extensions,
      Supplier<SyncWatch> syncWatch) {
    public Options {
      extensions = List.copyOf(extensions);
    }

    private static final SyncWatch UNWATCHED = new SyncWatch() {
      @Override
      public void progress(String line) {}

      @Override
      public void close() {}
    };

    public static Options defaults() {
      return new Options(UnaryOperator.identity(), List.of(), () -> UNWATCHED);
    }

    public Options withFeeds(UnaryOperator<Feeds.Options> adjust) {
      return new Options(adjust, extensions, syncWatch);
    }

    public Options with(ExtensionFactory extension) {
      List<ExtensionFactory> all = new ArrayList<>(extensions);
      all.add(extension);
      return new Options(feeds, all, syncWatch);
    }

    /** These options, with the start-up sync watched by what {@code watch} opens as the sync begins. */
    public Options withSyncWatch(Supplier<SyncWatch> watch) {
      return new Options(feeds, extensions, watch);
    }
  }

  private static final Logger LOG = LoggerFactory.getLogger(Service.class);
  private static final Logger WEB_LOG = LoggerFactory.getLogger("briefbot.web.request");
  /** The questions of each chat-page conversation ({@code /api/ask} with a conversation id). */
  static final String WEB_CONVERSATIONS = "web.conversations";
  private static final Duration KEEP_CONVERSATIONS = Duration.ofDays(30);

  private final Briefbot bot;
  private final WebServer server;
  private final PrometheusMeterRegistry registry;
  /** Everything opened, closed in reverse: the server first, the bot state last. */
  private final Deque<Part> opened;
  /** The chat apps started ("Slack", "Teams"): the start-up line says which. */
  private final List<String> chatApps;

  private Service(Briefbot bot, WebServer server, PrometheusMeterRegistry registry, Deque<Part> opened,
      List<String> chatApps) {
    this.chatApps = List.copyOf(chatApps);
    this.bot = bot;
    this.server = server;
    this.registry = registry;
    this.opened = opened;
  }

  public static Service start(Config config, Clock clock) throws Exception {
    return start(config, clock, Options.defaults());
  }

  /** Opens everything, syncs the index and starts serving on the configured port; on failure closes what it opened. */
  public static Service start(Config config, Clock clock, Options options) throws Exception {
    PublicLinks.check(config); // these checks come before the embedding model takes seconds to load
    Briefbot.requireCorpus(config);
    WebServer.checkPort(config.port(), config.nameOf(Settings.PORT));
    Backend.check(config);
    Deque<Part> opened = new ArrayDeque<>();
    PrometheusMeterRegistry registry = newRegistry();
    opened.push(new Part("the metrics", registry::close));
    try {
      BotState state = Backend.state(config, clock);
      opened.push(new Part("the bot state", state));
      Briefbot bot = Briefbot.open(config, clock, state, registry);
      opened.push(new Part("the index", bot));
      // read while the index syncs, so that the first German or Dutch question does not wait for its dictionary
      bot.index().analysis().readDictionariesAhead();
      SyncReport report;
      try (SyncWatch watch = options.syncWatch().get()) {
        report = bot.sync(line -> {
          LOG.info("{}", line);
          watch.progress(line);
        });
      }
      report.warnings().forEach(w -> LOG.warn("corpus: {}", w));
      LOG.info("{}", report.summary());
      List<Consumer<Javalin>> routes = new ArrayList<>();
      Feeds feeds = FeedsFeature.start(bot, state, options.feeds().apply(Feeds.Options.from(config)), registry, clock);
      opened.push(new Part("the feeds", feeds));
      List<String> chatApps = chat(bot, state, feeds, registry, clock, opened, routes);
      for (ExtensionFactory factory : options.extensions()) {
        Extension extension = factory.open(bot, registry);
        opened.push(new Part("an extension", extension));
        routes.add(extension::routes);
      }
      ConversationStore web = new ConversationStore(state, WEB_CONVERSATIONS);
      web.prune(clock.instant().minus(KEEP_CONVERSATIONS).toEpochMilli());
      WebServer server = WebServer.start(new WebServer.Site(bot.index(),
          new Conversation(bot.answerer(), web, clock), bot.corpus().dir(), () -> bot.sync(WEB_LOG::debug)),
          registry, config.port(), routes);
      opened.push(new Part("the web server", server));
      return new Service(bot, server, registry, opened, chatApps);
    } catch (Exception | Error e) {
      closeAll(opened);
      throw e;
    }
  }

  /**
   * The chat adapters, and the digest and watch alerts that post through them. The digest is created from the
   * adapters' sinks before the Slack bot, which shows it on {@code /brief digest}; it starts after every sink is ready
   * and stops first; the watches likewise. Returns the names of the chat apps started.
   */
  private static List<String> chat(Briefbot bot, BotState state, Feeds feeds, PrometheusMeterRegistry registry,
      Clock clock, Deque<Part> opened, List<Consumer<Javalin>> routes) {
    Config config = bot.config();
    List<String> started = new ArrayList<>();
    List<DigestSink> sinks = new ArrayList<>();
    Watches watches = Watches.fromConfig(config, state, bot.answerer(), bot.index(), clock);
    TeamsBot teams = TeamsBot.fromConfig(config, bot.answerer(), state, registry, clock, watches);
    if (teams != null) {
      opened.push(new Part("Teams", teams));
      routes.add(teams.routes());
      sinks.add(teams.digestSink());
      started.add("Teams");
    }
    sinks.add(SlackBot.digestSink(config, state));
    Digests digests = DigestSetup.digests(bot, state, sinks, clock);
    SlackBot slack = SlackBot.fromConfig(config, bot.answerer(), state, registry, clock,
        channel -> digests.preview("slack", channel),
        feeds.adder(), watches, channel -> digests.language("slack", channel));
    if (slack != null) {
      opened.push(new Part("Slack", slack));
      slack.start();
      routes.add(slack.routes());
      started.add(0, "Slack");
    }
    opened.push(new Part("the digest", digests.start()));
    opened.push(new Part("the watch alerts", watches.start())); // after every sink is ready; stops before them
    return started;
  }

  private static PrometheusMeterRegistry newRegistry() {
    PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    List.of(new JvmMemoryMetrics(), new JvmGcMetrics(), new JvmThreadMetrics(), new ProcessorMetrics(),
        new UptimeMetrics()).forEach(binder -> binder.bindTo(registry));
    return registry;
  }

  /** A part of the running bot, named for the line that says it failed to stop. */
  private record Part(String name, AutoCloseable closeable) {}

  private static void closeAll(Deque<Part> opened) {
    while (!opened.isEmpty()) {
      Part part = opened.pop();
      try {
        part.closeable().close();
      } catch (Exception e) {
        LOG.warn("stopping {}: {}", part.name(), Failures.inWords(e));
      }
    }
  }

  /** The chat apps this service started ("Slack", "Teams"), none when neither is configured. */
  public List<String> chatApps() {
    return chatApps;
  }

  public Briefbot bot() {
    return bot;
  }

  /** The port it listens on (the real one when started with 0). */
  public int port() {
    return server.port();
  }

  public PrometheusMeterRegistry registry() {
    return registry;
  }

  /** Stops taking requests and finishes those in flight, stops every part, then closes the index and the state. */
  @Override
  public void close() {
    LOG.info("shutting down: finishing requests in flight");
    closeAll(opened);
    LOG.info("stopped");
  }
}
