package briefbot.cli;

import briefbot.app.AddArticle;
import briefbot.config.Config;
import briefbot.corpus.Paragraph;
import briefbot.feeds.Feeds;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code briefbot add URL|FILE}: fetches one article the way feeds do (or reads it from a saved web page, as
 * {@code extract} does), stores it in corpus/ and indexes it.
 */
@Command(name = "add", mixinStandardHelpOptions = true,
    description = "Fetch one article from a web page (or a saved .html file) into corpus/ and index it.")
final class AddCommand implements Callable<Integer> {

  private static final int PREVIEW = 110;

  @Parameters(paramLabel = "URL|FILE", description = "the article's http(s) address, or a web page saved to a file")
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
    Path saved = Feeds.isFile(url) ? Path.of(url) : null;
    if (saved != null && !Files.isRegularFile(saved)) { // before the embedding model takes seconds to load
      err.println("briefbot: not added: " + url + " is neither an http(s) URL nor a saved page (no such file)");
      return 1;
    }
    var refused = saved != null ? Optional.<Feeds.Result.Skipped>empty() : Feeds.refusal(url, fetching);
    if (refused.isPresent()) {
      err.println("briefbot: " + refused.get().reply());
      return 1;
    }
    try (AddArticle adding = AddArticle.open(config, context.clock(), fetching)) {
      Feeds.Result result = saved != null ? adding.addSaved(saved) : adding.add(url);
      return said(result, adding, config, out, err);
    }
  }

  private static int said(Feeds.Result result, AddArticle adding, Config config, PrintWriter out, PrintWriter err) {
    switch (result) {
      case Feeds.Result.Saved saved -> {
        out.println(saved.reply());
        out.println("stored as " + config.corpusDir().resolve(saved.id() + ".md"));
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

  private static String preview(String text) {
    return text.length() <= PREVIEW ? text : text.substring(0, PREVIEW - 1).strip() + "…";
  }
}
