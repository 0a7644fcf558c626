package briefbot.cli;

import briefbot.app.Service;
import briefbot.config.Config;
import briefbot.config.Settings;
import ch.qos.logback.classic.Level;
import java.util.List;
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
final class ServeCommand implements Callable<Integer> {

  @Mixin
  CommonOptions options;

  @Option(names = "--port", paramLabel = "PORT", description = "HTTP port (BRIEFBOT_PORT, default 8080)")
  String port;

  @Option(names = "--allow-local-links", description = "start Slack or Teams even when BRIEFBOT_BASE_URL is not a"
      + " public https address (citation links then open only where Briefbot runs): for trying things out")
  boolean allowLocalLinks;

  private final Cli.Context context;

  ServeCommand(Cli.Context context) {
    this.context = context;
  }

  @Override
  public Integer call() throws Exception {
    Config config = options.config(context.env(), List.of(new Config.Flag(Settings.PORT, "--port", port),
        new Config.Flag(Settings.ALLOW_LOCAL_LINKS, "--allow-local-links", allowLocalLinks ? "true" : null)));
    if (!config.isSet(Settings.LOG_LEVEL)) {
      // A service logs its requests unless told otherwise; the one-shot commands stay quiet (WARN).
      ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).setLevel(Level.INFO);
    }
    // the stop line while the sync runs, not while the model loads or the web server starts
    Service service = Service.start(config, context.clock(), context.service().withSyncWatch(() -> {
      StoppedIndexing stop = StoppedIndexing.watch(context.err());
      Consumer<String> progress = stop.progress(l -> {});
      return new Service.SyncWatch() {
        @Override
        public void progress(String line) {
          progress.accept(line);
        }

        @Override
        public void close() {
          stop.close();
        }
      };
    }));
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      service.close();
      stopped.countDown();
    }, "briefbot-shutdown"));
    context.out().printf("Briefbot is serving: chat page http://localhost:%d/ · articles %s/articles/ · metrics"
        + " /metrics · %s%n", service.port(), config.baseUrl(), chatApps(service.chatApps()));
    context.out().flush();
    stopped.await();
    return 0;
  }

  /** Which chat apps are on, and where to read how to turn on one that is not. */
  static String chatApps(List<String> on) {
    if (on.isEmpty()) {
      return "Slack and Teams off (docs/slack.md, docs/teams.md)";
    }
    return String.join(" and ", on) + " on" + (on.size() == 2 ? "" : on.contains("Slack")
        ? " · Teams off (docs/teams.md)" : " · Slack off (docs/slack.md)");
  }
}
