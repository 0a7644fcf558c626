package briefbot.cli;

import briefbot.app.Briefbot;
import briefbot.index.SyncReport;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code briefbot index}: brings the index in step with corpus/, re-indexing only what changed. */
@Command(name = "index", description = "(Re)index corpus/ incrementally: only new, changed or removed files.")
final class IndexCommand implements Callable<Integer> {

  @Mixin
  CommonOptions options;

  @Option(names = "--rebuild", description = "index the whole corpus again, as after a change of embedding model; "
      + "the old index serves until the new one is complete")
  boolean rebuild;

  private final Cli.Context context;

  IndexCommand(Cli.Context context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    try (StoppedIndexing stop = StoppedIndexing.watch(context.err())) {
      return index(stop);
    }
  }

  private int index(StoppedIndexing stop) {
    if (rebuild) {
      SyncReport report = Briefbot.rebuild(options.corpusConfig(context.env()), context.clock(),
          stop.rebuildProgress());
      report.warnings().forEach(w -> context.err().println("warning: " + w));
      context.out().println("rebuilt: " + report.summary());
    }
    try (Briefbot bot = Briefbot.open(options.corpusConfig(context.env()), context.clock())) {
      SyncReport report = bot.sync(stop.progress());
      report.warnings().forEach(w -> context.err().println("warning: " + w));
      context.out().println(report.summary());
      context.out().println("index: %d articles, %d paragraphs".formatted(bot.index().articleCount(),
          bot.index().paragraphCount()));
      return 0;
    }
  }
}
