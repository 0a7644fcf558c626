package briefbot;

import briefbot.cli.Cli;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
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
    int code = Cli.run(args, env, in, out, err, clock,
        new Serve(env, clock, out, List.of(new ChatAdapters(clock))),
        new TeamsManifestCommand(env, out));
    System.exit(code);
  }
}
