package briefbot.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Test fixture: `briefbot index` in a JVM of its own, killed once it is mid-way (it has reported progress). */
public final class IndexRunInChild {

  private IndexRunInChild() {}

  /** Starts `index` over the corpus with the extra environment, waits for its first progress line, kills it. */
  public static String killMidway(Path corpus, Path data, Map<String, String> env, Path log) throws Exception {
    ProcessBuilder index = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "--add-modules", "jdk.incubator.vector", "-cp", System.getProperty("java.class.path"), "briefbot.cli.Main",
        "index", "--corpus", corpus.toString(), "--data", data.toString())
        .redirectErrorStream(true).redirectOutput(log.toFile());
    index.environment().putAll(env);
    Process child = index.start();
    awaitProgress(log, child);
    child.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
    return Files.readString(log);
  }

  /** Waits until the child reports progress (it is then mid-indexing), up to 60 s. */
  private static void awaitProgress(Path log, Process child) {
    Eventually.within(Duration.ofSeconds(60)).failFast("the indexing child exited", () -> !child.isAlive())
        .untilAsserted(() -> assertThat(Files.exists(log) ? Files.readString(log) : "")
            .as("the indexing child's output").contains("indexing:"));
  }
}
