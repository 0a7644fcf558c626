package briefbot;

import briefbot.corpus.CorpusException;
import briefbot.index.SyncReport;
import briefbot.web.WebServer;
import ch.qos.logback.classic.Level;
import io.javalin.Javalin;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code briefbot serve}: the bot as a service: reader pages, chat page, Slack and Teams, live corpus. */
@Command(name = "serve", description = "Serve the reader pages, the chat page at /, Slack and Teams, and keep the "
    + "index in step with corpus/.")
public final class Serve implements Callable<Integer> {

  /** A part of the service besides the web pages (Slack, Teams, digest): adds its routes, stops with the server. */
  public interface Feature extends AutoCloseable {
    /** Adds this feature's endpoints to the one HTTP server (before it starts). */
    default void routes(Javalin app) {}

    @Override
    default void close() throws Exception {}
  }

  /** Opens a feature once the bot is open and synced; a missing setting throws {@link ConfigException}. */
  @FunctionalInterface
  public interface FeatureFactory {
    Feature open(Briefbot bot, Config config, PrometheusMeterRegistry registry) throws Exception;
  }

  private static final Logger LOG = LoggerFactory.getLogger(Serve.class);

  @Mixin
  briefbot.cli.CommonOptions options;

  @Option(names = "--port", paramLabel = "PORT", description = "HTTP port (BRIEFBOT_PORT, default 8080)")
  String port;

  private final Map<String, String> env;
  private final Clock clock;
  private final PrintWriter out;
  private final List<FeatureFactory> features;

  public Serve(Map<String, String> env, Clock clock, PrintWriter out, List<FeatureFactory> features) {
    this.env = env;
    this.clock = clock;
    this.out = out;
    this.features = List.copyOf(features);
  }

  @Override
  public Integer call() throws Exception {
    Config config = options.config(env, java.util.Collections.singletonMap("BRIEFBOT_PORT", port));
    if (config.get("BRIEFBOT_LOG_LEVEL") == null) {
      // A service logs its requests unless told otherwise; the one-shot commands stay quiet (WARN).
      ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).setLevel(Level.INFO);
    }
    Running running = start(config, clock, features);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      running.close();
      stopped.countDown();
    }, "briefbot-shutdown"));
    out.printf("Briefbot is serving: chat page http://localhost:%d/ · reader pages %s/articles/ · metrics /metrics%n",
        running.server().port(), config.baseUrl());
    out.flush();
    stopped.await();
    return 0;
  }

  /**
   * Opens the bot, syncs the index, opens the features and starts the server on the configured port; what
   * {@code serve} runs, and what tests call to get the same wiring.
   */
  public static Running start(Config config, Clock clock, List<FeatureFactory> factories) throws Exception {
    if (!Files.isDirectory(config.corpusDir())) { // before the embedding model takes seconds to load
      throw new CorpusException("corpus folder not found: " + config.corpusDir()
          + " (set BRIEFBOT_CORPUS_DIR or --corpus)");
    }
    PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    List.of(new JvmMemoryMetrics(), new JvmGcMetrics(), new JvmThreadMetrics(), new ProcessorMetrics(),
        new UptimeMetrics()).forEach(binder -> binder.bindTo(registry));
    Briefbot bot = Briefbot.open(config, clock);
    List<Feature> opened = new ArrayList<>();
    try {
      SyncReport report = bot.sync(line -> LOG.info("{}", line));
      report.warnings().forEach(w -> LOG.warn("corpus: {}", w));
      LOG.info("{}", report.summary());
      for (FeatureFactory factory : factories) {
        opened.add(factory.open(bot, config, registry));
      }
      List<Consumer<Javalin>> routes = opened.stream().<Consumer<Javalin>>map(f -> f::routes).toList();
      WebServer server = WebServer.start(bot, registry, config.port(), routes);
      return new Running(bot, server, opened, registry);
    } catch (Exception | Error e) {
      closeAll(opened);
      bot.close();
      throw e;
    }
  }

  private static void closeAll(List<Feature> features) {
    for (Feature feature : features.reversed()) {
      try {
        feature.close();
      } catch (Exception e) {
        LOG.warn("stopping {}: {}", feature.getClass().getSimpleName(), e.getMessage());
      }
    }
  }

  /** A started service; {@link #close()} is the graceful shutdown. */
  public record Running(Briefbot bot, WebServer server, List<Feature> features, PrometheusMeterRegistry registry)
      implements AutoCloseable {

    /** Stops taking requests and finishes those in flight, stops the features, then closes the index. */
    @Override
    public void close() {
      LOG.info("shutting down: finishing requests in flight");
      try {
        server.close();
      } catch (RuntimeException e) {
        LOG.warn("stopping the web server: {}", e.getMessage());
      }
      closeAll(features);
      bot.close();
      registry.close();
      LOG.info("stopped");
    }
  }
}
