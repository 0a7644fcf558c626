package briefbot.cli;

import java.util.logging.Level;
import java.util.logging.Logger;

/** Starts Briefbot: reads the command line and the environment once and runs the command. */
public final class Main {

  /** Lucene reports its SIMD setup through java.util.logging at INFO: useful to a developer, noise in a terminal. */
  private static final Logger LUCENE_LOG = Logger.getLogger("org.apache.lucene");

  private Main() {}

  public static void main(String[] args) {
    LUCENE_LOG.setLevel(Level.WARNING);
    System.exit(Cli.run(args, Cli.Context.system()));
  }
}
