package briefbot.cli;

import java.util.logging.Level;
import java.util.logging.Logger;

/** Starts Briefbot: reads the command line and the environment once and runs the command. */
public final class Main {

  /** Lucene reports its SIMD setup through java.util.logging at INFO: useful to a developer, noise in a terminal. */
  private static final Logger LUCENE_LOG = Logger.getLogger("org.apache.lucene");
  /** Lucene's advice to add the vector module, which bin/briefbot leaves out on purpose for one question on C1. */
  private static final Logger VECTOR_ADVICE = Logger.getLogger("org.apache.lucene.internal.vectorization");

  private Main() {}

  public static void main(String[] args) {
    LUCENE_LOG.setLevel(Level.WARNING);
    if ("omitted".equals(System.getProperty("briefbot.vectorModule"))) {
      VECTOR_ADVICE.setLevel(Level.SEVERE);
    }
    System.exit(Cli.run(args, Cli.Context.system()));
  }
}
