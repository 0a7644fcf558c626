package briefbot;

import briefbot.digest.Digest;
import briefbot.digest.DigestSink;
import briefbot.digest.Digests;
import briefbot.index.SyncReport;
import briefbot.state.BotState;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code briefbot digest}: prints the digest that would be posted now, or posts it to every configured place. */
@Command(name = "digest", mixinStandardHelpOptions = true,
    description = "Compose the daily digest of what is new and post it to the configured channels (once per channel"
        + " and day), or only print it with --dry-run.")
final class DigestCommand implements Callable<Integer> {

  @Option(names = "--dry-run", description = "print the digest that would be posted now; post nothing")
  boolean dryRun;

  @Option(names = "--json", description = "print JSON (the digest with --dry-run, else what happened per channel)")
  boolean json;

  @Mixin
  briefbot.cli.CommonOptions options;

  private final Map<String, String> env;
  private final PrintWriter out;
  private final PrintWriter err;
  private final Clock clock;
  private final DigestSetup.ChatSinks chatSinks;

  /** {@code chatSinks}: the chat adapters' sinks, for posting by hand. */
  DigestCommand(Map<String, String> env, PrintWriter out, PrintWriter err, Clock clock,
      DigestSetup.ChatSinks chatSinks) {
    this.env = env;
    this.out = out;
    this.err = err;
    this.clock = clock;
    this.chatSinks = chatSinks;
  }

  @Override
  public Integer call() {
    Config config = options.config(env);
    try (BotState state = Backend.state(config, clock)) {
      List<DigestSink> sinks = DigestSetup.sinks(config, chatSinks.open(config, state));
      if (!dryRun && sinks.isEmpty()) {
        err.println("briefbot: nowhere to post the digest: set TEAMS_DIGEST_WEBHOOK_URL or"
            + " BRIEFBOT_DIGEST_SLACK_CHANNELS (or use --dry-run)");
        return 2;
      }
      return run(config, state, sinks);
    }
  }

  private int run(Config config, BotState state, List<DigestSink> sinks) {
    try (Briefbot bot = Briefbot.open(config, clock)) {
      SyncReport report = bot.sync(err::println);
      report.warnings().forEach(w -> err.println("warning: " + w));
      Digests digests = Digests.create(config, bot.index(), DigestSetup.writer(config, bot.links()), state, sinks,
          clock);
      if (dryRun) {
        Digest digest = digests.preview();
        out.println(json ? Digests.json(digest) : Digests.readable(digest));
        return 0;
      }
      List<Digests.Run> runs = digests.postNow();
      print(runs);
      return runs.stream().anyMatch(r -> r.outcome().equals("failed")) ? 1 : 0;
    }
  }

  private void print(List<Digests.Run> runs) {
    if (json) {
      ArrayNode array = new ObjectMapper().createArrayNode();
      runs.forEach(r -> array.addObject().put("destination", r.destination()).put("day", r.day().toString())
          .put("outcome", r.outcome()).put("detail", r.detail()));
      out.println(array);
      return;
    }
    for (Digests.Run r : runs) {
      String detail = r.detail() == null ? "" : " (" + r.detail() + ")";
      out.printf("%s %s: %s%s%n", r.destination(), r.day(), r.outcome(), detail);
    }
  }

}
