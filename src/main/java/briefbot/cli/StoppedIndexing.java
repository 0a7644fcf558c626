package briefbot.cli;

import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What indexing stopped by Ctrl-C (or a plain {@code kill}) says on its way out, in {@code index} and in the sync that
 * {@code ask}, {@code serve} and {@code digest} do first: what its checkpoints kept and that the next run goes on from
 * there. It only speaks: each checkpoint is a commit of its own, and what was written
 * after the last one is left uncommitted, so that a stop never leaves half an article in the index.
 */
final class StoppedIndexing implements AutoCloseable {

  /** How the sync's progress lines report a checkpoint. */
  private static final Pattern COMMITTED = Pattern.compile(", (\\d+) files committed");

  private final PrintWriter err;
  private final AtomicInteger committed = new AtomicInteger();
  private final Thread hook = new Thread(this::say, "index-stopped");
  /** Whether a rebuild runs: it writes beside the index, which it replaces only once complete. */
  private volatile boolean rebuilding;

  private StoppedIndexing(PrintWriter err) {
    this.err = err;
  }

  /** Listens for a stop until closed (a finished pass says nothing more). */
  static StoppedIndexing watch(PrintWriter err) {
    StoppedIndexing stop = new StoppedIndexing(err);
    Runtime.getRuntime().addShutdownHook(stop.hook);
    return stop;
  }

  /** The progress lines of a rebuild, printed. */
  Consumer<String> rebuildProgress() {
    rebuilding = true;
    return err::println;
  }

  /** The progress lines of an incremental pass, printed and read for their checkpoints. */
  Consumer<String> progress() {
    return progress(err::println);
  }

  /** The progress lines of an incremental pass, read for their checkpoints and shown to {@code shown}. */
  Consumer<String> progress(Consumer<String> shown) {
    rebuilding = false;
    return line -> {
      Matcher m = COMMITTED.matcher(line);
      if (m.find()) {
        committed.set(Integer.parseInt(m.group(1)));
      }
      shown.accept(line);
    };
  }

  private void say() {
    int kept = committed.get();
    err.println(rebuilding ? "index --rebuild stopped: the index is as it was; the next `index --rebuild` starts again"
        : kept > 0
        ? "index stopped: the " + kept + " files committed at its last checkpoint are kept; the next `index` goes on "
            + "from there"
        : "index stopped before its first checkpoint: the index is as it was; the next `index` does these files again");
    err.flush();
  }

  @Override
  public void close() {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // already stopping: the hook says its line
    }
  }
}
