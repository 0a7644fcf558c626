package briefbot.cli;

import briefbot.app.DigestJob;
import briefbot.config.Config;
import briefbot.config.Settings;
import briefbot.digest.Digest;
import briefbot.digest.Digests;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.List;
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

  @Option(names = "--allow-local-links", description = "post even when BRIEFBOT_BASE_URL is not a public https"
      + " address (citation links then open only where Briefbot runs): for trying things out")
  boolean allowLocalLinks;

  @Mixin
  briefbot.cli.CommonOptions options;

  private final Cli.Context context;

  DigestCommand(Cli.Context context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    Config config = options.config(context.env(), List.of(new Config.Flag(Settings.ALLOW_LOCAL_LINKS,
        "--allow-local-links", allowLocalLinks ? "true" : null)));
    try (DigestJob job = dryRun ? DigestJob.openForPreview(config, context.clock())
        : DigestJob.open(config, context.clock())) {
      if (!dryRun && !job.hasDestinations()) {
        context.err().println("briefbot: nowhere to post the digest: set TEAMS_DIGEST_WEBHOOK_URL or"
            + " BRIEFBOT_DIGEST_SLACK_CHANNELS (or use --dry-run)");
        return 2;
      }
      Digests digests;
      try (StoppedIndexing stop = StoppedIndexing.watch(context.err())) {
        digests = job.digests(stop.progress());
      }
      if (dryRun) {
        Digest digest = digests.preview();
        context.out().println(json ? Digests.json(digest) : Digests.readable(digest));
        return 0;
      }
      List<Digests.Run> runs = digests.postNow();
      print(runs);
      return runs.stream().anyMatch(r -> r.outcome() == Digests.Outcome.FAILED) ? 1 : 0;
    }
  }

  private void print(List<Digests.Run> runs) {
    if (json) {
      ArrayNode array = new ObjectMapper().createArrayNode();
      runs.forEach(r -> array.addObject().put("destination", r.destination()).put("day", r.day().toString())
          .put("outcome", r.outcome().word()).put("detail", r.detail()));
      context.out().println(array);
      return;
    }
    for (Digests.Run r : runs) {
      String detail = r.detail() == null ? "" : " (" + r.detail() + ")";
      context.out().printf("%s %s: %s%s%n", r.destination(), r.day(), r.outcome().word(), detail);
    }
  }

}
