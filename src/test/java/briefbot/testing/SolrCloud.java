package briefbot.testing;

import briefbot.config.SolrSettings;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;

/**
 * A real SolrCloud of two nodes with an embedded ZooKeeper, run by {@code src/test/solr/SolrCloudLauncher.java} in a
 * JVM of its own (Solr 9 brings a Lucene that is not ours); one per test JVM, shared by every test class, because it
 * takes seconds to start. Its log (warnings and worse) goes to {@code target/solr-cloud.log}.
 */
public final class SolrCloud implements AutoCloseable {

  private static final Path CLASSPATH = Path.of("target", "solr-cloud.classpath");
  private static final Path LAUNCHER = Path.of("src", "test", "solr", "SolrCloudLauncher.java");
  private static final Path LOG = Path.of("target", "solr-cloud.log");
  private static final long START_SECONDS = 90;
  private static final long COMMAND_SECONDS = 120;
  private static SolrCloud shared;

  private final Process process;
  private final PrintWriter commands;
  private final BlockingQueue<String> replies;
  private final List<String> urls;
  private final String zkHost;

  private SolrCloud(Process process, BlockingQueue<String> replies, String ready) {
    this.process = process;
    this.replies = replies;
    this.commands = new PrintWriter(process.getOutputStream(), true, StandardCharsets.UTF_8);
    String[] parts = ready.split(" ");
    this.zkHost = parts[1];
    this.urls = List.of(parts[2].split(","));
  }

  /** The cluster of this test JVM, started by the first test that asks; it stops when the JVM exits. */
  public static synchronized SolrCloud shared() {
    if (shared == null) {
      shared = launch(2);
      Runtime.getRuntime().addShutdownHook(new Thread(shared::close));
    }
    return shared;
  }

  /** Settings for a collection of this cluster with 2 shards and 2 replicas, as the acceptance asks. */
  public SolrSettings settings(String collection) {
    return new SolrSettings(urls, collection, 2, 2);
  }

  /** The base URL of every node ({@code http://127.0.0.1:PORT/solr}), stopped ones included: they keep their port. */
  public List<String> urls() {
    return urls;
  }

  public String zkHost() {
    return zkHost;
  }

  /**
   * Deletes every collection of the cluster. A node's stop closes, and its start recovers, every core it holds: with
   * the collections earlier test classes left (about 30 cores a node), a stop took 12-25 s on a loaded box, 1-4 s
   * with only the stopping test's own.
   */
  public void deleteAllCollections() {
    try (SolrClient client = settings("any").client()) {
      for (String name : CollectionAdminRequest.listCollections(client)) {
        CollectionAdminRequest.deleteCollection(name).process(client);
      }
    } catch (IOException | SolrServerException e) {
      throw new IllegalStateException("cannot delete the test collections: " + e.getMessage(), e);
    }
  }

  /** Stops node {@code node} (0 or 1) and returns once it is down. */
  public synchronized void stop(int node) {
    command("stop " + node);
  }

  /** Starts node {@code node} again on its port and returns once it is live and every replica is active again. */
  public synchronized void start(int node) {
    command("start " + node);
  }

  private void command(String command) {
    commands.println(command);
    String reply = await(COMMAND_SECONDS, command);
    if (!reply.equals("OK")) {
      throw new IllegalStateException("SolrCloud could not " + command + ": " + reply + lastLogLines());
    }
  }

  private static SolrCloud launch(int nodes) {
    if (!Files.isRegularFile(CLASSPATH)) {
      throw new IllegalStateException(CLASSPATH + " is missing: the build's solr-cloud-tests profile writes it"
          + " (run the tests through Maven, without -DskipTests)");
    }
    try {
      String java = ProcessHandle.current().info().command().orElse("java");
      Files.createDirectories(LOG.getParent());
      Process process = new ProcessBuilder(java, "-Xmx512m", "--enable-native-access=ALL-UNNAMED",
          "-cp", Files.readString(CLASSPATH).strip(), LAUNCHER.toString(), Integer.toString(nodes))
          .redirectError(LOG.toFile())
          .start();
      BlockingQueue<String> lines = lines(process);
      String ready = poll(lines, START_SECONDS);
      if (ready == null || !ready.startsWith("READY ")) {
        process.destroyForcibly();
        throw new IllegalStateException("SolrCloud did not start within " + START_SECONDS + " s ("
            + (ready == null ? "no answer" : ready) + ")" + lastLogLines());
      }
      return new SolrCloud(process, lines, ready);
    } catch (IOException e) {
      throw new IllegalStateException("cannot start SolrCloud: " + e.getMessage(), e);
    }
  }

  /** Reads stdout on a thread of its own, so waiting for a line can time out. */
  private static BlockingQueue<String> lines(Process process) {
    BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    Thread reader = new Thread(() -> {
      try (BufferedReader out = new BufferedReader(
          new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line; (line = out.readLine()) != null; ) {
          lines.add(line);
        }
      } catch (IOException e) {
        // the launcher is gone; a waiting caller times out and shows its log
      }
      lines.add("ERROR the launcher exited");
    }, "solr-cloud-stdout");
    reader.setDaemon(true);
    reader.start();
    return lines;
  }

  private String await(long seconds, String what) {
    String line = poll(replies, seconds);
    return line == null ? "no answer within " + seconds + " s to " + what : line;
  }

  private static String poll(BlockingQueue<String> lines, long seconds) {
    try {
      return lines.poll(seconds, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  private static String lastLogLines() {
    try {
      List<String> lines = Files.readAllLines(LOG, StandardCharsets.UTF_8);
      List<String> last = lines.subList(Math.max(0, lines.size() - 20), lines.size());
      return "\nlast lines of " + LOG + ":\n" + String.join("\n", last);
    } catch (IOException e) {
      return "";
    }
  }

  /** Asks the launcher to stop the cluster and remove its files; kills it when it takes too long. */
  @Override
  public synchronized void close() {
    if (!process.isAlive()) {
      return;
    }
    commands.println("exit");
    commands.close();
    try {
      // the launcher gives its nodes 10 s to stop; surefire gives this JVM 30 s to exit
      if (!process.waitFor(15, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
