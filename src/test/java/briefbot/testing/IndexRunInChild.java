package briefbot.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
  private static void awaitProgress(Path log, Process child) throws IOException, InterruptedException {
    long deadline = System.currentTimeMillis() + 60_000;
    while (System.currentTimeMillis() < deadline && child.isAlive()) {
      if (Files.exists(log) && Files.readString(log).contains("indexing:")) {
        return;
      }
      Thread.sleep(20);
    }
    throw new AssertionError("the indexing child never reported progress: " + Files.readString(log));
  }
}
