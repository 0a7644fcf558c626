package briefbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import briefbot.testing.ChildJvmTest;
import briefbot.testing.IndexRunInChild;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl-C during the indexing of `briefbot index`, and of the sync `ask` and `serve` do first, says what the checkpoints
 * kept, and the next run goes on from there.
 */
@ChildJvmTest
class StoppedIndexingTest {

  // enough that the run is still going when the signal comes, past its first checkpoint (100 files, 2 s in): 200 more
  // files are seconds of embedding even on a fast machine (1,000 took 20 s of CI; the exit 0 CI once saw was SIGINT
  // ignored in a background run, which IndexRunInChild restores, not the run ending first)
  private static final int ARTICLES = 300;

  @TempDir
  Path dir;

  @Test
  void ctrlCSaysWhatWasKeptAndTheNextRunGoesOnFromThere() throws Exception {
    Path corpus = dir.resolve("corpus");
    IndexRunInChild.writeReports(corpus, ARTICLES);
    int committed = stoppedSaysWhatWasKept(IndexRunInChild.interruptAfterCheckpoint(corpus, dir.resolve("data"),
        dir.resolve("child.log")));

    StringWriter out = new StringWriter();
    int code = Cli.run(new String[] {"index", "--corpus", corpus.toString(), "--data", dir.resolve("data").toString()},
        Map.of(), new BufferedReader(new StringReader("")), new PrintWriter(out), new PrintWriter(new StringWriter()),
        Clock.systemUTC());
    assertThat(code).isZero();
    Matcher report = Pattern.compile("(\\d+) new, 0 changed, 0 removed, (\\d+) unchanged").matcher(out.toString());
    assertThat(report.find()).as(out.toString()).isTrue();
    assertThat(Integer.parseInt(report.group(2))).as("kept, not redone").isGreaterThanOrEqualTo(committed);
    assertThat(Integer.parseInt(report.group(1)) + Integer.parseInt(report.group(2))).isEqualTo(ARTICLES);
  }

  @Test
  void ctrlCDuringTheIndexingAskAndServeDoFirstSaysTheSame() throws Exception {
    Path corpus = dir.resolve("corpus");
    IndexRunInChild.writeReports(corpus, ARTICLES);
    stoppedSaysWhatWasKept(IndexRunInChild.interruptAfterCheckpoint(corpus, dir.resolve("data-ask"),
        dir.resolve("ask.log"), "ask", "What did the delegates discuss?"));
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    stoppedSaysWhatWasKept(IndexRunInChild.interruptAfterCheckpoint(corpus, dir.resolve("data-serve"),
        dir.resolve("serve.log"), "serve", "--port", Integer.toString(port)));
  }

  /** Asserts a run stopped by Ctrl-C exits 130 and ends saying what its last checkpoint kept; returns how many. */
  private static int stoppedSaysWhatWasKept(IndexRunInChild.Stopped stopped) {
    int committed = IndexRunInChild.committed(stopped.log());
    assertThat(stopped.code()).as("the exit code of a run stopped by Ctrl-C: " + stopped.log()).isEqualTo(130);
    assertThat(stopped.log().strip()).endsWith("index stopped: the " + committed
        + " files committed at its last checkpoint are kept; the next `index` goes on from there");
    return committed;
  }
}
