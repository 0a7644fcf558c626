package briefbot.cli;

import briefbot.app.AddArticle;
import briefbot.config.Config;
import briefbot.corpus.Paragraph;
import briefbot.feeds.Feeds;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code briefbot add URL}: fetches one article the way feeds do, stores it in corpus/ and indexes it. */
@Command(name = "add", mixinStandardHelpOptions = true,
    description = "Fetch one article from a web page into corpus/ and index it.")
final class AddCommand implements Callable<Integer> {

  private static final int PREVIEW = 110;

  @Parameters(paramLabel = "URL", description = "the article's http(s) address")
  String url;

  @Mixin
  briefbot.cli.CommonOptions options;

  @Spec
  CommandSpec spec;

  private final Cli.Context context;

  AddCommand(Cli.Context context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    Config config = options.config(context.env());
    Feeds.Options fetching = context.service().feeds().apply(Feeds.Options.from(config));
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    var refused = Feeds.refusal(url, fetching); // before the embedding model takes seconds to load
    if (refused.isPresent()) {
      err.println("briefbot: " + refused.get().reply());
      return 1;
    }
    try (AddArticle adding = AddArticle.open(config, context.clock(), fetching)) {
      Feeds.Result result = adding.add(url);
      switch (result) {
        case Feeds.Result.Saved saved -> {
          out.println(saved.reply());
          for (Paragraph p : saved.paragraphs()) {
            out.printf("  [%d] %s%n", p.number(), preview(p.text()));
          }
          if (adding.indexHeldElsewhere()) {
            out.println("note: another briefbot process (serve) holds the index; it indexes this article from corpus/"
                + " itself (or run 'briefbot index' once it has stopped)");
          }
          return 0;
        }
        case Feeds.Result.Known known -> {
          out.println(known.reply());
          return 0;
        }
        case Feeds.Result.Skipped skipped -> {
          err.println("briefbot: " + skipped.reply());
          return 1;
        }
      }
    }
  }

  private static String preview(String text) {
    return text.length() <= PREVIEW ? text : text.substring(0, PREVIEW - 1).strip() + "…";
  }
}
