package briefbot;

import briefbot.cli.Cli;
import briefbot.slack.SlackBot;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Starts Briefbot: reads the command line and the environment once and runs the command. */
public final class Main {

  /** Lucene reports its SIMD setup through java.util.logging at INFO: useful to a developer, noise in a terminal. */
  private static final java.util.logging.Logger LUCENE_LOG = java.util.logging.Logger.getLogger("org.apache.lucene");

  private Main() {}

  public static void main(String[] args) {
    LUCENE_LOG.setLevel(java.util.logging.Level.WARNING);
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    Map<String, String> env = System.getenv();
    Clock clock = Clock.systemUTC();
    FeedsFeature feeds = new FeedsFeature(clock);
    int code = Cli.run(args, env, in, out, err, clock,
        new Serve(env, clock, out, List.of(feeds, new ChatAdapters(clock, feeds.adder()))),
        new TeamsManifestCommand(env, out), new SlackManifestCommand(env),
        new AddCommand(env, clock),
        new DigestCommand(env, out, err, clock,
            (config, state) -> Arrays.asList(SlackBot.digestSink(config, state))));
    System.exit(code);
  }
}
