package briefbot.cli;

import briefbot.answer.BadQuestion;
import briefbot.app.Service;
import briefbot.config.ConfigException;
import briefbot.text.Failures;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.ScopeType;

/** The command line: parses arguments, runs a command, turns failures into one clear line and an exit code. */
@Command(name = "briefbot", mixinStandardHelpOptions = true, version = Cli.VERSION, scope = ScopeType.INHERIT,
    description = "Answers questions from news articles with cited paragraphs.")
public final class Cli implements Callable<Integer> {

  static final String VERSION = "briefbot 0.1";

  /**
   * Every command by its {@code @Command} name, in the order help lists them. A command line that names one builds
   * only that one: picocli reads each command class by reflection, and the whole tree (every command's options and
   * the types in its signatures, Jackson's among them) was most of a cold start's class loading before the index
   * opened.
   */
  static final Map<String, Class<?>> COMMANDS = commands();

  /**
   * What a command gets from its caller: the environment, the streams, the clock, and how the service is started
   * ({@code service}: tests let feeds fetch from loopback and add routes; the command line uses the defaults).
   */
  public record Context(Map<String, String> env, BufferedReader in, PrintWriter out, PrintWriter err, Clock clock,
      Service.Options service) {

    /** The process's own environment, streams and clock. */
    public static Context system() {
      return new Context(System.getenv(), new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)),
          new PrintWriter(System.out, true, StandardCharsets.UTF_8),
          new PrintWriter(System.err, true, StandardCharsets.UTF_8), Clock.systemUTC(), Service.Options.defaults());
    }
  }

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  private Cli() {}

  /** {@code briefbot} without a command: what it can do, and exit code 2. */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return 2;
  }

  /** Runs one command line with the default service options and returns its exit code. */
  public static int run(String[] args, Map<String, String> env, BufferedReader in, PrintWriter out, PrintWriter err,
      Clock clock) {
    return run(args, new Context(env, in, out, err, clock, Service.Options.defaults()));
  }

  /** Runs one command line and returns its exit code. */
  public static int run(String[] args, Context context) {
    if (args.length > 0 && !args[0].startsWith("-") && !COMMANDS.containsKey(args[0])) {
      // picocli says "Unmatched arguments from index 0" and prints the whole usage, with no guess for "aks"
      context.err().println("briefbot: there is no command '" + args[0] + "'" + CommandNames.guess(args[0], COMMANDS
          .keySet()) + "; briefbot help lists them");
      context.err().flush();
      return 2;
    }
    CommandLine cli = new CommandLine(new Cli(), new Factory(context));
    Class<?> named = args.length == 0 || "help".equals(args[0]) ? null : COMMANDS.get(args[0]);
    if (named != null) {
      cli.addSubcommand(args[0], named);
    } else { // help, no command or an unknown one: every command, so help and "did you mean" see them all
      COMMANDS.forEach(cli::addSubcommand);
    }
    cli.setOut(context.out()).setErr(context.err());
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> fail(e, context.err()));
    int code;
    try {
      code = cli.execute(args);
    } catch (OutOfMemoryError e) {
      // An Error passes the handler above. The JVM's default heap is a quarter of the machine's memory, and the first
      // run converts the dictionaries into a cached table, which needs about 250 MB (a 1 GB machine's default; 200 MB passes, slowly).
      context.err().println("briefbot: out of memory: run it with a larger Java heap, for example "
          + "JAVA_TOOL_OPTIONS=-Xmx1g (the first run converts the dictionaries, which needs about 250 MB)");
      code = 1;
    }
    context.out().flush();
    context.err().flush();
    return code;
  }

  private static Map<String, Class<?>> commands() {
    Map<String, Class<?>> commands = new LinkedHashMap<>();
    commands.put("ask", AskCommand.class);
    commands.put("index", IndexCommand.class);
    commands.put("serve", ServeCommand.class);
    commands.put("digest", DigestCommand.class);
    commands.put("add", AddCommand.class);
    commands.put("extract", ExtractCommand.class);
    commands.put("corpus", CorpusCommand.class);
    commands.put("slack-manifest", SlackManifestCommand.class);
    commands.put("teams-manifest", TeamsManifestCommand.class);
    commands.put("bench", BenchCommand.class);
    commands.put("eval", EvalCommand.class);
    commands.put("help", HelpCommand.class);
    commands.put("version", VersionCommand.class);
    return Collections.unmodifiableMap(commands);
  }

  /** One line in plain words, never a class name: bad input and settings exit 2, everything else 1. */
  private static int fail(Exception e, PrintWriter err) {
    err.println("briefbot: "
        + Failures.message(e).orElse("something went wrong (run with --verbose to see the log)"));
    return e instanceof BadQuestion || e instanceof ConfigException || e instanceof IllegalArgumentException ? 2 : 1;
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
