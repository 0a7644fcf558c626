package briefbot.chat.slack;

import briefbot.answer.Answerer;
import briefbot.answer.Conversation;
import briefbot.chat.ConversationStore;
import briefbot.chat.Pending;
import briefbot.chat.watch.Watches;
import briefbot.config.Config;
import briefbot.config.ConfigException;
import briefbot.digest.Digest;
import briefbot.digest.DigestSink;
import briefbot.state.BotState;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.socket_mode.SocketModeClient;
import io.javalin.Javalin;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Briefbot in Slack (Bolt for Java): answers mentions in threads, direct messages and {@code /brief}, with cited
 * Block Kit answers; connects by Socket Mode when SLACK_APP_TOKEN is set and serves {@code POST /slack/events}
 * when SLACK_SIGNING_SECRET is set.
 */
public final class SlackBot implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(SlackBot.class);
  /** The surface name watches and metrics know Slack by. */
  static final String SURFACE = "slack";
  /** The questions of each thread and direct-message conversation, what follow-ups are resolved against. */
  static final String THREADS = "slack.threads";
  private static final Duration KEEP_EVENT_IDS = Duration.ofDays(7);
  private static final Duration KEEP_THREADS = Duration.ofDays(30);
  private static final Duration KEEP_ANSWERS = Duration.ofDays(90);
  /** Questions waiting for an answer, until it is posted ({@link Pending}). */
  static final String PENDING = "slack.pending";
  /** A question still pending after this long (Slack was down, say) gets an apology instead of a late answer. */
  private static final Duration GIVE_UP = Duration.ofHours(6);

  private final SlackSettings settings;
  private final Slack slack;
  private final App app;
  private final BotState state;
  private final Clock clock;
  private final ExecutorService io;
  private final ExecutorService cpu;
  private final Pending pending;
  private final Asking asking;
  private final SlackCalls calls;
  private final ConversationStore threads;
  private SocketModeApp socketMode;

  private SlackBot(SlackSettings settings, Answerer answerer, BotState state, MeterRegistry meters, Clock clock,
      Function<String, Digest> digest, Function<String, String> addArticle, Watches watches,
      Function<String, String> channelLanguage) {
    this.settings = settings;
    this.state = state;
    this.clock = clock;
    this.slack = slack(settings);
    this.app = new App(AppConfig.builder().slack(slack).singleTeamBotToken(settings.botToken())
        .signingSecret(settings.signingSecret()).allEventsApiAutoAckEnabled(true)
        .subtypedMessageEventsAutoAckEnabled(true).build());
    this.io = Executors.newFixedThreadPool(8, threads("slack-io"));
    this.cpu = Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()),
        threads("slack-answer"));
    this.calls = new SlackCalls(slack, settings.botToken());
    AnswerStore answers = new AnswerStore(state);
    this.pending = new Pending(state, PENDING, Events.NAMESPACE, GIVE_UP, clock);
    this.threads = new ConversationStore(state, THREADS);
    UserLanguages languages = new UserLanguages(calls, io, answerer.retriever()::language, channelLanguage);
    this.asking = new Asking(calls, new Conversation(answerer, threads, clock), answers,
        new UserRateLimit(settings.questionsPerMinute(), clock), io, cpu, meters, pending, watches, languages);
    new Events(pending, asking).register(app);
    new BriefCommand(asking, calls, answers, state, settings.admins(), digest, addArticle, watches, clock)
        .register(app);
    if (watches != null) {
      watches.sink(new SlackWatchSink(calls));
    }
    new Actions(new Votes(state, answers, meters, clock), answers, calls, asking).register(app);
    new HomeTab(calls, state, settings.digestChannels(), watches, io, languages).register(app);
  }

  /**
   * The Slack bot when SLACK_APP_TOKEN or SLACK_SIGNING_SECRET is set, else null; {@code digest} (today's digest
   * for a channel id, in that channel's language and filter) and {@code addArticle} may be null (then /brief says
   * those features are not configured).
   *
   * @throws briefbot.config.ConfigException naming the missing or malformed setting
   */
  public static SlackBot fromConfig(Config config, Answerer answerer, BotState state, MeterRegistry meters,
      Clock clock, Function<String, Digest> digest, Function<String, String> addArticle) {
    return fromConfig(config, answerer, state, meters, clock, digest, addArticle, null);
  }

  /**
   * The same with the channels' watches ({@code /brief watch}), whose Slack alerts this bot then posts; null: no
   * watches (the commands say so).
   */
  public static SlackBot fromConfig(Config config, Answerer answerer, BotState state, MeterRegistry meters,
      Clock clock, Function<String, Digest> digest, Function<String, String> addArticle, Watches watches) {
    return fromConfig(config, answerer, state, meters, clock, digest, addArticle, watches, channel -> "en");
  }

  /**
   * The same with {@code channelLanguage}, the language of a channel's digest (by channel id): what a reply to a
   * command falls back to when neither the user's Slack locale nor the command's own words tell the language.
   */
  public static SlackBot fromConfig(Config config, Answerer answerer, BotState state, MeterRegistry meters,
      Clock clock, Function<String, Digest> digest, Function<String, String> addArticle, Watches watches,
      Function<String, String> channelLanguage) {
    if (!SlackSettings.wanted(config)) {
      return null;
    }
    return new SlackBot(SlackSettings.forBot(config), answerer, state, meters, clock, digest, addArticle, watches,
        channelLanguage);
  }

  /**
   * The digest's Slack destination (configured channels plus {@code /brief digest on} subscriptions), for the
   * service and for commands that post without running the bot; null without SLACK_BOT_TOKEN.
   */
  public static DigestSink digestSink(Config config, BotState state) {
    SlackSettings settings = SlackSettings.forDigest(config);
    return settings == null ? null
        : new SlackDigestSink(new SlackCalls(slack(settings), settings.botToken()), settings.digestChannels(), state);
  }

  /** Registers {@code POST /slack/events} in HTTP mode; adds nothing when only Socket Mode is configured. */
  public Consumer<Javalin> routes() {
    if (!settings.httpMode()) {
      return javalin -> {};
    }
    HttpEndpoint endpoint = new HttpEndpoint(app, settings.signingSecret(), Clock.systemUTC());
    return javalin -> javalin.post(HttpEndpoint.PATH, endpoint::handle);
  }

  /**
   * Forgets old event ids and threads, starts Bolt, takes up the questions a stopped process left pending and, with an
   * app token, connects by Socket Mode.
   */
  public synchronized void start() {
    long now = clock.millis();
    state.prune(Events.NAMESPACE, now - KEEP_EVENT_IDS.toMillis());
    threads.prune(now - KEEP_THREADS.toMillis());
    state.prune(AnswerStore.NAMESPACE, now - KEEP_ANSWERS.toMillis());
    try {
      app.start();
    } catch (IllegalArgumentException e) {
      throw tokenCheckFailed(e.getMessage(), settings.apiUrl());
    }
    sayLackingScopes();
    pending.start(asking::answerPending, asking::giveUp);
    if (settings.socketMode() && socketMode == null) {
      try {
        socketMode = new SocketModeApp(settings.appToken(), app, SocketModeClient.Backend.JavaWebSocket);
        socketMode.startAsync();
      } catch (Exception e) {
        // The SDK logs the reason (such as invalid_auth) before failing here.
        throw new IllegalStateException("Slack Socket Mode could not connect: check SLACK_APP_TOKEN"
            + " (an xapp- token with connections:write) and that Slack is reachable", e);
      }
    }
    LOG.info("slack bot started socketMode={} httpMode={}", settings.socketMode(), settings.httpMode());
  }

  /** The bot scopes {@code slack-manifest} asks for, in the manifest's order. */
  public static List<String> scopes() {
    return Scopes.NEEDED;
  }

  /**
   * One line naming the scopes the token lacks: without im:history Slack sends no direct message at all, so nothing
   * else would ever say so. Only a hint: a failed check says nothing and stops nothing.
   */
  private void sayLackingScopes() {
    try {
      Scopes.lacking(calls.call("auth.test", m -> m.authTest(r -> r))).filter(lacking -> !lacking.isEmpty())
          .ifPresent(lacking -> LOG.warn("the Slack app lacks the scopes {} that `briefbot slack-manifest` asks for:"
              + " add them on the app's OAuth & Permissions page and reinstall it to the workspace (without"
              + " im:history no direct message reaches Briefbot)", String.join(", ", lacking)));
    } catch (SlackCallFailed e) {
      LOG.debug("the Slack app's scopes were not checked: {}", e.getMessage());
    }
  }

  @Override
  public synchronized void close() {
    try {
      if (socketMode != null) {
        socketMode.close();
      }
    } catch (Exception e) {
      LOG.warn("slack socket mode close failed error=\"{}\"", e.getMessage());
    }
    app.stop();
    pending.close();
    io.shutdown();
    cpu.shutdown();
    try {
      io.awaitTermination(10, TimeUnit.SECONDS);
      cpu.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Bolt checks the bot token with auth.test as it starts and says every failure as "The token is invalid", one where
   * Slack was never reached (offline, a wrong SLACK_API_URL) too: said here as what it is.
   */
  private static RuntimeException tokenCheckFailed(String bolt, String apiUrl) {
    Matcher refused = Pattern.compile("auth\\.test error: ([^)]*)\\)").matcher(bolt);
    if (refused.find()) {
      return new ConfigException("Slack refused SLACK_BOT_TOKEN (" + refused.group(1) + "): use the app's Bot User"
          + " OAuth Token (xoxb-…) from its OAuth & Permissions page");
    }
    Matcher unreached = Pattern.compile("\\(error: (.*)\\)$").matcher(bolt);
    if (unreached.find()) {
      return new IllegalStateException("cannot reach Slack at " + (apiUrl == null ? "https://slack.com/api/" : apiUrl)
          + " to check SLACK_BOT_TOKEN (" + unreached.group(1) + "): check the network, or SLACK_API_URL");
    }
    return new IllegalStateException(bolt);
  }

  private static Slack slack(SlackSettings settings) {
    SlackConfig config = new SlackConfig();
    if (settings.apiUrl() != null) {
      config.setMethodsEndpointUrlPrefix(settings.apiUrl());
    }
    // The metrics behind the SDK's async rate limiter run a background thread we have no use for.
    config.setStatsEnabled(false);
    return Slack.getInstance(config);
  }

  private static ThreadFactory threads(String name) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, name + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
