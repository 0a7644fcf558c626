package briefbot.chat.teams;

import briefbot.answer.Answerer;
import briefbot.answer.Conversation;
import briefbot.chat.ConversationStore;
import briefbot.chat.Pending;
import briefbot.chat.watch.Watches;
import briefbot.config.Config;
import briefbot.digest.DigestSink;
import briefbot.state.BotState;
import io.javalin.Javalin;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/** The Microsoft Teams bot: the Bot Framework activity protocol at {@code POST /api/messages}, and its digest sink. */
public final class TeamsBot implements AutoCloseable {

  public static final String PATH = "/api/messages";
  /** The questions of each conversation (a chat, a channel's reply chain), what follow-ups are resolved against. */
  static final String THREADS = "teams.threads";
  private static final int WORKERS = 4;
  private static final int QUEUE = 500;
  /** An activity still pending after this long (the Bot Connector was down, say) is dropped, not answered late. */
  private static final Duration GIVE_UP = Duration.ofHours(1);

  private final Endpoint endpoint;
  private final TeamsDigestSink sink;
  private final ThreadPoolExecutor workers;
  private final Pending pending;

  private TeamsBot(Endpoint endpoint, TeamsDigestSink sink, ThreadPoolExecutor workers, Pending pending) {
    this.endpoint = endpoint;
    this.sink = sink;
    this.workers = workers;
    this.pending = pending;
  }

  /** The Teams bot when {@code TEAMS_APP_ID} is set, else null; a missing password stops start-up. */
  public static TeamsBot fromConfig(Config config, Answerer answerer, BotState state, MeterRegistry metrics,
      Clock clock) {
    return fromConfig(config, answerer, state, metrics, clock, (Watches) null);
  }

  /** The same with the conversations' watches (null: none). */
  public static TeamsBot fromConfig(Config config, Answerer answerer, BotState state, MeterRegistry metrics,
      Clock clock, Watches watches) {
    return fromConfig(config, answerer, state, metrics, clock,
        HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build(), watches);
  }

  public static TeamsBot fromConfig(Config config, Answerer answerer, BotState state, MeterRegistry metrics,
      Clock clock, HttpClient http) {
    return fromConfig(config, answerer, state, metrics, clock, http, null);
  }

  /**
   * The same with the conversations' watches ("watch TOPIC"), whose Teams alerts this bot then posts; null: no
   * watches (the words are then a question like any other).
   */
  public static TeamsBot fromConfig(Config config, Answerer answerer, BotState state, MeterRegistry metrics,
      Clock clock, HttpClient http, Watches watches) {
    TeamsSettings settings = TeamsSettings.from(config);
    if (settings == null) {
      return null;
    }
    Connector connector = new Connector(http, new BotToken(http, settings, clock));
    Conversations conversations = new Conversations(state);
    conversations.all().forEach(ref -> connector.trust(ref.serviceUrl()));
    Votes votes = new Votes(state, metrics, clock);
    ThreadPoolExecutor workers = workers();
    Pending pending = new Pending(state, Endpoint.PENDING, Endpoint.ACTIVITIES, GIVE_UP, clock);
    Endpoint endpoint = new Endpoint(
        new TokenValidator(new SigningKeys(http, settings.openIdMetadataUrl(), clock), settings.appId(), clock),
        connector, new Dialog(new Conversation(answerer, new ConversationStore(state, THREADS), clock), connector,
            votes, new DigestSubscription(conversations, state, clock), metrics, watches, TeamsWatchSink.refs(state)),
        new Installs(conversations, state), votes, conversations,
        state, pending, workers, metrics, clock);
    metrics.gauge("briefbot.teams.conversations", state, s -> s.count(Conversations.NAMESPACE));
    if (watches != null) {
      watches.sink(new TeamsWatchSink(state, conversations, connector));
    }
    pending.start(key -> workers.execute(() -> endpoint.process(key)), endpoint::giveUp);
    return new TeamsBot(endpoint, new TeamsDigestSink(conversations, connector, state), workers, pending);
  }

  /** Registers {@code POST /api/messages} on the server. */
  public Consumer<Javalin> routes() {
    return app -> app.post(PATH, endpoint::handle);
  }

  /** Posts digests to the Teams conversations the app is installed in. */
  public DigestSink digestSink() {
    return sink;
  }

  /** Writes the Teams app package (manifest and icons) that a user uploads to Teams. */
  public static void writeAppPackage(Config config, Path zip, String version) throws IOException {
    AppPackage.write(config, zip, version);
  }

  /** Stops taking work and lets the activities in hand finish (up to 10 seconds). */
  @Override
  public void close() {
    pending.close();
    workers.shutdown();
    try {
      workers.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static ThreadPoolExecutor workers() {
    AtomicInteger n = new AtomicInteger();
    return new ThreadPoolExecutor(WORKERS, WORKERS, 60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(QUEUE), r -> {
      Thread t = new Thread(r, "teams-worker-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
  }
}
