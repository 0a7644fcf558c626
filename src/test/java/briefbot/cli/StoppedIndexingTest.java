package briefbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import briefbot.testing.ChildJvmTest;
import briefbot.testing.IndexRunInChild;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ctrl-C during `briefbot index` says what its checkpoints kept, and the next run goes on from there. */
@ChildJvmTest
class StoppedIndexingTest {

  // enough that the run is still going when the signal comes, some way past its first checkpoint; the exit 0 CI saw at
  // 200 was SIGINT ignored in a background run (IndexRunInChild restores it), so 200 may do: not tried in CI
  private static final int ARTICLES = 1_000;

  @TempDir
  Path dir;

  @Test
  void ctrlCSaysWhatWasKeptAndTheNextRunGoesOnFromThere() throws Exception {
    Path corpus = dir.resolve("corpus");
    IndexRunInChild.writeReports(corpus, ARTICLES);
    IndexRunInChild.Stopped stopped = IndexRunInChild.interruptAfterCheckpoint(corpus, dir.resolve("data"),
        dir.resolve("child.log"));
    int committed = IndexRunInChild.committed(stopped.log());
    assertThat(stopped.code()).as("the exit code of a run stopped by Ctrl-C").isEqualTo(130);
    assertThat(stopped.log().strip()).endsWith("index stopped: the " + committed
        + " files committed at its last checkpoint are kept; the next `index` goes on from there");

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
}
