package briefbot.cli;

import briefbot.ConfigException;
import briefbot.answer.BadQuestion;
import briefbot.corpus.CorpusException;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line: parses arguments, runs a command, turns failures into one clear line and an exit code. */
@Command(name = "briefbot", mixinStandardHelpOptions = true, version = "briefbot 0.1",
    description = "Answers questions from news articles with cited paragraphs.",
    subcommands = {AskCommand.class, IndexCommand.class})
public final class Cli {

  /** What a command gets from its caller: the environment, the streams and the clock. */
  record Context(Map<String, String> env, BufferedReader in, PrintWriter out, PrintWriter err, Clock clock) {}

  private final Context context;

  Cli(Context context) {
    this.context = context;
  }

  /** Runs one command line and returns its exit code; extra subcommands (serve, digest ...) are added by Main. */
  public static int run(String[] args, Map<String, String> env, BufferedReader in, PrintWriter out, PrintWriter err,
      Clock clock, Object... extraCommands) {
    Context context = new Context(env, in, out, err, clock);
    CommandLine cli = new CommandLine(new Cli(context), new Factory(context));
    for (Object command : extraCommands) {
      cli.addSubcommand(command);
    }
    cli.setOut(out).setErr(err);
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> fail(e, err));
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  private static int fail(Exception e, PrintWriter err) {
    if (e instanceof BadQuestion || e instanceof ConfigException) {
      err.println("briefbot: " + e.getMessage());
      return 2;
    }
    if (e instanceof CorpusException || e instanceof UncheckedIOException) {
      err.println("briefbot: " + e.getMessage());
      return 1;
    }
    err.println("briefbot: " + e.getClass().getSimpleName() + ": " + e.getMessage());
    return 1;
  }

  /** Hands the context to the commands that take one. */
  private record Factory(Context context) implements CommandLine.IFactory {
    @Override
    public <K> K create(Class<K> type) throws Exception {
      try {
        return type.getDeclaredConstructor(Context.class).newInstance(context);
      } catch (NoSuchMethodException e) {
        return CommandLine.defaultFactory().create(type);
      }
    }
  }
}
