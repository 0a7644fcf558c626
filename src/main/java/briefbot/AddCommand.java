package briefbot;

import briefbot.corpus.Paragraph;
import briefbot.feeds.Feeds;
import briefbot.state.BotState;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
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

  private final Map<String, String> env;
  private final Clock clock;
  private final UnaryOperator<Feeds.Options> adjust;

  AddCommand(Map<String, String> env, Clock clock) {
    this(env, clock, UnaryOperator.identity());
  }

  /** With {@code adjust} a test gives itself short timeouts and the loopback allowance. */
  AddCommand(Map<String, String> env, Clock clock, UnaryOperator<Feeds.Options> adjust) {
    this.env = env;
    this.clock = clock;
    this.adjust = adjust;
  }

  @Override
  public Integer call() {
    Config config = options.config(env);
    Feeds.Options options = adjust.apply(Feeds.Options.from(config));
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try (Briefbot bot = Briefbot.open(config, clock);
        BotState state = Backend.state(config, clock);
        Feeds feeds = Feeds.open(bot, state, options, clock)) {
      Feeds.Result result = feeds.add(url);
      switch (result) {
        case Feeds.Result.Saved saved -> {
          out.println(saved.reply());
          for (Paragraph p : saved.paragraphs()) {
            out.printf("  [%d] %s%n", p.number(), preview(p.text()));
          }
          if (bot.index().readOnly()) {
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
