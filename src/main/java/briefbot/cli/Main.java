package briefbot.cli;

/** Starts Briefbot: reads the command line and the environment once and runs the command. */
public final class Main {

  /** Lucene reports its SIMD setup through java.util.logging at INFO: useful to a developer, noise in a terminal. */
  private static final java.util.logging.Logger LUCENE_LOG = java.util.logging.Logger.getLogger("org.apache.lucene");

  private Main() {}

  public static void main(String[] args) {
    LUCENE_LOG.setLevel(java.util.logging.Level.WARNING);
    System.exit(Cli.run(args, Cli.Context.system()));
  }
}
