package briefbot.testing;

import static briefbot.corpus.ArticleFile.anArticle;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/** Test fixture: `briefbot index` in a JVM of its own, killed once it is mid-way (it has reported progress). */
public final class IndexRunInChild {

  private IndexRunInChild() {}

  /** Writes a corpus long enough for `index` to pass a checkpoint before it ends: articles of six paragraphs each. */
  public static void writeReports(Path corpus, int articles) {
    for (int i = 0; i < articles; i++) {
      var article = anArticle("article-" + i).language("en");
      for (int p = 0; p < 6; p++) {
        article.paragraph("Report " + i + " paragraph " + p + ": delegates from country " + (i % 17)
            + " discussed trade, energy and security at the summit, officials said on day " + p + ".");
      }
      article.writeTo(corpus);
    }
  }

  /** Starts `index` over the corpus with the extra environment, waits for its first progress line, kills it. */
  public static String killMidway(Path corpus, Path data, Map<String, String> env, Path log) throws Exception {
    return kill(corpus, data, env, log, Pattern.compile("indexing: \\d+/"));
  }

  /** Starts `index` over the corpus, waits until its progress reports a checkpoint (files committed), kills it. */
  public static String killAfterCheckpoint(Path corpus, Path data, Map<String, String> env, Path log)
      throws Exception {
    return kill(corpus, data, env, log, Pattern.compile(", [1-9]\\d* files committed"));
  }

  /**
   * Starts `index` over the corpus, waits until its progress reports a checkpoint, then stops it as Ctrl-C does (an
   * interrupt signal); returns its exit code and everything it printed.
   */
  public static Stopped interruptAfterCheckpoint(Path corpus, Path data, Path log) throws Exception {
    return interruptAfterCheckpoint(corpus, data, log, "index");
  }

  /**
   * Starts a command that indexes first ({@code ask QUESTION}, {@code serve}, {@code digest --dry-run}) over the
   * corpus, waits until its progress reports a checkpoint, then stops it as Ctrl-C does; returns its exit code and
   * everything it printed.
   */
  public static Stopped interruptAfterCheckpoint(Path corpus, Path data, Path log, String... command)
      throws Exception {
    Process child = start(corpus, data, Map.of(), log, Pattern.compile(", [1-9]\\d* files committed"), command);
    new ProcessBuilder("kill", "-INT", Long.toString(child.pid())).start().waitFor(20, TimeUnit.SECONDS);
    if (!child.waitFor(60, TimeUnit.SECONDS)) {
      child.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
    }
    return new Stopped(child.exitValue(), Files.readString(log));
  }

  /** How a stopped child ended: its exit code and its output. */
  public record Stopped(int code, String log) {}

  /** How many files the child's last progress line said were committed. */
  public static int committed(String log) {
    return Pattern.compile(", (\\d+) files committed").matcher(log).results()
        .mapToInt(m -> Integer.parseInt(m.group(1))).max().orElse(0);
  }

  private static String kill(Path corpus, Path data, Map<String, String> env, Path log, Pattern ready)
      throws Exception {
    Process child = start(corpus, data, env, log, ready);
    child.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
    return Files.readString(log);
  }

  private static Process start(Path corpus, Path data, Map<String, String> env, Path log, Pattern ready,
      String... command) throws Exception {
    // env restores Ctrl-C's default handling: a run started in the background (CI's nohup) ignores SIGINT, and its
    // children would too, so the interrupt the test sends would never reach the child
    List<String> line = new ArrayList<>(List.of("env", "--default-signal=INT",
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "--add-modules", "jdk.incubator.vector", "-cp", System.getProperty("java.class.path"), "briefbot.cli.Main"));
    line.addAll(command.length == 0 ? List.of("index") : List.of(command));
    line.addAll(List.of("--corpus", corpus.toString(), "--data", data.toString()));
    ProcessBuilder index = new ProcessBuilder(line).redirectErrorStream(true).redirectOutput(log.toFile());
    index.environment().putAll(env);
    Process child = index.start();
    Eventually.within(Duration.ofMinutes(3)).failFast("the indexing child exited", () -> !child.isAlive())
        .untilAsserted(() -> assertThat(Files.exists(log) ? Files.readString(log) : "")
            .as("the indexing child's output").containsPattern(ready));
    return child;
  }
}
